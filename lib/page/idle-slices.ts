// Runs long work in short slices at idle time so the page's main thread is
// never held for long. A slice stops as soon as its budget is spent.

/** Under the 50 ms long-task threshold with room for the browser's own work. */
export const SLICE_BUDGET_MS = 8;

export type SliceTask = (shouldYield: () => boolean) => boolean; // returns true when finished

export function runInSlices(task: SliceTask, onDone?: () => void): () => void {
  let cancelled = false;
  const schedule = (fn: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
    else setTimeout(fn, 16);
  };
  const step = () => {
    if (cancelled) return;
    const end = performance.now() + SLICE_BUDGET_MS;
    const finished = task(() => performance.now() >= end);
    if (finished) onDone?.();
    else schedule(step);
  };
  schedule(step);
  return () => {
    cancelled = true;
  };
}
