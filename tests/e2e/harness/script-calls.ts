// How often the extension's own script ran in a page over a while: its calls
// on the page's renderer main thread, from a devtools trace. A count, not a
// time: it does not move when other processes share the cores.
import type { Page } from 'playwright-core';

import { isExtensionCall, mainThreadEvents } from './trace';

export async function extensionCalls(page: Page, ms: number): Promise<number> {
  const events = await mainThreadEvents(page, 'devtools.timeline', () => page.waitForTimeout(ms));
  return events.filter(isExtensionCall).length;
}
