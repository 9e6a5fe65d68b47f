// Taps on a touch screen. A tap is a touchstart and its touchend with (almost)
// no movement in between and no second finger, soon enough not to be a long
// press: a scroll, a pinch or a text-selecting long press is never a tap, so
// reading by scrolling never opens a card.

/** How far a finger may drift and still tap (CSS px); more is a scroll. */
const SLOP = 10;
/** Longer than this is a long press, which the browser keeps for selecting text. */
const LONG_PRESS_MS = 500;

export interface Tap {
  x: number;
  y: number;
  target: EventTarget | null;
  /** Call to keep the browser from also clicking what is under the finger (a link around the name). */
  preventDefault: () => void;
}

export class TapTracker {
  private start: { id: number; x: number; y: number; at: number } | null = null;

  constructor(
    root: Document,
    private readonly onTap: (tap: Tap) => void,
    signal: AbortSignal,
    private readonly now: () => number = () => performance.now(),
  ) {
    const options = { capture: true, signal };
    root.addEventListener('touchstart', (e) => this.touchStart(e), { ...options, passive: true });
    root.addEventListener('touchmove', (e) => this.touchMove(e), { ...options, passive: true });
    // Not passive: a tap that opens a card cancels the click the browser would send after it.
    root.addEventListener('touchend', (e) => this.touchEnd(e), { ...options, passive: false });
    root.addEventListener('touchcancel', () => (this.start = null), { ...options, passive: true });
  }

  private touchStart(event: TouchEvent): void {
    // Only the reader's own finger: a page's synthetic events must not drive Siyaq.
    const touch = event.touches[0];
    if (!event.isTrusted || event.touches.length !== 1 || !touch) {
      this.start = null;
      return;
    }
    this.start = { id: touch.identifier, x: touch.clientX, y: touch.clientY, at: this.now() };
  }

  private touchMove(event: TouchEvent): void {
    const start = this.start;
    if (!start) return;
    const touch = [...event.touches].find((t) => t.identifier === start.id);
    if (!touch || event.touches.length !== 1 || Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SLOP) this.start = null;
  }

  private touchEnd(event: TouchEvent): void {
    const start = this.start;
    this.start = null;
    if (!start || !event.isTrusted || event.touches.length !== 0) return;
    const touch = [...event.changedTouches].find((t) => t.identifier === start.id);
    if (!touch || Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SLOP) return;
    if (this.now() - start.at > LONG_PRESS_MS) return;
    this.onTap({ x: touch.clientX, y: touch.clientY, target: event.target, preventDefault: () => event.preventDefault() });
  }
}
