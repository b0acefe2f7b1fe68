import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** A form that opens moves the focus to its first field (keyboard and screen-reader use). */
export function useFirstFieldFocus(): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return form;
}

/** Escape cancels a form (unless a list inside it, such as a combobox's, took the key first). */
export function escapeCancels(cancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    cancel();
  };
}
