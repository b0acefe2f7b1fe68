import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { isSearchShortcut } from './shortcut';
import './search.css';

const SearchBox = lazy(() => import('./search-box').then((m) => ({ default: m.SearchBox })));

/** The field's box, kept while its code loads, so the header does not move when it arrives. */
function Placeholder(): ReactNode {
  return (
    <div className="search" aria-hidden="true">
      <span className="search__input search__input--placeholder" />
    </div>
  );
}

/**
 * The header's search, out of the first-load JavaScript: its code loads once the first charts have
 * drawn (`ready`); until then an empty box of its size holds its place. "/" pressed before then
 * loads it at once, and the field takes the focus when it arrives: the shortcut is never lost.
 */
export function SearchSlot({ ready }: { ready: boolean }): ReactNode {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (ready || asked) return;
    const onKey = (e: KeyboardEvent): void => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      setAsked(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ready, asked]);
  if (!ready && !asked) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <SearchBox focusOnMount={asked} />
    </Suspense>
  );
}
