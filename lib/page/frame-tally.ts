// The names each frame of a tab holds, kept by the background: frames report
// their own counts, and the top frame asks for its children's so that the
// popup's "on this page" counts every frame, cross-origin ones included.
import type { PageTopicCount } from '../messaging/protocol';

export class FrameTally {
  private readonly tabs = new Map<number, Map<number, PageTopicCount[]>>();

  report(tabId: number, frameId: number, topics: PageTopicCount[]): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    if (topics.length > 0) frames.set(frameId, topics);
    else frames.delete(frameId);
    if (frames.size === 0) this.tabs.delete(tabId);
  }

  /** Every frame's counts but one, added up, in order of first appearance. */
  othersThan(tabId: number, frameId: number): PageTopicCount[] {
    const lists = [...(this.tabs.get(tabId) ?? [])].filter(([id]) => id !== frameId).map(([, topics]) => topics);
    return mergeCounts(lists);
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

/** Counts of several lists added up by topic, in order of first appearance. */
export function mergeCounts(lists: readonly (readonly PageTopicCount[])[]): PageTopicCount[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const { topic, count } of list) counts.set(topic, (counts.get(topic) ?? 0) + count);
  return [...counts].map(([topic, count]) => ({ topic, count }));
}
