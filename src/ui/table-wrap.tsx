import type { ReactNode } from 'react';

/** A scrollable table container that keyboard users can focus and screen readers can name. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
