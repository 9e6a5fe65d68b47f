// Waiting in DOM unit tests for what happens asynchronously (messages,
// renders, saves), with a clear failure when it never does.

export const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once check() is truthy (or resolves to a truthy value); fails naming the check after ms. */
export async function until(check: () => unknown, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not reached: ${check.toString()}`);
    await wait(10);
  }
}
