/**
 * Open (modal) or close a <dialog> to match `open`. jsdom and old browsers lack showModal()/close():
 * they get a non-modal dialog through the `open` attribute.
 */
export function syncDialogOpen(el: HTMLDialogElement, open: boolean): void {
  if (open && !el.open) {
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
  }
  if (!open && el.open) {
    if (typeof el.close === 'function') el.close();
    else el.removeAttribute('open');
  }
}
