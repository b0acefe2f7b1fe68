import { lazy, Suspense, type ReactNode } from 'react';
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
 * drawn (`ready`); until then an empty box of its size holds its place.
 */
export function SearchSlot({ ready }: { ready: boolean }): ReactNode {
  if (!ready) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <SearchBox />
    </Suspense>
  );
}
