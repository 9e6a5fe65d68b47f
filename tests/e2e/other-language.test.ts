// The other language's material on a card, in real Chromium with the built
// extension: a test pack (its own content folder, imported through the
// options page) adds an English article naming Kursk, whose built-in passages
// are all Arabic and fill the card's cap. On an Arabic page the card keeps the
// English passage, labelled; on an English page it shows an Arabic one,
// labelled; each passage carries its own lang and dir.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPack } from '../../lib/packs/build';
import type { CardLocator } from './harness/card-probe';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, settledMarks } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
const ENGLISH_PASSAGE = 'This English test sentence names Kursk';
const AR_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>
<style>body{font:18px/2 'Noto Naskh Arabic',serif;max-width:40em;margin:2em auto}</style></head>
<body><article><h1>كورسك</h1><p>تحدث المسؤولون اليوم عن الوضع في كورسك بعد أشهر من القتال.</p></article></body></html>`;
const EN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>
<body><article><h1>Kursk</h1><p>Officials spoke today about the situation in Kursk after months of fighting.</p></article></body></html>`;

let browser: ExtensionBrowser;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'siyaq-other-language-'));
  const packFile = join(dir, 'other-language.siyaq');
  writeFileSync(packFile, await buildPack('tests/e2e/fixtures/other-language-pack'));
  server = await startStaticServer([]);
  server.put('/ar.html', AR_PAGE);
  server.put('/en.html', EN_PAGE);
  browser = await launchWithExtension({ profile: join(dir, 'profile') });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('.knowledge__pack').first().waitFor();
  await options.locator('#siyaq-pack-file').setInputFiles(packFile);
  await options.locator('[data-pack="e2e-other-language"]').waitFor();
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each passage's language, direction, label and text, in the card's order. */
function passages(card: CardLocator) {
  return card.locator('.siyaq-card__passages').evaluate((list) =>
    [...list.querySelectorAll('.siyaq-passage')].map((passage) => {
      const quote = passage.querySelector('.siyaq-passage__text')!;
      const label = passage.querySelector('.siyaq-passage__language');
      return {
        lang: quote.getAttribute('lang'),
        dir: quote.getAttribute('dir'),
        label: label?.textContent ?? null,
        labelled: label?.getAttribute('data-language') ?? null,
        text: quote.textContent ?? '',
      };
    }),
  );
}

async function kurskCard(path: string): Promise<{ page: Page; card: CardLocator }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await settledMarks(page, 1);
  const card = await hoverCard(page, path === '/ar.html' ? 'كورسك' : 'Kursk', 1);
  await expect.poll(() => card.getAttribute('data-topic')).toBe('kursk');
  await card.locator('.siyaq-passage').first().waitFor();
  return { page, card };
}

describe('a card shows the other language’s material', () => {
  it('on an Arabic page: the English passage, within the cap, labelled «بالإنجليزية», left to right', async () => {
    const { page, card } = await kurskCard('/ar.html');
    const shown = await passages(card);
    expect(shown).toHaveLength(6);
    const english = shown.filter((p) => p.lang === 'en');
    expect(english).toHaveLength(1);
    expect(english[0]).toMatchObject({ dir: 'ltr', label: 'بالإنجليزية', labelled: 'en' });
    expect(english[0]!.text).toContain(ENGLISH_PASSAGE);
    // The Arabic passages, in the page's language, carry no label.
    expect(shown.filter((p) => p.lang === 'ar').every((p) => p.dir === 'rtl' && p.label === null)).toBe(true);
    await card
      .locator('.siyaq-passage__language')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${ARTIFACTS}/card-other-language-ar.png` });
    await page.close();
  });

  it('on an English page: an Arabic passage labelled «بالعربية», right to left; the English one unlabelled', async () => {
    const { page, card } = await kurskCard('/en.html');
    const shown = await passages(card);
    const arabic = shown.filter((p) => p.lang === 'ar');
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((p) => p.dir === 'rtl' && p.label === 'بالعربية' && p.labelled === 'ar')).toBe(true);
    const english = shown.filter((p) => p.lang === 'en');
    expect(english).toHaveLength(1);
    expect(english[0]).toMatchObject({ dir: 'ltr', label: null });
    await card
      .locator('.siyaq-passage__language')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${ARTIFACTS}/card-other-language-en.png` });
    await page.close();
  });
});
