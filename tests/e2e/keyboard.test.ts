// Keyboard and screen-reader routes to the cards, in real Chromium with the
// built extension: the next/previous-mention commands (sent the way the
// background sends them, and as real key presses), Tab order inside the card, Escape giving the focus
// back, distinct button names, and a labelled dialog in the right language.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newsPageAr } from './fixtures/pages';
import { pressAltShift } from './harness/browser-shortcut';
import { cardLocator, inCard } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsPageAr().replace('<main>', '<main><button id="before" type="button">قبل</button>'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface CommandsApi {
  chrome: { commands: { getAll: () => Promise<{ name: string; shortcut: string }[]> } };
}

interface TabsApi {
  chrome: { tabs: { sendMessage: (id: number, m: object, o?: object) => Promise<unknown> } };
}

/** What the background does on the next-/previous-mention command. */
async function step(page: Page, direction: 'next' | 'previous') {
  const tabId = await browser.tabIdOf(page);
  return browser.worker.evaluate(
    ({ id, direction }) =>
      (globalThis as unknown as TabsApi).chrome.tabs.sendMessage(id, { type: 'siyaq:step-mention', direction }, { frameId: 0 }),
    { id: tabId, direction },
  );
}

/** The flashed mark (the one stepped to): its text, and whether it comes after the one before. */
function flashed(page: Page) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('siyaq-flash') ?? [])][0] as Range | undefined;
    const w = window as unknown as { __last?: Range };
    if (!range) return null;
    const order = w.__last ? w.__last.compareBoundaryPoints(Range.START_TO_START, range) : null;
    w.__last = range.cloneRange();
    const box = range.getBoundingClientRect();
    return { text: range.toString(), order, onScreen: box.top >= 0 && box.bottom <= innerHeight };
  });
}

/** Whether a mark other than the last one read by `flashed` is flashing now. */
function flashMoved(page: Page) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('siyaq-flash') ?? [])][0] as Range | undefined;
    const last = (window as unknown as { __last?: Range }).__last;
    return !!range && (!last || last.compareBoundaryPoints(Range.START_TO_START, range) !== 0);
  });
}

/** Where the focus is: inside Siyaq's card (the control's name), or a page element's id. */
async function focus(page: Page) {
  const active = await page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', id: document.activeElement?.id ?? '' }));
  if (active.tag !== 'SIYAQ-CARD') return { inCard: false, name: active.id };
  // The card's root is closed: the probe reads its focused control from the tests' own world.
  const name = await inCard(page, (root) => {
    const inner = root?.activeElement as HTMLElement | null | undefined;
    return inner ? (inner.getAttribute('aria-label') ?? inner.textContent ?? '').trim() : '';
  });
  return { inCard: true, name };
}

const card = (page: Page) => cardLocator(page);

describe('keyboard', () => {
  it('steps through the marks in reading order, each opening its focused card, and back', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    const marks = await settledMarks(page, 20);
    await page.locator('#before').focus();
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      expect(await step(page, 'next')).toMatchObject({ ok: true, value: true });
      await card(page).waitFor();
      const mark = await flashed(page);
      expect(mark).not.toBeNull();
      expect(mark!.onScreen).toBe(true);
      if (i > 0) expect(mark!.order, `step ${i} goes forward`).toBe(-1);
      seen.push(mark!.text);
      expect((await focus(page)).inCard).toBe(true);
    }
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(seen.every((text) => marks.some((m) => m.text === text))).toBe(true);
    await step(page, 'previous');
    await card(page).waitFor();
    const back = await flashed(page);
    expect(back!.order).toBe(1);
    expect(back!.text).toBe(seen[6]);

    // Escape closes the card and gives the focus back to where it was before the first step.
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await focus(page)).toEqual({ inCard: false, name: 'before' });
    // The next step starts from the last mark, not from the top.
    await step(page, 'next');
    await card(page).waitFor();
    expect((await flashed(page))!.text).toBe(seen[7]);
    await page.close();
  });

  it('has every shortcut Chromium gives, and the real keys step forward and back', async () => {
    const shortcuts = await browser.worker.evaluate(async () =>
      (await (globalThis as unknown as CommandsApi).chrome.commands.getAll()).map((c) => [c.name, c.shortcut]),
    );
    expect(Object.fromEntries(shortcuts)).toMatchObject({
      'open-card': 'Alt+Shift+S',
      'next-mention': 'Alt+Shift+J',
      'previous-mention': 'Alt+Shift+K',
      'save-article': 'Alt+Shift+L',
    });

    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    await page.bringToFront();
    const texts: string[] = [];
    for (const key of ['J', 'J', 'K']) {
      await pressAltShift(browser.context, page, key);
      await expect.poll(() => flashMoved(page), { interval: 50 }).toBe(true);
      const mark = (await flashed(page))!;
      if (texts.length > 0) expect(mark.order, `${key} moves ${key === 'J' ? 'forward' : 'back'}`).toBe(key === 'J' ? -1 : 1);
      texts.push(mark.text);
      await card(page).waitFor();
    }
    expect(texts[2]).toBe(texts[0]);
    await page.close();
  });

  it('moves Tab through the card’s controls in order and round, each with its own name', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    await page.locator('#before').focus();
    // Step until a card with passages is open.
    for (let i = 0; i < 10; i++) {
      await step(page, 'next');
      await card(page).waitFor();
      await expect.poll(() => card(page).locator('.siyaq-card__title').count()).toBe(1);
      if ((await card(page).locator('.siyaq-passage').count()) > 1) break;
    }
    const names = await card(page).evaluate((el) =>
      [...el.querySelectorAll('button')].map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
    );
    expect(names.length).toBeGreaterThan(4);
    expect(new Set(names).size, names.join(' | ')).toBe(names.length);
    const visited: string[] = [];
    for (let i = 0; i < names.length; i++) {
      await page.keyboard.press('Tab');
      visited.push((await focus(page)).name);
    }
    expect(visited).toEqual(names);
    await page.keyboard.press('Tab');
    expect((await focus(page)).name).toBe(names[0]); // round to the first
    await page.keyboard.press('Shift+Tab');
    expect((await focus(page)).name).toBe(names[names.length - 1]);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await focus(page)).toEqual({ inCard: false, name: 'before' });
    await page.close();
  });

  it('announces the card as a labelled dialog, in the interface language, with passages in their own', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/news-ar.html'));
    await settledMarks(page, 20);
    await step(page, 'next');
    await card(page).locator('.siyaq-passage').first().waitFor();
    const dialog = await cardLocator(page, '.siyaq-float').evaluate((el) => ({
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label'),
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
      title: el.querySelector('.siyaq-card__title')?.textContent,
      labelledBy: el.querySelector('.siyaq-card')?.getAttribute('aria-labelledby'),
      titleId: el.querySelector('.siyaq-card__title')?.id,
      passages: [...el.querySelectorAll('.siyaq-passage__text')].map((p) => [p.getAttribute('lang'), p.getAttribute('dir')]),
      english: [...el.querySelectorAll('bdi[lang="en"]')].map((b) => b.getAttribute('dir')),
    }));
    expect(dialog.role).toBe('dialog');
    expect(dialog.label).toContain(dialog.title!);
    expect([dialog.lang, dialog.dir]).toEqual(['ar', 'rtl']);
    expect(dialog.labelledBy).toBe(dialog.titleId);
    expect(dialog.passages.length).toBeGreaterThan(0);
    for (const [lang, dir] of dialog.passages) expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(dialog.english).toEqual(['ltr']);
    await page.close();
  });

  it('says so when the page has no marks', async () => {
    const page = await browser.context.newPage();
    server.put('/plain.html', '<!doctype html><html lang="en"><body><p>Nothing known here.</p></body></html>');
    await page.goto(server.url('/plain.html'));
    await page.waitForTimeout(500);
    expect(await step(page, 'next')).toMatchObject({ ok: true, value: false });
    expect(await card(page).count()).toBe(0);
    await page.close();
  });
});
