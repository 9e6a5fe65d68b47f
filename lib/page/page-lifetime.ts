// How long Siyaq runs in a page: until the extension itself is unloaded or
// updated. WXT's context also ends when anything in the page dispatches the
// "newer copy started" event it uses to retire old copies of a content script,
// and WXT posts that event's name to the page, so a page could switch Siyaq
// off at will; an ending while the extension is still here is not believed.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * While the extension was found present, it is asked again only this often:
 * reading the runtime's id costs about as much as the rest of a mutation
 * callback, and a busy page calls back ten times a second.
 */
export const PRESENT_FOR_MS = 1000;

export class PageLifetime {
  private readonly controller = new AbortController();
  /** When the extension was last found present. */
  private presentAt = -Infinity;

  constructor(ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.check(true));
  }

  /** Aborts when Siyaq must stop here; pass it to every listener. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  onEnded(cb: () => void): void {
    this.controller.signal.addEventListener('abort', cb, { once: true });
  }

  /**
   * Ends the lifetime if the extension is gone, and says whether Siyaq may go
   * on. Called from busy handlers too, since a forged ending leaves WXT deaf
   * to the real one. `force`: ask the extension even if it was here a moment ago.
   */
  check(force = false): boolean {
    if (this.controller.signal.aborted) return false;
    const t = performance.now();
    if (!force && t - this.presentAt < PRESENT_FOR_MS) return true;
    if (extensionPresent()) this.presentAt = t;
    else this.controller.abort();
    return !this.controller.signal.aborted;
  }
}

/** An orphaned content script (extension reloaded or removed) loses its runtime id. */
function extensionPresent(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}
