// How often the extension's own script ran in a page over a while: its calls
// (FunctionCall events of a chrome-extension:// script) on the page's renderer
// main thread, from a devtools trace. A count, not a time: it does not move
// when other processes share the cores.
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export async function extensionCalls(page: Page, ms: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'blink.user_timing,devtools.timeline', transferMode: 'ReportEvents' });
  // A user-timing mark names the page's renderer main thread in the trace.
  await page.evaluate(() => performance.mark('siyaq-test-calls'));
  await page.waitForTimeout(ms);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mark = events.find((e) => e.name === 'siyaq-test-calls');
  if (!mark) throw new Error('The trace holds no mark from the page.');
  return events.filter(
    (e) =>
      e.pid === mark.pid &&
      e.tid === mark.tid &&
      e.name === 'FunctionCall' &&
      e.ph === 'X' &&
      !!e.args?.data?.url?.startsWith('chrome-extension://'),
  ).length;
}
