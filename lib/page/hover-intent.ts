// Hover intent: open only after the pointer rests on a mark, keep the card
// while the pointer travels into it, close after a grace period. Pure timing
// logic with injectable timers so it is tested without a browser.

export interface HoverIntentOptions<K> {
  delayMs: () => number;
  graceMs: number;
  open: (key: K) => void;
  close: () => void;
  same: (a: K, b: K) => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class HoverIntent<K> {
  private pending: K | null = null;
  private shown: K | null = null;
  private overCard = false;
  /** Closed by the reader (Escape) while the pointer rested on it: stays closed until the pointer leaves it. */
  private dismissed: K | null = null;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: HoverIntentOptions<K>) {
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** The pointer is over this mark now (or over no mark: null). */
  pointerAt(key: K | null): void {
    if (this.dismissed !== null) {
      if (key !== null && this.options.same(key, this.dismissed)) return;
      this.dismissed = null;
    }
    if (key !== null && this.shown !== null && this.options.same(key, this.shown)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (key !== null && this.pending !== null && this.options.same(key, this.pending)) return;
    this.cancelOpen();
    if (key === null) {
      if (this.shown !== null && !this.overCard) this.scheduleClose();
      return;
    }
    this.pending = key;
    this.openTimer = this.setTimer(() => {
      this.openTimer = null;
      const next = this.pending;
      this.pending = null;
      if (next === null) return;
      this.cancelClose();
      this.shown = next;
      this.options.open(next);
    }, this.options.delayMs());
    if (this.shown !== null && !this.overCard) this.scheduleClose();
  }

  pointerInCard(inside: boolean): void {
    this.overCard = inside;
    if (inside) this.cancelClose();
    else if (this.shown !== null) this.scheduleClose();
  }

  /** Opened another way (keyboard, popup): treat as shown. */
  markShown(key: K): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = key;
  }

  /** Closes now; `untilLeft`: a jitter on the same mark must not reopen it. */
  dismiss(untilLeft = false): void {
    if (untilLeft) this.dismissed = this.shown ?? this.pending;
    this.cancelOpen();
    this.cancelClose();
    this.closeShown();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.setTimer(() => {
      this.closeTimer = null;
      // Only the card closes: a mark the pointer went on to still opens after its delay
      // (a resting pointer sends no more moves to ask again).
      this.closeShown();
    }, this.options.graceMs);
  }

  private closeShown(): void {
    if (this.shown === null) return;
    this.shown = null;
    this.options.close();
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.clearTimer(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.clearTimer(this.closeTimer);
    this.closeTimer = null;
  }
}
