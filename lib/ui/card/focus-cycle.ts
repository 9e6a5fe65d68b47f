// Tab and Shift+Tab inside an open card go round its controls in order instead
// of leaving it: the card sits at the very end of the page (or in the popup's
// card view), where the next Tab would land in the browser's own toolbar.

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function cycleFocus(event: KeyboardEvent, container: HTMLElement): void {
  const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (controls.length === 0) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  let next: HTMLElement | null = null;
  if (event.shiftKey && (active === first || active === container)) next = last;
  else if (!event.shiftKey && (active === last || active === container)) next = first;
  if (!next) return;
  event.preventDefault();
  next.focus();
}
