// @vitest-environment happy-dom
// A pack file sent to the background in pieces (letters that straddle two
// pieces kept whole, progress reported, abandoned on failure), and Options →
// My library: saved articles listed newest first, searched, deleted one by
// one or all after a confirmation.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { lt } from '../../../lib/library/strings';
import type { SavedSummary } from '../../../lib/library/types';
import { fail, ok } from '../../../lib/messaging/reply';
import { MAX_PACK_BYTES } from '../../../lib/packs/format';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { importPackFile, type ImportProgress } from '../../../lib/ui/options/import-pack';
import { LibrarySection } from '../../../lib/ui/options/LibrarySection';
import { until } from '../until';

const fake = vi.hoisted(() => ({
  sent: [] as { type: string; request: Record<string, unknown> }[],
  chunkChars: 4,
  failChunk: -1,
  throwChunk: -1,
  failBegin: false,
  saved: [] as unknown[],
}));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: (type: string, request: Record<string, unknown>) => {
    fake.sent.push({ type, request });
    switch (type) {
      case 'siyaq:import-begin':
        return Promise.resolve(fake.failBegin ? fail('refused', 'another import') : ok({ session: 's1', chunkChars: fake.chunkChars }));
      case 'siyaq:import-chunk':
        if (request.index === fake.throwChunk) return Promise.reject(new Error('port closed'));
        return Promise.resolve(request.index === fake.failChunk ? fail('bad-request', 'out of order') : ok(request.index));
      case 'siyaq:import-commit':
        return Promise.resolve(ok({ meta: { id: 'p' }, replaced: null, warnings: [] }));
      case 'siyaq:library-list':
        return Promise.resolve(ok(fake.saved));
      case 'siyaq:library-delete':
        fake.saved = fake.saved.filter((a) => !(request.ids as string[]).includes((a as SavedSummary).id));
        return Promise.resolve(ok(fake.saved));
      case 'siyaq:library-clear':
        fake.saved = [];
        return Promise.resolve(ok([]));
      default:
        return Promise.resolve(ok([]));
    }
  },
}));

beforeEach(() => {
  fakeBrowser.reset();
  fake.sent = [];
  fake.chunkChars = 4;
  fake.failChunk = -1;
  fake.throwChunk = -1;
  fake.failBegin = false;
});

const chunks = () => fake.sent.filter((m) => m.type === 'siyaq:import-chunk').map((m) => m.request);

describe('importPackFile', () => {
  it('sends the file in pieces, in order, keeping a letter split between two pieces whole, then commits', async () => {
    const progress: ImportProgress[] = [];
    // 10 bytes in pieces of 4: the two bytes of س fall in the first and the second piece.
    const file = new Blob(['abcسdefgh']);
    const outcome = await importPackFile(file, (p) => progress.push(p));
    expect(outcome).toEqual(ok({ meta: { id: 'p' }, replaced: null, warnings: [] }));
    expect(fake.sent[0]).toEqual({ type: 'siyaq:import-begin', request: { bytes: 10 } });
    expect(chunks().map((c) => c.index)).toEqual([0, 1, 2]);
    expect(
      chunks()
        .map((c) => c.text)
        .join(''),
    ).toBe('abcسdefgh');
    expect(chunks().map((c) => c.text)).toEqual(['abc', 'سdef', 'gh']);
    expect(chunks().every((c) => c.session === 's1')).toBe(true);
    expect(fake.sent.at(-1)).toEqual({ type: 'siyaq:import-commit', request: { session: 's1' } });
    expect(progress).toEqual([
      { stage: 'sending', fraction: 4 / 10 },
      { stage: 'sending', fraction: 8 / 10 },
      { stage: 'sending', fraction: 1 },
      { stage: 'installing' },
    ]);
  });

  it('sends one empty piece for an empty file', async () => {
    await importPackFile(new Blob([]), () => {});
    expect(chunks()).toEqual([{ session: 's1', index: 0, text: '' }]);
  });

  it('refuses a file over the limit without sending anything', async () => {
    const big = { size: MAX_PACK_BYTES + 1 } as Blob;
    expect(await importPackFile(big, () => {})).toEqual({ ok: false, tooLarge: { bytes: MAX_PACK_BYTES + 1, max: MAX_PACK_BYTES } });
    expect(fake.sent).toEqual([]);
  });

  it('stops at a refused start or piece, and abandons the session when sending fails', async () => {
    fake.failBegin = true;
    expect(await importPackFile(new Blob(['abcdefgh']), () => {})).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(chunks()).toEqual([]);
    fake.failBegin = false;
    fake.failChunk = 1;
    expect(await importPackFile(new Blob(['abcdefghijkl']), () => {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(chunks().map((c) => c.index)).toEqual([0, 1]);
    expect(fake.sent.some((m) => m.type === 'siyaq:import-commit')).toBe(false);
    fake.sent = [];
    fake.failChunk = -1;
    fake.throwChunk = 0;
    expect(await importPackFile(new Blob(['abcdefgh']), () => {})).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'port closed' },
    });
    expect(fake.sent.at(-1)).toEqual({ type: 'siyaq:import-cancel', request: { session: 's1' } });
  });

  it('abandons the session if the page goes away mid-way, and not after it ends', async () => {
    fake.chunkChars = 2;
    let left = false;
    const going = importPackFile(new Blob(['abcdef']), () => {
      if (!left) dispatchEvent(new Event('pagehide'));
      left = true;
    });
    await going;
    expect(fake.sent.filter((m) => m.type === 'siyaq:import-cancel')).toHaveLength(1);
    dispatchEvent(new Event('pagehide'));
    expect(fake.sent.filter((m) => m.type === 'siyaq:import-cancel')).toHaveLength(1);
  });
});

function saved(id: string, title: string, savedAt: number, date: string | null = null): SavedSummary {
  return { id, title, site: 'news.example', address: `https://news.example/${id}`, date, language: 'en', savedAt, chars: 100 };
}

describe('LibrarySection', () => {
  let root: HTMLElement;
  let save: ReturnType<typeof vi.fn<(s: Settings) => Promise<void>>>;

  async function open() {
    save = vi.fn<(s: Settings) => Promise<void>>(() => Promise.resolve());
    root = document.createElement('div');
    document.body.append(root);
    render(<LibrarySection lang="en" settings={{ ...DEFAULT_SETTINGS }} save={save} />, root);
    // The section's own list or its own "nothing saved" (the tracked names have theirs too).
    await until(() => root.querySelector('#siyaq-library-list, .library > .library__empty'));
  }

  afterEach(() => {
    render(null, root);
    document.body.replaceChildren();
  });

  const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
  const titles = () => [...root.querySelectorAll('.library__title')].map((t) => t.textContent);

  it('lists saved articles newest first, with site and date, and says when there are none', async () => {
    fake.saved = [saved('a1', 'Older story', 1000, '2024-01-02'), saved('a2', 'Newer story', 2000)];
    await open();
    expect(titles()).toEqual(['Newer story', 'Older story']);
    expect(root.querySelectorAll('.library__meta')[1]!.textContent).toContain('2024-01-02');
    expect(root.querySelectorAll('.library__meta')[0]!.querySelectorAll('bdi')).toHaveLength(1);
    render(null, root);
    fake.saved = [];
    await open();
    expect(texts('.library > .library__empty')).toEqual([lt('en', 'libraryEmpty')]);
    expect(root.querySelector('#siyaq-library-list')).toBeNull();
  });

  it('shows the saved articles under the library’s own heading, before the tracked names’ subheading', async () => {
    // After the subheading they would read as part of the tracked names.
    const topics = () => root.querySelector('.library__topics')!;
    const before = (el: Element | null) => !!el && (el.compareDocumentPosition(topics()) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    fake.saved = [];
    await open();
    expect(before(root.querySelector('.library > .library__empty'))).toBe(true);
    render(null, root);
    fake.saved = [saved('a1', 'A story', 1000)];
    await open();
    for (const id of ['#siyaq-library-count', '#siyaq-library-search', '#siyaq-library-list'])
      expect(before(root.querySelector(id)), id).toBe(true);
  });

  it('finds saved articles by title, site or address, forgiving case and diacritics', async () => {
    fake.saved = [saved('a1', 'Baku talks', 1000), saved('a2', 'Quenlin speaks', 2000)];
    await open();
    const search = root.querySelector<HTMLInputElement>('#siyaq-library-search')!;
    search.value = 'BAKU';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => titles().length === 1);
    expect(titles()).toEqual(['Baku talks']);
    search.value = 'news.example/a2';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => titles()[0] === 'Quenlin speaks');
    search.value = 'nowhere';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => titles().length === 0);
    expect(texts('.library > .library__empty')).toEqual([lt('en', 'libraryNoMatch')]);
  });

  it('deletes one article, and all only after a confirmation', async () => {
    fake.saved = [saved('a1', 'One', 1000), saved('a2', 'Two', 2000), saved('a3', 'Three', 3000)];
    await open();
    root.querySelector<HTMLButtonElement>('[data-id="a2"] .library__delete')!.click();
    await until(() => titles().length === 2);
    expect(fake.sent.find((m) => m.type === 'siyaq:library-delete')!.request).toEqual({ ids: ['a2'] });
    root.querySelector<HTMLButtonElement>('#siyaq-library-delete-all')!.click();
    await until(() => root.querySelector('[role="alertdialog"]'));
    root.querySelector<HTMLButtonElement>('[role="alertdialog"] button:not(#siyaq-library-confirm-yes)')!.click();
    await until(() => root.querySelector('#siyaq-library-delete-all'));
    expect(titles()).toHaveLength(2);
    root.querySelector<HTMLButtonElement>('#siyaq-library-delete-all')!.click();
    await until(() => root.querySelector('#siyaq-library-confirm-yes'));
    root.querySelector<HTMLButtonElement>('#siyaq-library-confirm-yes')!.click();
    await until(() => titles().length === 0 && root.querySelector('.library > .library__empty'));
  });

  it('saves the private-window switch through the settings', async () => {
    fake.saved = [];
    await open();
    root.querySelector<HTMLInputElement>('#siyaq-save-private')!.click();
    expect(save).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, saveInPrivate: true });
  });
});
