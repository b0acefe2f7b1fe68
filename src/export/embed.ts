import type { ViewState } from '../domain/view';
import { serializeViewState } from '../store/url-state';

/** The URL parameter that shows one chart (or the map) alone, for a frame on another page. */
export const EMBED_PARAM = 'embed';

/** The address of the embedded view: the view's own query plus `embed=<target>`. */
export function embedUrl(origin: string, pathname: string, view: ViewState, target: string): string {
  const query = serializeViewState(view);
  const sep = query ? '&' : '?';
  return `${origin}${pathname}${query}${sep}${EMBED_PARAM}=${encodeURIComponent(target)}`;
}

/** The permalink of an embedded view in the full app (the same view, without `embed`). */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(EMBED_PARAM);
  url.hash = '';
  return url.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The iframe a host page pastes: full width, a height that holds the chart with its title, filters
 * and citation, lazy, no referrer. Attribute values are escaped (a title from data stays text).
 */
export function iframeCode(url: string, title: string, height = 560): string {
  return (
    `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`
  );
}
