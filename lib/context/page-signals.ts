// What the rest of the page tells the context step, gathered as the page is
// scanned: the topics already marked without help, and the page's own title
// and description (which name the story's subject before the body does).
import { normalizeKey } from '../text/normalize';
import type { PageSignals } from './settle';

export class PageContext implements PageSignals {
  readonly topics = new Set<string>();
  readonly head: string;

  constructor(headText: string) {
    this.head = normalizeKey(headText);
  }

  /** Records the topics of settled mentions that stood on their own. */
  note(mentions: readonly { topic: string; context?: unknown }[]): void {
    for (const m of mentions) if (m.context === undefined) this.topics.add(m.topic);
  }
}
