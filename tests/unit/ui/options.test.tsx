// @vitest-environment happy-dom
// The options page: each setting saved as it changes, typed values checked
// with a reason, the site list, corrections with undo, and the knowledge packs
// (listed, turned on and off, removed), with the background answered by the test.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

import { translator } from '../../../lib/i18n/i18n';
import type { PackListing } from '../../../lib/messaging/protocol';
import { fail, ok } from '../../../lib/messaging/reply';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { OptionsApp } from '../../../lib/ui/options/OptionsApp';
import { until, wait } from '../until';

const background = vi.hoisted(() => ({
  sent: [] as { type: string; request: Record<string, unknown> }[],
  packs: [] as unknown[],
  unreachable: false,
}));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: (type: string, request: Record<string, unknown>) => {
    background.sent.push({ type, request });
    if (background.unreachable) return Promise.resolve(fail('unreachable', 'restarting'));
    if (type === 'siyaq:packs') return Promise.resolve(ok(background.packs));
    if (type === 'siyaq:pack-enable') {
      background.packs = background.packs.map((p) =>
        (p as PackListing).meta.id === request.pack ? { ...(p as PackListing), enabled: request.enabled } : p,
      );
      return Promise.resolve(ok(background.packs));
    }
    if (type === 'siyaq:pack-remove') {
      background.packs = background.packs.filter((p) => (p as PackListing).meta.id !== request.pack);
      return Promise.resolve(ok(background.packs));
    }
    return Promise.resolve(ok([]));
  },
}));

const en = translator('en');

/** Waits until the stored settings hold check (saving is asynchronous). */
async function saved(check: (s: Settings) => boolean, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!check(await stored())) {
    if (Date.now() > end) throw new Error(`not saved: ${check.toString()}`);
    await wait(10);
  }
}

function pack(id: string, extra: Partial<PackListing> = {}): PackListing {
  return {
    meta: {
      id,
      title: { ar: `حزمة ${id}`, en: `Pack ${id}` },
      version: '1.2',
      description: { ar: '', en: `About ${id}` },
      created: '2024-01-01T00:00:00Z',
      counts: { articles: 3, topics: 7 },
      dates: { from: '2023-09-19', to: '2024-05' },
    },
    builtin: false,
    enabled: true,
    bytes: 2048,
    warnings: [],
    ...extra,
  };
}

const stored = async (): Promise<Settings> => ((await fakeBrowser.storage.local.get('settings')) as { settings: Settings }).settings;

let root: HTMLElement;

async function open(settings: Partial<Settings> = {}) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, language: 'en', ...settings } });
  root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp />, root);
  await until(() => root.querySelector('#siyaq-enabled'));
  await wait(20);
}

const status = () => root.querySelector('main > p[role="status"]')?.textContent;

function type(input: HTMLInputElement, value: string, commit = true) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  background.sent = [];
  background.packs = [];
  background.unreachable = false;
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

describe('OptionsApp', () => {
  it('shows the stored settings and saves a switch as soon as it changes', async () => {
    await open({ enabled: true, markStyle: 'background' });
    const enabled = root.querySelector<HTMLInputElement>('#siyaq-enabled')!;
    expect(enabled.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[value="background"]')!.checked).toBe(true);
    enabled.click();
    await until(() => status() === en('optionsSaved'));
    await saved((stored) => !stored.enabled);
  });

  it('saves each choice: mark style, language, theme and text size', async () => {
    await open();
    for (const [value, key] of [
      ['none', 'markStyle'],
      ['ar', 'language'],
      ['dark', 'theme'],
      ['larger', 'textSize'],
    ] as const) {
      root.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!.click();
      await saved((stored) => stored[key] === value);
    }
    expect(root.querySelector('main')!.dataset.theme).toBe('dark');
  });

  it('saves a hover delay typed within the range, and says why another is refused', async () => {
    await open();
    const delay = root.querySelector<HTMLInputElement>('#siyaq-delay')!;
    expect(delay.value).toBe(String(DEFAULT_SETTINGS.hoverDelayMs));
    type(delay, '450');
    await saved((stored) => stored.hoverDelayMs === 450);
    expect(delay.getAttribute('aria-invalid')).toBe('false');

    type(delay, '9000');
    await until(() => root.querySelector('#siyaq-delay-error'));
    expect(root.querySelector('#siyaq-delay-error')!.textContent).toBe(en('optionsDelayInvalid', 0, 1500));
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    expect(delay.getAttribute('aria-describedby')).toBe('siyaq-delay-error');
    expect((await stored()).hoverDelayMs).toBe(450);

    type(delay, '  ');
    await until(() => root.querySelector('#siyaq-delay-error')?.textContent === en('optionsDelayEmpty'));
    // Typing again clears the message until the value is committed.
    type(delay, '3', false);
    await until(() => !root.querySelector('#siyaq-delay-error'));
    expect((await stored()).hoverDelayMs).toBe(450);
  });

  it('adds a site as typed or pasted, refuses what is not one, and removes one', async () => {
    await open({ disabledSites: ['old.example'] });
    expect([...root.querySelectorAll('.options__sites bdi')].map((b) => b.textContent)).toEqual(['old.example']);
    const site = root.querySelector<HTMLInputElement>('#siyaq-site')!;
    const form = root.querySelector<HTMLFormElement>('.options__add')!;
    type(site, 'https://www.News.example/story?id=1', false);
    await wait(20);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => status() === en('optionsSiteAdded', 'news.example'));
    expect((await stored()).disabledSites).toEqual(['old.example', 'news.example']);
    expect(site.value).toBe('');

    type(site, 'not a site!', false);
    await wait(20);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => root.querySelector('#siyaq-site-error'));
    expect(root.querySelector('#siyaq-site-error')!.textContent).toBe(en('optionsSiteInvalid', 'not a site!'));
    expect(site.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).disabledSites).toEqual(['old.example', 'news.example']);
    type(site, 'x', false);
    await until(() => !root.querySelector('#siyaq-site-error'));

    root.querySelector<HTMLButtonElement>('.options__sites button')!.click();
    await saved((stored) => stored.disabledSites.join() === 'news.example');
  });

  it('says when no site is turned off', async () => {
    await open();
    expect(root.querySelector('.options__muted')!.textContent).toBe(en('optionsNoDisabledSites'));
  });

  it('lists corrections newest first, and undoes one', async () => {
    await fakeBrowser.storage.local.set({
      corrections: [
        { topic: 'quenlin', wording: 'Quenlin', site: 'news.example', at: 1 },
        { topic: 'zorvath', wording: 'Zorvath', site: null, at: 2 },
      ],
    });
    await open();
    await until(() => root.querySelectorAll('.options__corrections li').length === 2);
    const items = [...root.querySelectorAll('.options__corrections li')];
    expect(items.map((li) => li.getAttribute('data-topic'))).toEqual(['zorvath', 'quenlin']);
    expect(items[0]!.textContent).toContain(en('correctionsEverywhere'));
    expect(items[1]!.textContent).toContain('news.example');
    items[0]!.querySelector('button')!.click();
    await until(() => root.querySelectorAll('.options__corrections li').length === 1);
    expect(root.querySelector('.options__corrections li')!.getAttribute('data-topic')).toBe('quenlin');
  });
});

describe('OptionsApp in the reader’s language', () => {
  const ar = translator('ar');
  const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent.trim());

  it('labels every control and group in Arabic', async () => {
    await open({ language: 'ar', disabledSites: ['news.example'] });
    expect(root.querySelector('h1')!.textContent).toBe(ar('optionsTitle'));
    expect(root.querySelector('#siyaq-enabled')!.parentElement!.textContent).toBe(ar('optionsEnabled'));
    expect(root.querySelector('label[for="siyaq-delay"]')!.textContent).toBe(ar('optionsHoverDelay'));
    const groups = [...root.querySelectorAll('fieldset')].map((f) => [
      f.querySelector('legend')!.textContent,
      ...[...f.querySelectorAll('label')].map((l) => `${l.querySelector('input')!.value}=${l.textContent}`),
    ]);
    expect(groups).toEqual([
      [ar('optionsMarkStyle'), `underline=${ar('markUnderline')}`, `background=${ar('markBackground')}`, `none=${ar('markNone')}`],
      [ar('optionsLanguage'), `auto=${ar('languageAuto')}`, `ar=${ar('languageAr')}`, `en=${ar('languageEn')}`],
      [ar('optionsTheme'), `auto=${ar('themeAuto')}`, `light=${ar('themeLight')}`, `dark=${ar('themeDark')}`],
      [
        ar('optionsTextSize'),
        `small=${ar('textSizeSmall')}`,
        `medium=${ar('textSizeMedium')}`,
        `large=${ar('textSizeLarge')}`,
        `larger=${ar('textSizeLarger')}`,
      ],
    ]);
    expect(texts('main > section h2')).toEqual(
      expect.arrayContaining([ar('optionsDisabledSites'), ar('knowledgeTitle'), ar('correctionsHeading')]),
    );
    expect(root.querySelector('.options__sites li')!.textContent).toBe(`news.example ${ar('optionsRemoveSite')}`);
    expect(root.querySelector('#siyaq-site')!.getAttribute('aria-label')).toBe(ar('optionsAddSite'));
    expect(root.querySelector('.options__add button')!.textContent).toBe(ar('optionsAddSite'));
    expect(root.querySelector('[data-corrections]')!.textContent).toBe(ar('correctionsHeading') + ar('correctionsNone'));
    // Nothing said yet, and no field marked wrong.
    expect(status()).toBe('');
    expect(root.querySelector('#siyaq-site')!.getAttribute('aria-invalid')).toBe('false');
    expect(root.querySelector('#siyaq-site')!.hasAttribute('aria-describedby')).toBe(false);
    expect(root.querySelector('#siyaq-site-error')).toBeNull();
  });

  it('words a correction and its undo in Arabic', async () => {
    await fakeBrowser.storage.local.set({ corrections: [{ topic: 'quenlin', wording: 'كوينلين', site: null, at: 1 }] });
    await open({ language: 'ar' });
    await until(() => root.querySelector('.options__corrections li'));
    expect(root.querySelector('.options__corrections li')!.textContent).toBe(
      `«كوينلين» — quenlin · ${ar('correctionsEverywhere')} ${ar('correctionsUndo')}`,
    );
  });

  it('adds a site once even when it is added again, and quotes a refused entry trimmed and cut short', async () => {
    await open({ disabledSites: ['a.example', 'news.example'] });
    const site = root.querySelector<HTMLInputElement>('#siyaq-site')!;
    const form = root.querySelector<HTMLFormElement>('.options__add')!;
    type(site, 'news.example', false);
    await wait(20);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => status() === en('optionsSiteAdded', 'news.example'));
    expect((await stored()).disabledSites).toEqual(['a.example', 'news.example']);
    const long = `  ${'x'.repeat(100)} !  `;
    type(site, long, false);
    await wait(20);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => root.querySelector('#siyaq-site-error'));
    expect(root.querySelector('#siyaq-site-error')!.textContent).toBe(en('optionsSiteInvalid', 'x'.repeat(80)));
  });
});

describe('Options → Knowledge', () => {
  it('lists the packs with version, counts, dates, size and description, the built-in one without remove', async () => {
    background.packs = [
      pack('siyaq', { builtin: true, bytes: 0 }),
      pack('extra', { warnings: [{ pack: 'extra', kind: 'article', what: 'a1', keptBy: { pack: 'siyaq' } }] }),
    ];
    await open();
    await until(() => root.querySelectorAll('.knowledge__pack').length === 2);
    const [builtin, extra] = [...root.querySelectorAll<HTMLElement>('.knowledge__pack')];
    expect(builtin!.querySelector('.knowledge__badge')!.textContent).toBe(en('knowledgeBuiltin'));
    expect(builtin!.querySelector('.knowledge__remove')).toBeNull();
    expect(builtin!.querySelector('bdi')).toBeNull();
    const meta = extra!.querySelector('.knowledge__meta')!.textContent;
    expect(meta).toContain(en('knowledgeVersion', '1.2'));
    expect(meta).toContain(en('knowledgeCounts', 3, 7));
    expect(meta).toContain('19 September 2023 – May 2024');
    expect(extra!.querySelector('bdi')!.textContent).toBe('2 KB');
    expect(extra!.querySelector('.knowledge__description')!.textContent).toBe('About extra');
    expect(extra!.querySelector('.knowledge__warnings li')!.textContent).toBe(en('knowledgeWarningArticle', 'a1', 'siyaq'));
  });

  it('turns a pack off and removes one, saying so', async () => {
    background.packs = [pack('extra')];
    await open();
    await until(() => root.querySelector('.knowledge__toggle'));
    root.querySelector<HTMLInputElement>('.knowledge__toggle')!.click();
    await until(() => root.querySelector('.knowledge__pack')?.getAttribute('data-enabled') === 'false');
    expect(background.sent.find((m) => m.type === 'siyaq:pack-enable')!.request).toEqual({ pack: 'extra', enabled: false });
    root.querySelector<HTMLButtonElement>('.knowledge__remove')!.click();
    await until(() => root.querySelectorAll('.knowledge__pack').length === 0);
    expect(root.querySelector('.knowledge__status')!.textContent).toBe(en('knowledgeRemoved', 'Pack extra'));
  });

  it('says when the background cannot be reached', async () => {
    background.unreachable = true;
    await open();
    await until(() => root.querySelector('.knowledge__status'));
    expect(root.querySelector('.knowledge__status')!.getAttribute('role')).toBe('alert');
    expect(root.querySelector('.knowledge__status')!.textContent).toBe(en('knowledgeUnreachable'));
  });
});
