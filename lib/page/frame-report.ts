// A subframe tells the background which names it holds, so the popup's "on
// this page" counts them too (the popup can only ask the top frame). Sent a
// moment after the marks settle, and only when the counts changed.
import type { PageTopicCount } from '../messaging/protocol';

const SETTLE_MS = 300;

export class FrameReport {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = '[]';

  constructor(
    private readonly read: () => PageTopicCount[],
    private readonly send: (topics: PageTopicCount[]) => void,
  ) {}

  changed(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sendIfNew(this.read());
    }, SETTLE_MS);
  }

  /** Nothing here any more (Siyaq off, or the frame going away). */
  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.sendIfNew([]);
  }

  private sendIfNew(topics: PageTopicCount[]): void {
    const text = JSON.stringify(topics);
    if (text === this.last) return;
    this.last = text;
    this.send(topics);
  }
}
