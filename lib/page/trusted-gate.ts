// Only the reader drives the card. Events a page script makes (`.click()`,
// dispatchEvent) are not trusted: they are stopped where they enter the card,
// and each card action runs only inside a trusted event, and at most once per
// event (one click opens one reader tab, whatever the page does).

/** Events that can set off a card action, or that a card control listens to. */
const GATED = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'touchstart',
  'touchend',
  'submit',
  'input',
  'change',
] as const;

export class TrustedGate {
  /** The trusted event being dispatched in the card now, if any. */
  private current: Event | null = null;
  private readonly acted = new WeakSet<Event>();

  /** Listens at the card's root: first (capture) to stop untrusted events, last (bubble) to close the window. */
  attach(root: ShadowRoot): void {
    for (const type of GATED) {
      root.addEventListener(type, (e) => this.enter(e), { capture: true });
      root.addEventListener(type, (e) => this.leave(e));
    }
  }

  /** Wraps a card action: it runs only during a trusted event, once for that event. */
  guard<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      const event = this.current;
      if (!event || this.acted.has(event)) return;
      this.acted.add(event);
      action(...args);
    };
  }

  private enter(event: Event): void {
    if (!event.isTrusted) {
      event.stopImmediatePropagation();
      event.preventDefault();
      return;
    }
    this.current = event;
    // A handler that stops the event keeps it from bubbling back to the root.
    setTimeout(() => this.leave(event), 0);
  }

  private leave(event: Event): void {
    if (this.current === event) this.current = null;
  }
}
