// Where the article of a saved page is extracted: Readability needs a DOM,
// which Firefox's background page has and Chrome's service worker does not.
// There, one offscreen document (no permission prompt; created on the first
// save, closed after a minute idle) does the work.
import { browser } from 'wxt/browser';

import { extractFromHtml, type ExtractResult } from './extract';

const REQUEST = 'siyaq:offscreen-extract';
const OFFSCREEN_PATH = '/offscreen.html';
const IDLE_CLOSE_MS = 60_000;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

let creating: Promise<void> | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;

/** Extracts in this context if it has a DOM, else in the offscreen document. */
export async function extractInExtension(html: string, url: string): Promise<ExtractResult> {
  if (typeof DOMParser !== 'undefined') return extractFromHtml(html, url);
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new Error('no DOM to extract the article in');
  clearTimeout(idle);
  creating ??= (async () => {
    const exists = (await offscreen.hasDocument?.()) ?? false;
    if (!exists) {
      await offscreen.createDocument({
        url: browser.runtime.getURL(OFFSCREEN_PATH),
        reasons: ['DOM_PARSER'],
        justification: 'Extract the article of a page the reader saves to the library.',
      });
    }
  })();
  try {
    await creating;
  } catch (error) {
    creating = null;
    throw error;
  }
  try {
    return await browser.runtime.sendMessage<unknown, ExtractResult>({ type: REQUEST, html, url });
  } finally {
    idle = setTimeout(() => {
      creating = null;
      void offscreen.closeDocument().catch(() => undefined);
    }, IDLE_CLOSE_MS);
  }
}

/** In the offscreen document: answers the background's extraction requests, and no one else's. */
export function answerExtractRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, html, url } = message as Record<string, unknown>;
    if (type !== REQUEST || typeof html !== 'string' || typeof url !== 'string') return undefined;
    return Promise.resolve(extractFromHtml(html, url));
  });
}
