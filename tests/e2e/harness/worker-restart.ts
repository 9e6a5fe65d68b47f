// Stops the extension's service worker and starts it again through CDP, as the
// browser does when it lets an idle worker go: its start-up code runs afresh.
import type { CDPSession } from 'playwright-core';

import type { ExtensionBrowser } from './extension-browser';

/**
 * Restarts the worker and checks that it did start afresh. No extension page
 * may be open: it would message the worker, and wake it, while it is being stopped.
 */
export async function restartWorker(browser: ExtensionBrowser): Promise<void> {
  const scope = `chrome-extension://${browser.extensionId}/`;
  await browser.worker.evaluate(() => {
    (globalThis as { siyaqBeforeRestart?: true }).siyaqBeforeRestart = true;
  });
  // A blank page holds the CDP session.
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await untilStatus(cdp, scope, 'stopped');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
  await untilStatus(cdp, scope, 'running');
  await cdp.detach();
  await page.close();
  // Playwright keeps the same handle for the restarted worker.
  const state = await browser.worker.evaluate(() => (globalThis as { siyaqBeforeRestart?: true }).siyaqBeforeRestart ?? 'fresh');
  if (state !== 'fresh') throw new Error("The extension's service worker was not restarted");
}

async function untilStatus(cdp: CDPSession, scope: string, wanted: string): Promise<void> {
  const until = Date.now() + 10_000;
  let status = await workerStatus(cdp, scope);
  while (status !== wanted) {
    if (Date.now() > until) throw new Error(`The extension's service worker is ${status}, not ${wanted}`);
    await new Promise((done) => setTimeout(done, 100));
    status = await workerStatus(cdp, scope);
  }
}

/** The part of CDP's ServiceWorker.ServiceWorkerVersion read here. */
interface WorkerVersion {
  scriptURL: string;
  runningStatus: string;
}

/** The extension's service worker's state, as the ServiceWorker domain reports it when enabled afresh. */
async function workerStatus(cdp: CDPSession, scope: string): Promise<string> {
  await cdp.send('ServiceWorker.disable');
  const reported = new Promise<WorkerVersion[]>((resolve) => {
    const done = (event: { versions: WorkerVersion[] }) => {
      cdp.off('ServiceWorker.workerVersionUpdated', done);
      clearTimeout(timer);
      resolve(event.versions);
    };
    const timer = setTimeout(() => {
      cdp.off('ServiceWorker.workerVersionUpdated', done);
      resolve([]);
    }, 2000);
    cdp.on('ServiceWorker.workerVersionUpdated', done);
  });
  // Enabling makes the domain report every version it knows.
  await cdp.send('ServiceWorker.enable');
  const ours = (await reported).filter((v) => v.scriptURL.startsWith(scope));
  return ours.at(-1)?.runningStatus ?? 'none';
}
