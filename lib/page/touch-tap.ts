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

/** Calls onTap for each tap on the document until the signal aborts. */
export function listenForTaps(
  root: Document,
  onTap: (tap: Tap) => void,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): void {
  let start: { id: number; x: number; y: number; at: number } | null = null;
  const options = { capture: true, signal };

  root.addEventListener(
    'touchstart',
    (event) => {
      // Only the reader's own finger: a page's synthetic events must not drive Siyaq.
      const touch = event.touches[0];
      start =
        event.isTrusted && event.touches.length === 1 && touch
          ? { id: touch.identifier, x: touch.clientX, y: touch.clientY, at: now() }
          : null;
    },
    { ...options, passive: true },
  );
  root.addEventListener(
    'touchmove',
    (event) => {
      if (!start) return;
      const id = start.id;
      const touch = [...event.touches].find((t) => t.identifier === id);
      if (!touch || event.touches.length !== 1 || Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SLOP) start = null;
    },
    { ...options, passive: true },
  );
  // Not passive: a tap that opens a card cancels the click the browser would send after it.
  root.addEventListener(
    'touchend',
    (event) => {
      const began = start;
      start = null;
      if (!began || !event.isTrusted || event.touches.length !== 0) return;
      const touch = [...event.changedTouches].find((t) => t.identifier === began.id);
      if (!touch || Math.hypot(touch.clientX - began.x, touch.clientY - began.y) > SLOP) return;
      if (now() - began.at > LONG_PRESS_MS) return;
      onTap({ x: touch.clientX, y: touch.clientY, target: event.target, preventDefault: () => event.preventDefault() });
    },
    { ...options, passive: false },
  );
  root.addEventListener('touchcancel', () => (start = null), { ...options, passive: true });
}
