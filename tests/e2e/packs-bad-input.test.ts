// Bad pack files through the options page of the built extension: each gets a
// clear message and leaves the installed packs exactly as they were. Also the
// update rule (higher version replaces, same or lower is refused) and markup
// in a pack's text, which must stay text.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPack } from '../../lib/packs/build';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension-browser';
import { hoverCard, markedRanges } from './harness/page-probes';
import { startStaticServer, type StaticServer } from './harness/static-server';

const ARTIFACTS = 'artifacts/e2e';
const CONTENT = 'tests/e2e/fixtures/pack-content';
let browser: ExtensionBrowser;
let server: StaticServer;
let dir: string;
let good: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'siyaq-bad-packs-'));
  good = await buildPack(CONTENT);
  server = await startStaticServer([]);
  server.put(
    '/harbour.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><p>Ships are back at Zorvath Harbour, officials said.</p></body></html>',
  );
  browser = await launchWithExtension({ profile: join(dir, 'profile') });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('.knowledge__pack').first().waitFor();
  return page;
}

/** The installed packs as the options page lists them: id, version, on/off. */
const listing = (options: Page) =>
  options
    .locator('.knowledge__pack')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          `${(r as HTMLElement).dataset.pack}:${(r as HTMLElement).dataset.enabled}:${r.querySelector('.knowledge__meta')?.textContent}`,
      ),
    );

/** Imports a file and returns the options page's message. */
async function importText(options: Page, name: string, text: string | Buffer): Promise<string> {
  const status = options.locator('.knowledge__status');
  const previous = (await status.count()) > 0 ? await status.textContent() : null;
  await options.locator('#siyaq-pack-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
  await expect
    .poll(
      async () =>
        (await options.locator('.knowledge__status').count()) > 0 &&
        (await options.locator('.knowledge__status').textContent()) !== previous,
    )
    .toBe(true);
  return (await options.locator('.knowledge__status').textContent()) ?? '';
}

/** The pack with its body changed and its header's length and checksum made to match again. */
function withBody(text: string, change: (b: Record<string, unknown>) => void): string {
  const at = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, at)) as Record<string, unknown>;
  const body = JSON.parse(text.slice(at + 1)) as Record<string, unknown>;
  change(body);
  const json = Buffer.from(JSON.stringify(body));
  header.body = { bytes: json.length, sha256: createHash('sha256').update(json).digest('hex') };
  return `${JSON.stringify(header)}\n${json.toString()}`;
}

function withHeader(text: string, change: (h: Record<string, unknown>) => void): string {
  const at = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, at)) as Record<string, unknown>;
  change(header);
  return `${JSON.stringify(header)}${text.slice(at)}`;
}

describe('bad pack files change nothing', () => {
  it('installs the good pack first', async () => {
    const options = await optionsPage();
    expect(await importText(options, 'harbours.siyaq', good)).toContain('1.0');
    expect((await listing(options)).map((l) => l.split(':')[0])).toEqual(['siyaq', 'e2e-harbours']);
    await options.close();
  });

  // The options page speaks the browser's language (Arabic here): every problem is worded in it, with
  // the file's name; the machine reason stays on the message for tests; only a validator's field path
  // is shown as written.
  const cases: [string, string, () => string | Buffer, string, RegExp][] = [
    [
      'a file that is not a pack',
      'page.siyaq',
      () => '<!doctype html><html><body><script>alert(1)</script></body></html>',
      'not-a-pack',
      /هذا الملف ليس حزمة معرفة لسياق/,
    ],
    ['a truncated pack', 'cut.siyaq', () => good.slice(0, Math.floor(good.length * 0.6)), 'truncated', /الحزمة ناقصة/],
    ['a corrupted pack', 'damaged.siyaq', () => good.replace('storm', 'sform'), 'corrupted', /الحزمة تالفة/],
    ['an unknown format version', 'future.siyaq', () => withHeader(good, (h) => (h.format = 7)), 'unknown-format', /الإصدار 7 من الصيغة/],
    [
      'a pack with a wrong field',
      'wrong.siyaq',
      () => withBody(good, (b) => ((b.names as { topics: { kind: string }[] }).topics[0]!.kind = 'planet')),
      'invalid',
      /الحزمة غير صالحة/,
    ],
    [
      'the same version again',
      'same.siyaq',
      () => good,
      'same-version',
      /«حزمة الموانئ للاختبار» مثبّتة من قبل بالإصدار 1\.0، وهذا الملف بالإصدار نفسه/,
    ],
    [
      'an older version',
      'old.siyaq',
      () => withHeader(good, (h) => (h.version = '0.9')),
      'older-version',
      /مثبّتة من قبل بالإصدار 1\.0، وهذا الملف إصدار أقدم \(0\.9\)/,
    ],
    ['the built-in pack’s id', 'builtin.siyaq', () => withHeader(good, (h) => (h.id = 'siyaq')), 'builtin-id', /معرّف معرفة سياق المدمجة/],
  ];
  for (const [what, name, make, reason, message] of cases) {
    it(`refuses ${what}`, async () => {
      const options = await optionsPage();
      const before = await listing(options);
      const status = await importText(options, name, make());
      expect(status).toMatch(message);
      expect(status).toContain(name);
      const alert = options.locator('.knowledge__status');
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.getAttribute('data-reason')).toBe(reason);
      // No English beyond the file's name and the field path a validator names.
      const technical = (await alert.locator('code').count()) > 0 ? await alert.locator('code').textContent() : '';
      expect(
        status
          .replace(name, '')
          .replace(technical ?? '', '')
          .replaceAll('.siyaq', ''),
      ).not.toMatch(/[A-Za-z]{3,}/);
      expect(await listing(options)).toEqual(before);
      if (reason === 'invalid') {
        expect(technical).toBe('names.topics[0].kind must be one of place, person, organisation, treaty, event');
        expect(await alert.locator('code').getAttribute('dir')).toBe('ltr');
        await options.screenshot({ path: `${ARTIFACTS}/options-knowledge-invalid-ar.png`, fullPage: true });
      }
      await options.close();
    });
  }

  it('refuses a 200 MB file before reading it', async () => {
    const big = join(dir, 'huge.siyaq');
    const fd = openSync(big, 'w');
    closeSync(fd);
    // A sparse file: 200 MB on paper, nothing on disk.
    const { truncateSync } = await import('node:fs');
    truncateSync(big, 200 * 1024 * 1024);
    const options = await optionsPage();
    const before = await listing(options);
    await options.locator('#siyaq-pack-file').setInputFiles(big);
    await expect.poll(() => options.locator('.knowledge__status').textContent()).toContain('200 MB');
    expect(await options.locator('.knowledge__status').textContent()).toContain('64 MB');
    expect(await listing(options)).toEqual(before);
    await options.close();
  });

  it('an import abandoned halfway (its page closed) changes nothing', async () => {
    const options = await optionsPage();
    const before = await listing(options);
    const updated = await buildPack(CONTENT);
    const next = withHeader(updated, (h) => (h.version = '3'));
    // The first half of a newer version, as the options page would send it, then the page goes away.
    await options.evaluate(async (text) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<{ value: { session: string } }> } } }
      ).chrome.runtime;
      const begun = await runtime.sendMessage({ type: 'siyaq:import-begin', bytes: text.length });
      await runtime.sendMessage({
        type: 'siyaq:import-chunk',
        session: begun.value.session,
        index: 0,
        text: text.slice(0, text.length / 2),
      });
    }, next);
    await options.close();
    const again = await optionsPage();
    expect(await listing(again)).toEqual(before);
    await again.close();
  });

  it('a full storage quota gets a clear message and changes nothing', async () => {
    const options = await optionsPage();
    const before = await listing(options);
    // Chromium cannot lower an extension's quota (Storage.overrideQuotaForOrigin leaves
    // extension origins at their default), so the background's IndexedDB answers the
    // way a full disk does: the pack body's write fails with QuotaExceededError.
    await browser.worker.evaluate(() => {
      const proto = IDBObjectStore.prototype;
      const realPut = Object.getOwnPropertyDescriptor(proto, 'put')!.value as IDBObjectStore['put'];
      Object.defineProperty(proto, 'realPut', { value: realPut, configurable: true });
      Object.defineProperty(proto, 'put', {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
          if (this.name === 'bodies') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return realPut.call(this, value, key);
        },
      });
    });
    try {
      const status = await importText(
        options,
        'newer.siyaq',
        withHeader(good, (h) => (h.version = '2')),
      );
      expect(status).toMatch(/امتلأت مساحة التخزين المخصصة لسياق/);
      expect(await options.locator('.knowledge__status').getAttribute('data-reason')).toBe('quota');
      expect(await listing(options)).toEqual(before);
    } finally {
      await browser.worker.evaluate(() => {
        const proto = IDBObjectStore.prototype;
        const realPut = Object.getOwnPropertyDescriptor(proto, 'realPut')!.value as IDBObjectStore['put'];
        Object.defineProperty(proto, 'put', { value: realPut, configurable: true, writable: true });
      });
    }
    // Reloaded from the database, not from the page's memory.
    const again = await optionsPage();
    expect(await listing(again)).toEqual(before);
    await again.close();
    await options.close();
  });

  it('a higher version replaces the installed one', async () => {
    const options = await optionsPage();
    const status = await importText(
      options,
      'newer.siyaq',
      withHeader(good, (h) => (h.version = '2')),
    );
    // The options page speaks the browser's language (Arabic here).
    expect(status).toMatch(/من الإصدار 1\.0 إلى 2/);
    expect((await listing(options)).map((l) => l.split(':')[0])).toEqual(['siyaq', 'e2e-harbours']);
    expect(await options.locator('[data-pack="e2e-harbours"] .knowledge__meta').textContent()).toContain('2');
    await options.close();
  });
});

describe('markup inside a pack', () => {
  it('is shown as text in the options page and in cards', async () => {
    const src = join(dir, 'markup');
    mkdirSync(join(src, 'articles'), { recursive: true });
    mkdirSync(join(src, 'topics'), { recursive: true });
    const { readFileSync } = await import('node:fs');
    writeFileSync(
      join(src, 'pack.yaml'),
      readFileSync(join(CONTENT, 'pack.yaml'), 'utf8')
        .replace('id: e2e-harbours', 'id: e2e-markup')
        .replace('en: Test harbours pack', 'en: "<b>Bold</b> pack"')
        .replace('ar: حزمة الموانئ للاختبار', 'ar: "<img src=x onerror=window.__pwned=1> حزمة"'),
    );
    writeFileSync(
      join(src, 'articles/e2e-markup-article.md'),
      readFileSync(join(CONTENT, 'articles/e2e-zorvath-harbour.md'), 'utf8')
        .replace('id: e2e-zorvath-harbour', 'id: e2e-markup-article')
        .replaceAll('Zorvath Harbour', 'Quenlin Bay'),
    );
    writeFileSync(
      join(src, 'topics/places.yaml'),
      readFileSync(join(CONTENT, 'topics/places.yaml'), 'utf8')
        .replace('id: zorvath-harbour', 'id: quenlin-bay')
        .replace('ar: ميناء زورفاث', 'ar: خليج كوينلين')
        .replaceAll('Zorvath Harbour', 'Quenlin Bay')
        .replace('e2e-zorvath-harbour', 'e2e-markup-article')
        .replace('ar: ميناء أُعيد فتحه بعد عاصفة.', 'ar: "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script> خليج"'),
    );
    writeFileSync(join(dir, 'page.html'), '');
    server.put(
      '/bay.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><p>Ships are back at Quenlin Bay, officials said.</p></body></html>',
    );
    const options = await optionsPage();
    expect(await importText(options, 'markup.siyaq', await buildPack(src))).toContain('1.0');
    const row = options.locator('[data-pack="e2e-markup"]');
    expect(await row.locator('.knowledge__title').textContent()).toBe('<img src=x onerror=window.__pwned=1> حزمة');
    expect(await options.locator('img, b').count()).toBe(0);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const page = await browser.context.newPage();
    await page.goto(server.url('/bay.html'));
    await expect.poll(async () => (await markedRanges(page)).map((m) => m.text), { timeout: 5000 }).toContain('Quenlin Bay');
    const card = await hoverCard(page, 'Quenlin Bay');
    await expect.poll(() => card.locator('.siyaq-card__background').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await card.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: `${ARTIFACTS}/pack-markup-card.png` });
    await page.close();
    await options.close();
  });
});
