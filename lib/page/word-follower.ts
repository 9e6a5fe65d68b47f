// Keeps an open card with its word: when the page or a scrolling box moves
// the word, the card moves with it, and when the word leaves the screen (or
// its box scrolls it out of sight) the card is told to close.
import { markRange, type Mark } from './mention-registry';
import { rectOf, type Rect } from './popup-position';
import { blockOf, SIYAQ_HOST_TAG } from './text-walker';

export class WordFollower {
  private mark: Mark | null = null;
  private last: Rect | null = null;
  private frame = 0;
  private readonly onScroll = () => this.schedule();

  constructor(
    /** The word's new box, or null once it is out of sight. */
    private readonly moved: (rect: Rect | null) => void,
  ) {}

  follow(mark: Mark, rect: Rect): void {
    if (!this.mark) {
      // Capture: scroll events from any scrolling box, which do not bubble.
      document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      window.addEventListener('resize', this.onScroll, { passive: true });
    }
    this.mark = mark;
    this.last = rect;
  }

  stop(): void {
    if (!this.mark) return;
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.mark = null;
    this.last = null;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  }

  private check(): void {
    const mark = this.mark;
    const last = this.last;
    if (!mark || !last) return;
    const now = wordBox(mark, last);
    if (now && Math.abs(now.left - last.left) < 1 && Math.abs(now.top - last.top) < 1) return;
    this.last = now;
    this.moved(now);
  }
}

/** The line box of the word nearest the one the card was placed by, if it can still be seen. */
function wordBox(mark: Mark, before: Rect): Rect | null {
  if (!mark.nodes.every((n) => n.isConnected)) return null;
  let best: DOMRect | null = null;
  for (const box of markRange(mark).getClientRects()) {
    if (
      !best ||
      Math.abs(box.top - before.top) + Math.abs(box.left - before.left) <
        Math.abs(best.top - before.top) + Math.abs(best.left - before.left)
    ) {
      best = box;
    }
  }
  if (!best || best.width === 0) return null;
  const x = best.left + best.width / 2;
  const y = best.top + best.height / 2;
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return null;
  // Scrolled out of its box: what is drawn at its middle is no longer the word's element.
  const shown = document.elementFromPoint(x, y);
  const block = blockOf(mark.nodes[0]!);
  if (shown && shown.tagName !== SIYAQ_HOST_TAG && !block?.contains(shown)) return null;
  return rectOf(best);
}
