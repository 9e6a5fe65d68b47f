// @vitest-environment happy-dom
// Options → Knowledge as the reader meets it: a .siyaq file chosen or dropped
// is imported (progress only when it takes a while), and the outcome is said
// (installed, updated, too large, refused with its reason and field line);
// the pack rows' dates, sizes and warnings. The background is answered by the test.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { translator, type Lang } from '../../../lib/i18n/i18n';
import type { PackListing } from '../../../lib/messaging/protocol';
import { fail, ok } from '../../../lib/messaging/reply';
import { MAX_PACK_BYTES } from '../../../lib/packs/format';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { KnowledgeSection } from '../../../lib/ui/options/KnowledgeSection';
import { until, wait } from '../until';

const background = vi.hoisted(() => ({
  sent: [] as { type: string; request: Record<string, unknown> }[],
  packs: [] as unknown[],
  /** What import-begin answers with (a failure), or null to accept. */
  refuse: null as unknown,
  /** When set, the piece with this index waits for release(). */
  holdChunk: -1,
  holdCommit: false,
  released: null as null | (() => void),
  installed: null as unknown,
}));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: async (type: string, request: Record<string, unknown>) => {
    background.sent.push({ type, request });
    const held = () => new Promise<void>((resolve) => (background.released = resolve));
    switch (type) {
      case 'siyaq:packs':
        return ok(background.packs);
      case 'siyaq:pack-remove':
        background.packs = background.packs.filter((p) => (p as PackListing).meta.id !== request.pack);
        return ok(background.packs);
      case 'siyaq:import-begin':
        return background.refuse ?? ok({ session: 's1', chunkChars: 4 });
      case 'siyaq:import-chunk':
        if (request.index === background.holdChunk) await held();
        return ok(request.index);
      case 'siyaq:import-commit': {
        if (background.holdCommit) await held();
        const result = background.installed as { meta: PackListing['meta'] };
        background.packs = [...background.packs, listing(result.meta.id)];
        return ok(result);
      }
      default:
        return fail('bad-request', `unexpected ${type}`);
    }
  },
}));

function meta(id: string, dates: { from: string | null; to: string | null } = { from: '2023-09-19', to: '2024-05' }): PackListing['meta'] {
  return {
    id,
    title: { ar: `حزمة ${id}`, en: `Pack ${id}` },
    version: '2.0',
    description: { ar: '', en: '' },
    created: '2024-01-01T00:00:00Z',
    counts: { articles: 3, topics: 7 },
    dates,
  };
}

function listing(id: string, extra: Partial<PackListing> = {}): PackListing {
  return { meta: meta(id), builtin: false, enabled: true, bytes: 2048, warnings: [], ...extra };
}

let root: HTMLElement;

async function open(lang: Lang = 'en') {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: lang } });
  root = document.createElement('div');
  document.body.append(root);
  render(<KnowledgeSection />, root);
  await until(() => root.querySelector('h2')?.textContent === translator(lang)('knowledgeTitle'));
  await until(() => background.sent.some((m) => m.type === 'siyaq:packs'));
  await wait(10);
}

const section = () => root.querySelector<HTMLElement>('section')!;
const fileInput = () => root.querySelector<HTMLInputElement>('#siyaq-pack-file')!;
const statusBox = () => root.querySelector<HTMLElement>('.knowledge__status');
const paragraphs = () => [...(statusBox()?.querySelectorAll('p') ?? [])].map((p) => p.textContent);
const imports = () => background.sent.filter((m) => m.type === 'siyaq:import-begin').length;

function choose(file: File) {
  Object.defineProperty(fileInput(), 'files', { value: [file], configurable: true });
  fileInput().dispatchEvent(new Event('change', { bubbles: true }));
}

function drag(type: 'dragover' | 'dragleave' | 'drop', types: string[], files: unknown[] = []) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files } });
  section().dispatchEvent(event);
  return event;
}

const packFile = (name = 'harbours.siyaq') => new File(['abcdefghij'], name);

beforeEach(() => {
  fakeBrowser.reset();
  background.sent = [];
  background.packs = [];
  background.refuse = null;
  background.holdChunk = -1;
  background.holdCommit = false;
  background.released = null;
  background.installed = { meta: meta('harbours'), replaced: null, warnings: [] };
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

const en = translator('en');
const ar = translator('ar');

describe('Options → Knowledge: importing a pack', () => {
  it('names its parts, and installs a chosen file, saying so after the new list is shown', async () => {
    await open();
    expect(root.querySelector('.options__muted')!.textContent).toBe(en('knowledgeIntro'));
    expect(root.querySelector('.knowledge__file span')!.textContent).toBe(en('knowledgeImport'));
    expect(root.querySelector('.knowledge__import > .options__muted')!.textContent).toBe(en('knowledgeDrop'));
    expect(statusBox()).toBeNull();
    choose(packFile());
    await until(() => statusBox());
    expect(statusBox()!.getAttribute('role')).toBe('status');
    expect(paragraphs()).toEqual([en('knowledgeInstalled', 'Pack harbours', '2.0')]);
    expect(root.querySelector('.knowledge__title')!.textContent).toBe('Pack harbours');
    expect(fileInput().disabled).toBe(false);
  });

  it('says which version an update replaced, in Arabic too', async () => {
    background.installed = { meta: meta('harbours'), replaced: '1.0', warnings: [] };
    await open('ar');
    choose(packFile());
    await until(() => statusBox());
    expect(paragraphs()).toEqual([ar('knowledgeUpdated', 'حزمة harbours', '1.0', '2.0')]);
  });

  it('refuses a file over the limit, saying its size and the limit, as an alert', async () => {
    await open();
    const big = new File([''], 'huge.siyaq');
    Object.defineProperty(big, 'size', { value: MAX_PACK_BYTES + 2 * 1024 * 1024 });
    choose(big);
    await until(() => statusBox());
    expect(statusBox()!.getAttribute('role')).toBe('alert');
    expect(statusBox()!.dataset.reason).toBe('too-large');
    expect(paragraphs()).toEqual([en('knowledgeFailed', 'huge.siyaq'), en('knowledgeTooLarge', '66 MB', '64 MB')]);
    expect(imports()).toBe(0);
  });

  it('words the size limit in Arabic, with a fraction of a megabyte', async () => {
    await open('ar');
    const big = new File([''], 'huge.siyaq');
    Object.defineProperty(big, 'size', { value: MAX_PACK_BYTES + 512 * 1024 });
    choose(big);
    await until(() => statusBox());
    expect(paragraphs()[1]).toBe(ar('knowledgeTooLarge', '64.5 MB', '64 MB'));
  });

  it('says why the background refused a file, and shows a validator’s field line as written', async () => {
    background.refuse = fail('refused', 'quota', { key: 'quota', args: [] });
    await open();
    choose(packFile('full.siyaq'));
    await until(() => statusBox());
    expect(statusBox()!.getAttribute('role')).toBe('alert');
    expect(statusBox()!.dataset.reason).toBe('quota');
    expect(paragraphs()).toEqual([en('knowledgeFailed', 'full.siyaq'), en('packErrorQuota')]);
    expect(root.querySelector('.knowledge__technical')).toBeNull();

    background.refuse = fail('refused', 'invalid', { key: 'invalid', args: ['meta.version', 'must be dotted numbers', 'version'] });
    choose(packFile('odd.siyaq'));
    await until(() => statusBox()?.dataset.reason === 'invalid');
    expect(paragraphs()[0]).toBe(en('knowledgeFailed', 'odd.siyaq'));
    expect(paragraphs()[1]).toContain('its version is not numbers with dots');
    const technical = root.querySelector<HTMLElement>('.knowledge__technical')!;
    expect(technical.textContent).toBe('meta.version must be dotted numbers');
    expect(technical.getAttribute('dir')).toBe('ltr');
  });

  it('shows no progress for a quick import, and ignores a second file while one is being imported', async () => {
    await open();
    const seen: string[] = [];
    const watcher = new MutationObserver(() => {
      if (root.querySelector('.knowledge__progress')) seen.push('progress');
    });
    watcher.observe(root, { childList: true, subtree: true });
    choose(packFile());
    await until(() => statusBox());
    await wait(20);
    watcher.disconnect();
    expect(seen).toEqual([]);

    background.holdChunk = 1;
    choose(packFile('first.siyaq'));
    await until(() => background.released);
    expect(fileInput().disabled).toBe(true);
    expect(statusBox()).toBeNull();
    drag('drop', ['Files'], [packFile('second.siyaq')]);
    await wait(20);
    expect(imports()).toBe(2);
    background.released!();
    await until(() => statusBox());
    expect(paragraphs()).toEqual([en('knowledgeInstalled', 'Pack harbours', '2.0')]);
    expect(fileInput().disabled).toBe(false);
  });

  it('shows progress once an import takes a while: the sending, then the installing', async () => {
    background.holdChunk = 1;
    background.holdCommit = true;
    await open();
    choose(packFile('slow.siyaq'));
    await until(() => background.released);
    expect(root.querySelector('.knowledge__progress')).toBeNull();
    await until(() => root.querySelector('.knowledge__progress'));
    const box = root.querySelector<HTMLElement>('.knowledge__progress')!;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.querySelector('span')!.textContent).toBe(en('knowledgeImporting', 'slow.siyaq'));
    expect(box.querySelector('progress')!.getAttribute('value')).toBe(String(4 / 10));
    const release = background.released!;
    background.released = null;
    release();
    await until(() => background.released);
    await until(() => root.querySelector('.knowledge__progress span')?.textContent === en('knowledgeInstalling', 'slow.siyaq'));
    expect(root.querySelector('.knowledge__progress progress')!.hasAttribute('value')).toBe(false);
    background.released!();
    await until(() => statusBox());
    expect(root.querySelector('.knowledge__progress')).toBeNull();
  });

  it('imports a dropped file, marking the section only while files are dragged over it', async () => {
    await open();
    expect(section().classList.contains('knowledge--dragging')).toBe(false);
    const text = drag('dragover', ['text/plain']);
    expect(text.defaultPrevented).toBe(false);
    await wait(10);
    expect(section().classList.contains('knowledge--dragging')).toBe(false);
    const files = drag('dragover', ['Files']);
    expect(files.defaultPrevented).toBe(true);
    await until(() => section().classList.contains('knowledge--dragging'));
    drag('dragleave', ['Files']);
    await until(() => !section().classList.contains('knowledge--dragging'));
    drag('dragover', ['Files']);
    await until(() => section().classList.contains('knowledge--dragging'));
    drag('drop', ['Files'], [packFile('dropped.siyaq')]);
    await until(() => statusBox());
    expect(section().classList.contains('knowledge--dragging')).toBe(false);
    expect(paragraphs()).toEqual([en('knowledgeInstalled', 'Pack harbours', '2.0')]);
    // A drop without a file does nothing.
    drag('drop', ['Files'], []);
    await wait(20);
    expect(imports()).toBe(1);
  });
});

describe('Options → Knowledge: the pack rows', () => {
  it('shows one date when only one is known, none when neither is, and sizes from bytes to gigabytes', async () => {
    background.packs = [
      listing('one', { meta: meta('one', { from: null, to: '2024' }), bytes: 500 }),
      listing('none', { meta: meta('none', { from: null, to: null }), bytes: 1024 }),
      listing('half', { bytes: 1536 }),
      listing('huge', { bytes: 5 * 1024 ** 4 }),
    ];
    await open();
    await until(() => root.querySelectorAll('.knowledge__pack').length === 4);
    const [one, none, half, huge] = [...root.querySelectorAll<HTMLElement>('.knowledge__pack')];
    expect(one!.querySelector('.knowledge__meta')!.textContent).toBe(
      `${en('knowledgeVersion', '2.0')} · ${en('knowledgeCounts', 3, 7)} · 2024 · 500 B`,
    );
    expect(none!.querySelector('.knowledge__meta')!.textContent).toBe(
      `${en('knowledgeVersion', '2.0')} · ${en('knowledgeCounts', 3, 7)} · 1 KB`,
    );
    expect(half!.querySelector('bdi')!.textContent).toBe('1.5 KB');
    expect(huge!.querySelector('bdi')!.textContent).toBe('5,120 GB');
    expect(root.querySelector('.knowledge__warnings')).toBeNull();
    expect(root.querySelector('.knowledge__toggle')!.parentElement!.textContent).toBe(en('knowledgeOn'));
    expect(root.querySelector('.knowledge__remove')!.textContent).toBe(en('knowledgeRemove'));
  });

  it('words an alias another pack keeps, and says in Arabic which pack was removed', async () => {
    background.packs = [
      listing('extra', {
        warnings: [{ pack: 'extra', kind: 'alias', what: 'Baku', topic: 'baku-city', keptBy: { pack: 'siyaq', topic: 'baku' } }],
      }),
    ];
    await open('ar');
    await until(() => root.querySelector('.knowledge__warnings'));
    expect(root.querySelector('.knowledge__warnings > p')!.textContent).toBe(ar('knowledgeWarnings'));
    expect(root.querySelector('.knowledge__warnings li')!.textContent).toBe(
      ar('knowledgeWarningAlias', 'Baku', 'baku-city', 'siyaq', 'baku'),
    );
    root.querySelector<HTMLButtonElement>('.knowledge__remove')!.click();
    await until(() => statusBox());
    expect(statusBox()!.getAttribute('role')).toBe('status');
    expect(paragraphs()).toEqual([ar('knowledgeRemoved', 'حزمة extra')]);
    expect(root.querySelectorAll('.knowledge__pack')).toHaveLength(0);
  });
});
