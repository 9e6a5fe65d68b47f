// A key press that reaches the browser's own shortcuts (extension commands),
// as a physical key does. It goes through CDP with a native key code: only then
// does Chromium hand an unhandled key on to the browser window; Playwright's
// keyboard.press keeps its keys inside the page.
import type { BrowserContext, Page } from 'playwright-core';

/** Presses Alt+Shift+<letter> on that page's tab. */
export async function pressAltShift(context: BrowserContext, page: Page, letter: string): Promise<void> {
  const key = letter.toUpperCase();
  const code = key.charCodeAt(0);
  const cdp = await context.newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    // modifiers: Alt (1) + Shift (8).
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers: 9,
      key,
      code: `Key${key}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  }
  await cdp.detach();
}
