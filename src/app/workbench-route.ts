import { useCallback, useEffect, useState } from 'react';

/**
 * The workbench's place in the URL: `?workbench` is its start screen (''), `?workbench=<draftId>` a
 * draft; without the parameter the page is the explorer. The explorer's view parameters stay in
 * the URL meanwhile (use-url-sync keeps `workbench`), so Back returns to the same view.
 */
export function workbenchRoute(search: string): string | null {
  return new URLSearchParams(search).get('workbench');
}

/** This page's URL with the route set (a draft id, or '' for the start screen) or removed (null). */
export function workbenchHref(route: string | null): string {
  const params = new URLSearchParams(window.location.search);
  if (route === null) params.delete('workbench');
  else params.set('workbench', route);
  const s = params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/(^|&)workbench=(?=&|$)/, '$1workbench');
  return `${window.location.pathname}${s ? `?${s}` : ''}`;
}

/** The route and a way to change it (a new history entry; back/forward follow it). */
export function useWorkbenchRoute(): [string | null, (route: string | null) => void] {
  const [route, setRoute] = useState(() => workbenchRoute(window.location.search));
  useEffect(() => {
    const onPop = (): void => setRoute(workbenchRoute(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: string | null) => {
    window.history.pushState(null, '', workbenchHref(next));
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return [route, go];
}
