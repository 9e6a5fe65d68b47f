// The tab's matcher: asked of the background (which builds it once for every
// enabled pack), loaded with loadMatcher, and replaced when the background
// says the enabled packs changed.
import { pageDetector } from '../context/page-detect';
import { loadMatcher } from '../detect/compiled';
import type { Detector } from '../detect/types';
import { sendToBackground } from '../messaging/channel';
import type { PageMention } from './mention-registry';

/** Waits between attempts while the background (re)starts. */
const RETRY_MS = [50, 150, 400, 1000, 2000];

export class PageKnowledge {
  private detector: Detector | null = null;
  /** The detector followed by the context step (lib/context), for this page. */
  private detectInPage: ((text: string) => PageMention[]) | null = null;
  private revision: string | null = null;

  get ready(): boolean {
    return this.detector !== null;
  }

  detect(text: string): PageMention[] {
    return this.detectInPage ? this.detectInPage(text) : [];
  }

  /**
   * Fetches the matcher unless `known` is the revision already loaded.
   * True when a different matcher was loaded (the page must be scanned again).
   */
  async refresh(known?: string): Promise<boolean> {
    if (known !== undefined && known === this.revision) return false;
    for (let attempt = 0; ; attempt++) {
      const reply = await sendToBackground('siyaq:matcher', {});
      if (reply.ok) {
        if (reply.value.revision === this.revision) return false;
        this.detector = loadMatcher(reply.value.matcher);
        this.detectInPage = pageDetector(this.detector);
        this.revision = reply.value.revision;
        return true;
      }
      const wait = RETRY_MS[attempt];
      if (reply.error.code !== 'unreachable' || wait === undefined) return false;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
