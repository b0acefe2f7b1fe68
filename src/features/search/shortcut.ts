/** Whether the key goes to a field the person is typing in (then "/" is a character, not a shortcut). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** "/" pressed outside any field and with no dialog open: go to the search field. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return false;
  return document.querySelector('dialog[open]') === null;
}
