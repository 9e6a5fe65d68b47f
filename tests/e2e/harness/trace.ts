// A devtools trace of one page's renderer main thread over a while, for the
// bench's main-thread time and the tests' count of Siyaq's calls.
import type { Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

const MARK = 'siyaq-trace-window';

/** The complete events ('X') of page's renderer main thread, traced with categories while `during` runs. */
export async function mainThreadEvents(page: Page, categories: string, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: `blink.user_timing,${categories}`, transferMode: 'ReportEvents' });
  // A user-timing mark names the page's renderer main thread in the trace.
  await page.evaluate((name) => performance.mark(name), MARK);
  await during();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mark = events.find((e) => e.name === MARK);
  if (!mark) throw new Error('The trace holds no mark from the page.');
  return events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
}

/** A call of Siyaq's own script (a chrome-extension:// script), wherever it nests. */
export const isExtensionCall = (e: TraceEvent): boolean =>
  e.name === 'FunctionCall' && !!e.args?.data?.url?.startsWith('chrome-extension://');
