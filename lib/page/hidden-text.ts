// Text hidden when it was scanned (a page hidden while its fonts load, "read
// more" blocks, `hidden`, `hidden="until-found"`, closed tabs and accordions)
// is remembered by the element that hid it, and looked at again when the page
// changes what could reveal it: an attribute (class, style, hidden, open) or
// a style sheet. Only those elements are checked, in idle time: at once when
// the change touched one of them, an ancestor or the element before one;
// after any other change (a page toggling a class on a timer; text shown by a
// `~` or `:has()` rule) within a second.
import { runInSlices } from './idle-slices';

/** How long a change to elements that hold no hidden text waits before the hidden ones are checked. */
export const UNRELATED_CHANGE_MS = 1000;

export class HiddenText {
  private readonly hidden = new Set<Element>();
  private cancel: (() => void) | null = null;
  /** A change came while a check was under way: elements it already passed are checked again. */
  private again = false;
  private unrelated: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly onShown: (el: Element) => void) {}

  /** The walk passed over el's text because el was not rendered. */
  remember(el: Element): void {
    this.hidden.add(el);
  }

  get size(): number {
    return this.hidden.size;
  }

  /**
   * Something changed that may show hidden text: check again, once, when the
   * page is idle. `changed`: the elements whose attributes changed; none
   * given, a style sheet came, which may show anything.
   */
  recheck(changed?: readonly Node[]): void {
    if (this.cancel) {
      this.again = true;
      return;
    }
    if (this.hidden.size === 0) return;
    if (changed && !changed.some((node) => this.holdsHidden(node))) {
      this.unrelated ??= setTimeout(() => {
        this.unrelated = null;
        this.recheck();
      }, UNRELATED_CHANGE_MS);
      return;
    }
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
    if (this.unrelated !== null) clearTimeout(this.unrelated);
    this.unrelated = null;
    this.again = false;
    this.hidden.clear();
  }

  /** A hidden element is node, inside it, or inside the element after it (shown by a `+` rule on node's class). */
  private holdsHidden(node: Node): boolean {
    const next = node instanceof Element ? node.nextElementSibling : null;
    for (const el of this.hidden) if (node.contains(el) || next?.contains(el)) return true;
    return false;
  }
}

/** `hidden="until-found"` hides with content-visibility, which leaves the element itself "visible". */
function isRendered(el: Element): boolean {
  if (el instanceof HTMLElement && el.hidden) return false;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}
