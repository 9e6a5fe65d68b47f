// Text hidden when it was scanned (a page hidden while its fonts load, "read
// more" blocks, `hidden`, `hidden="until-found"`, closed tabs and accordions)
// is remembered by the element that hid it, and looked at again when the page
// changes what could reveal it: an attribute (class, style, hidden, open) or
// a style sheet. Only those elements are checked, in idle time.
import { runInSlices } from './idle-slices';

export class HiddenText {
  private readonly hidden = new Set<Element>();
  private cancel: (() => void) | null = null;
  /** A change came while a check was under way: elements it already passed are checked again. */
  private again = false;

  constructor(private readonly onShown: (el: Element) => void) {}

  /** The walk passed over el's text because el was not rendered. */
  remember(el: Element): void {
    this.hidden.add(el);
  }

  get size(): number {
    return this.hidden.size;
  }

  /** Something changed that may show hidden text: check again, once, when the page is idle. */
  recheck(): void {
    if (this.cancel) {
      this.again = true;
      return;
    }
    if (this.hidden.size === 0) return;
    let pending: Element[] | null = null;
    this.cancel = runInSlices(
      (shouldYield) => {
        pending ??= [...this.hidden];
        while (pending.length > 0) {
          const el = pending.pop()!;
          if (!el.isConnected) this.hidden.delete(el);
          else if (isRendered(el)) {
            this.hidden.delete(el);
            this.onShown(el);
          }
          if (shouldYield()) return false;
        }
        return true;
      },
      () => {
        this.cancel = null;
        if (!this.again) return;
        this.again = false;
        this.recheck();
      },
    );
  }

  clear(): void {
    this.cancel?.();
    this.cancel = null;
    this.again = false;
    this.hidden.clear();
  }
}

/** `hidden="until-found"` hides with content-visibility, which leaves the element itself "visible". */
function isRendered(el: Element): boolean {
  if (el instanceof HTMLElement && el.hidden) return false;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}
