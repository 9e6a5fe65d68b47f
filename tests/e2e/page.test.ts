// The built extension in a real Chromium, on localhost pages: marks, cards,
// untouched DOM and inputs, late text, frames and shadow roots.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FORMS_PAGE, IFRAME_CHILD, iframePage, NEWS_PAGE_EN, newsPageAr, SHADOW_PAGE, SPA_PAGE } from './fixtures/pages';
import { inCard } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { domFromSource, domWithoutSiyaq, hoverCard, markedRanges, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
let browser: ExtensionBrowser;
let server: StaticServer;
const newsAr = newsPageAr();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startStaticServer([]);
  server.put('/news-ar.html', newsAr);
  server.put('/news-en.html', NEWS_PAGE_EN);
  server.put('/forms.html', FORMS_PAGE);
  server.put('/spa/story-1', SPA_PAGE);
  server.put('/shadow.html', SHADOW_PAGE);
  server.put('/iframe-child.html', IFRAME_CHILD);
  server.put('/iframe.html', iframePage('/iframe-child.html'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  (page as Page & { consoleErrors?: string[] }).consoleErrors = consoleErrors;
  await page.goto(server.url(path));
  return page;
}

function consoleErrorsOf(page: Page): string[] {
  return (page as Page & { consoleErrors?: string[] }).consoleErrors ?? [];
}

describe('Arabic news page', () => {
  it('marks the names the articles use, and nothing that only looks like them', async () => {
    const page = await open('/news-ar.html');
    const marks = await settledMarks(page, 20);
    const texts = new Set(marks.map((m) => m.text));
    for (const name of ['ناغورني قره باغ', 'ستيباناكرت', 'باشينيان', 'يريفان', 'ممر لاتشين', 'كورسك', 'كيم جونغ أون', 'بيونغ يانغ']) {
      expect(texts, name).toContain(name);
    }
    // Every mark is a whole name inside the text node it claims.
    for (const m of marks) expect(m.context.slice(m.start, m.end)).toBe(m.text);
    expect(consoleErrorsOf(page)).toEqual([]);
    await page.close();
  });

  it('opens the right card on hover, with a passage from the articles', async () => {
    const page = await open('/news-ar.html');
    await settledMarks(page, 20);
    const card = await hoverCard(page, 'باشينيان');
    await expect.poll(() => card.getAttribute('data-topic')).toBe('nikol-pashinyan');
    await expect.poll(() => card.locator('.siyaq-passage').count()).toBeGreaterThan(0);
    const passage = await card.locator('.siyaq-passage__text').first().textContent();
    expect(newsAr).toContain(passage!.trim().slice(0, 30));
    expect(await card.locator('.siyaq-passage__text mark').first().textContent()).toMatch(/باشينيان/);
    await page.waitForTimeout(300); // let the card's short fade-in finish
    await page.screenshot({ path: `${ARTIFACTS}/card-ar.png` });
    // Escape closes it.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 3000 });
    await page.close();
  });

  it('follows the system’s dark theme and reduced motion', async () => {
    const page = await open('/news-ar.html');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await settledMarks(page, 20);
    await hoverCard(page, 'كورسك');
    const look = await inCard(page, (root) => {
      const float = root!.querySelector('.siyaq-float')!;
      const style = getComputedStyle(float);
      return { background: style.backgroundColor, animation: style.animationName };
    });
    expect(look.background).toBe('rgb(31, 34, 38)');
    expect(look.animation).toBe('none');
    await page.screenshot({ path: `${ARTIFACTS}/card-dark.png` });
    await page.close();
  });

  it('adds nothing to the page but its one shadow host', async () => {
    const page = await open('/news-ar.html');
    await settledMarks(page, 20);
    await hoverCard(page, 'يريفان');
    expect(await page.locator('siyaq-card').count()).toBe(1);
    expect(await domWithoutSiyaq(page)).toBe(await domFromSource(page, newsAr));
    await page.close();
  });
});

describe('other pages', () => {
  it('marks English text', async () => {
    const page = await open('/news-en.html');
    const marks = await settledMarks(page, 5);
    const texts = marks.map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Azerbaijan', 'Nagorno-Karabakh', 'Nikol Pashinyan', 'Lachin corridor', 'Kim Jong Un', 'Kursk']),
    );
    expect(texts).not.toContain('Lachine');
    await page.close();
  });

  it('leaves forms, editable regions, scripts and hidden text alone', async () => {
    const page = await open('/forms.html');
    const marks = await settledMarks(page, 2);
    expect(marks.map((m) => m.text).sort()).toEqual(['أرمينيا', 'باشينيان'].sort());
    expect(marks.every((m) => m.context === 'قال باشينيان إن أرمينيا لن تنجر إلى الحرب.')).toBe(true);
    expect(await page.inputValue('#field')).toBe('باشينيان في يريفان');
    expect(await page.inputValue('#area')).toBe('كورسك وموسكو');
    expect(await domWithoutSiyaq(page)).toBe(await domFromSource(page, FORMS_PAGE));
    await page.close();
  });

  it('marks text that arrives later and follows in-app navigation', async () => {
    const page = await open('/spa/story-1');
    await expect.poll(async () => (await markedRanges(page)).map((m) => m.text), { timeout: 10_000 }).toContain('قره باغ');
    await page.click('#next');
    await expect.poll(async () => (await markedRanges(page)).map((m) => m.text), { timeout: 10_000 }).toContain('كورسك');
    expect(page.url()).toContain('/spa/story-2');
    await page.close();
  });

  it('marks inside open shadow roots (text right in one too) and same-origin iframes', async () => {
    const page = await open('/shadow.html');
    await expect
      .poll(async () => (await markedRanges(page)).map((m) => m.text), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['يريفان', 'ستيباناكرت', 'كييف']));
    await page.close();
    const framed = await open('/iframe.html');
    const child = framed.frameLocator('#child');
    await child.locator('p').waitFor();
    const frame = framed.frames().find((f) => f.url().endsWith('/iframe-child.html'))!;
    await expect
      .poll(() => frame.evaluate(() => [...(CSS.highlights.get('siyaq-underline') ?? [])].map((r) => r.startContainer.textContent)), {
        timeout: 10_000,
      })
      .toEqual(['الإطار يذكر كييف.']);
    await framed.close();
  });
});

describe('toolbar popup', () => {
  it('lists what the page mentions, in order, with counts', async () => {
    const page = await open('/news-ar.html');
    await settledMarks(page, 20);
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const items = popup.locator('.popup__mention');
    await items.first().waitFor({ timeout: 10_000 });
    const topics = await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.topic));
    expect(topics).toEqual(expect.arrayContaining(['nagorno-karabakh', 'azerbaijan', 'kursk', 'north-korea']));
    expect(topics.indexOf('azerbaijan')).toBeLessThan(topics.indexOf('kursk'));
    await popup.screenshot({ path: `${ARTIFACTS}/popup.png` });
    // Choosing one scrolls the page to its first mention and flashes it.
    await popup.locator('.popup__mention[data-topic=kursk]').click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('siyaq-flash') ?? [])].map((r) => r.startContainer.textContent?.slice(r.startOffset, r.endOffset)),
        ),
      )
      .toEqual(['كورسك']);
    // The real popup floats over a visible tab; here the tab is behind the popup's, so show it.
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('explains pages where it cannot run', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const tabId = await browser.tabIdOf(blank);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.popup__empty').first().textContent()).toMatch(/\S/);
    await popup.close();
    await blank.close();
  });
});

describe('extension health', () => {
  it('threw no error on any page', () => {
    expect(browser.errors).toEqual([]);
  });
});
