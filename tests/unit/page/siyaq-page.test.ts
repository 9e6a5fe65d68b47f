// @vitest-environment happy-dom
// The page parts wired together, with the background answered by the test:
// marks from the matcher less the reader's corrections, a card on a resting
// pointer (never on a forged one), Escape, taps, the popup's questions, the
// keyboard route, a site turned off, and a forged location change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import type { CardData } from '../../../lib/cards/card-data';
import { translator } from '../../../lib/i18n/i18n';
import type { Handlers } from '../../../lib/messaging/channel';
import type { TabProtocol } from '../../../lib/messaging/protocol';
import { fail, ok } from '../../../lib/messaging/reply';
import type { PageMention } from '../../../lib/page/mention-registry';
import type { PageKnowledge } from '../../../lib/page/page-knowledge';
import { SiyaqPage } from '../../../lib/page/siyaq-page';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { until, wait } from '../until';
import { fill } from './html';

const channel = vi.hoisted(() => ({
  handlers: null as Handlers<TabProtocol> | null,
  sent: [] as { type: string; request: unknown }[],
  cardFails: false,
  framesFail: false,
}));

vi.mock('../../../lib/messaging/channel', () => ({
  handleTab: (handlers: Handlers<TabProtocol>) => {
    channel.handlers = handlers;
    return () => (channel.handlers = null);
  },
  sendToBackground: (type: string, request: unknown) => {
    channel.sent.push({ type, request });
    if (type === 'siyaq:card') {
      const topic = (request as { topic: string }).topic;
      if (channel.cardFails) return Promise.resolve(fail('unreachable', 'restarting'));
      return Promise.resolve(topic === 'nobody' ? fail('not-found', 'no such topic') : ok(cardOf(topic)));
    }
    if (type === 'siyaq:other-frames-topics')
      return Promise.resolve(channel.framesFail ? fail('unreachable', 'restarting') : ok([{ topic: 'melbrook', count: 2 }]));
    return Promise.resolve(ok(true));
  },
}));

function cardOf(topic: string): CardData {
  const name = topic[0]!.toUpperCase() + topic.slice(1);
  return {
    id: topic,
    kind: 'person',
    name: { ar: name, en: name },
    background: { ar: 'خلفية', en: `About ${name}` },
    facts: [],
    passages: [],
    related: [{ id: 'melbrook', name: { ar: 'ملبروك', en: 'Melbrook' } }],
  };
}

const NAMES: Record<string, string> = { Quenlin: 'quenlin', Zorvath: 'zorvath', Nemo: 'nobody' };

function detect(text: string): PageMention[] {
  const found: PageMention[] = [];
  for (const [name, topic] of Object.entries(NAMES)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      found.push({ topic, start: at, end: at + name.length, why: { surface: name, match: 'exact' } });
    }
  }
  return found;
}

/** Waits until check() holds (the machines are shared: no fixed delay is long enough), failing after a while. */

const title = () => card()?.querySelector('.siyaq-card__title')?.textContent;

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let invalidate: () => void;
let locationChange: () => void;
let page: SiyaqPage;
let refresh: ReturnType<typeof vi.fn>;
let detected: ReturnType<typeof vi.fn<typeof detect>>;

/** The card, read through an open root (the host's root is closed to pages). */
function card(): HTMLElement | null {
  const host = document.querySelector('siyaq-card');
  return host?.shadowRoot?.querySelector<HTMLElement>('.siyaq-float') ?? null;
}

/** Puts the pointer over a letter of a text node (caret APIs and boxes as a browser gives them). */
function pointAt(node: Text, offset: number, isTrusted = true, pointerType = 'mouse') {
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: node, offset });
  const move = new PointerEvent('pointermove', { clientX: 10, clientY: 10, pointerType, bubbles: true });
  if (isTrusted) trusted(move);
  node.parentElement!.dispatchEvent(move);
}

function pointAtNothing() {
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => null;
  document.body.dispatchEvent(
    trusted(new PointerEvent('pointermove', { clientX: 500, clientY: 500, pointerType: 'mouse', bubbles: true })),
  );
}

const textOf = (id: string) => document.getElementById(id)!.firstChild as Text;

const mentions = async () => (await channel.handlers!['siyaq:page-mentions']({}, {}))!;

async function startPage(settings = {}) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 20, ...settings } });
  const listeners: (() => void)[] = [];
  invalidate = () => listeners.forEach((cb) => cb());
  const ctx = {
    onInvalidated: (cb: () => void) => listeners.push(cb),
    addEventListener: (_target: EventTarget, _type: string, cb: () => void) => (locationChange = cb),
  } as unknown as ContentScriptContext;
  refresh = vi.fn(() => Promise.resolve(true));
  detected = vi.fn(detect);
  const knowledge = { detect: detected, refresh } as unknown as PageKnowledge;
  page = new SiyaqPage(ctx, knowledge);
  await page.start();
  // The popup's question waits for the scan under way.
  await mentions();
}

beforeEach(() => {
  fakeBrowser.reset();
  channel.sent = [];
  channel.cardFails = false;
  channel.framesFail = false;
  fill(document.body, '<p id="a">Quenlin met Zorvath.</p><p id="b">Zorvath again, and <input id="field" value="x"></p>');
  // Open roots, so the test can read the card; the page's own code sees no difference.
  const attach = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!.value as (
    this: Element,
    init: ShadowRootInit,
  ) => ShadowRoot;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => {
    const box = { left: 0, top: 0, right: 100, bottom: 20, width: 100, height: 20, x: 0, y: 0 };
    return Object.assign([box], { item: () => box }) as unknown as DOMRectList;
  });
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: 100, height: 20 }));
});

afterEach(() => {
  // The extension gone: the page's lifetime ends, and its listeners with it.
  const runtime = fakeBrowser.runtime as { id?: string };
  const id = runtime.id;
  runtime.id = undefined;
  invalidate?.();
  runtime.id = id;
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.querySelectorAll('siyaq-card').forEach((el) => el.remove());
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

describe('SiyaqPage', () => {
  it('marks the names the matcher finds and tells the popup what the page holds, with its frames and date', async () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2023-09-19T08:00:00Z');
    document.head.append(meta);
    await startPage();
    expect(refresh).toHaveBeenCalled();
    expect(await mentions()).toEqual({
      active: true,
      host: location.hostname,
      topics: [
        { topic: 'quenlin', count: 1 },
        { topic: 'zorvath', count: 2 },
        { topic: 'melbrook', count: 2 },
      ],
      date: '2023-09-19',
    });
    meta.remove();
  });

  it("leaves out what the reader's corrections took out", async () => {
    await fakeBrowser.storage.local.set({ corrections: [{ topic: 'zorvath', wording: 'Zorvath', site: null, at: 1 }] });
    await startPage();
    expect((await mentions()).topics.map((t) => t.topic)).toEqual(['quenlin', 'melbrook']);
  });

  it('opens a card when the pointer rests on a name, with its data, and closes it after the pointer leaves', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    expect(channel.sent.filter((m) => m.type === 'siyaq:card').map((m) => m.request)).toEqual([{ topic: 'quenlin' }]);
    expect(card()!.querySelector('.siyaq-card__why')).not.toBeNull();
    pointAtNothing();
    await wait(100);
    expect(card()).not.toBeNull();
    await until(() => card() === null);
  });

  it('keeps the card open for the grace period, so the pointer can travel into it', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    pointAtNothing();
    await wait(100);
    card()!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await wait(600);
    expect(title()).toBe('Quenlin');
    card()!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await until(() => card() === null);
  });

  it('opens nothing for a forged pointer or a finger', async () => {
    await startPage();
    pointAt(textOf('a'), 2, false);
    await wait(100);
    pointAt(textOf('a'), 2, true, 'touch');
    await wait(100);
    expect(card()).toBeNull();
    expect(channel.sent.filter((m) => m.type === 'siyaq:card')).toEqual([]);
  });

  it('asks the background again for a card it could not reach, and once only for one it has', async () => {
    channel.cardFails = true;
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => card()?.classList.contains('siyaq-float--loading'));
    pointAtNothing();
    await until(() => card() === null);
    const asked = () => channel.sent.filter((m) => m.type === 'siyaq:card').length;
    const failed = asked();
    expect(failed).toBeGreaterThan(0);
    channel.cardFails = false;
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    pointAtNothing();
    await until(() => card() === null);
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    expect(asked()).toBe(failed + 1);
  });

  it('closes on a trusted Escape only, and keeps it shut while the pointer stays on the word', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).not.toBeNull();
    const pageHeard = vi.fn();
    document.body.addEventListener('keydown', pageHeard);
    document.getElementById('a')!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card()).toBeNull();
    expect(pageHeard).not.toHaveBeenCalled();
    pointAt(textOf('a'), 3);
    await wait(150);
    expect(card()).toBeNull();
    // Escape in the page's own field is the page's too.
    pointAt(textOf('b'), 1);
    await until(() => title() === 'Zorvath');
    document.getElementById('field')!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card()).toBeNull();
    expect(pageHeard).toHaveBeenCalledTimes(1);
  });

  it('closes an open card when its word is edited, unless pinned', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    textOf('a').data = 'Someone else, Quenlin.';
    await until(() => card() === null);
    pointAt(textOf('b'), 1);
    await until(() => title() === 'Zorvath');
    card()!
      .querySelector<HTMLButtonElement>('[aria-pressed]')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await until(() => card()?.querySelector('[aria-pressed="true"]'));
    textOf('b').data = 'Nobody';
    await wait(50);
    expect(title()).toBe('Zorvath');
    pointAtNothing();
    await wait(600);
    expect(title()).toBe('Zorvath');
  });

  it('answers the keyboard route: the card of the name at the caret, or a notice for a selection without one', async () => {
    await startPage();
    const range = document.createRange();
    range.setStart(textOf('b'), 2);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(true);
    await until(() => title() === 'Zorvath');
    const none = document.createRange();
    none.setStart(textOf('b'), 8);
    none.setEnd(textOf('b'), 13);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(none);
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(false);
    await until(() => card()?.querySelector('[role="status"]')?.textContent === translator('en')('cardNoNameInSelection'));
    document.getSelection()!.removeAllRanges();
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(false);
  });

  it('steps from name to name for the next-mention command, and reveals a topic', async () => {
    await startPage();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Quenlin');
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Zorvath');
    expect(channel.handlers!['siyaq:reveal']({ topic: 'zorvath' }, {})).toBe(true);
    expect(scrolled).toHaveBeenCalled();
    expect(channel.handlers!['siyaq:reveal']({ topic: 'nobody' }, {})).toBe(false);
  });

  it('opens a related topic and the reader from the card, on a trusted click only', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    card()!.querySelector<HTMLButtonElement>('.siyaq-chip')!.click();
    await wait(50);
    expect(title()).toBe('Quenlin');
    card()!
      .querySelector<HTMLButtonElement>('.siyaq-chip')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await until(() => title() === 'Melbrook');
  });

  it('stops marking where the site is turned off, and marks again when turned back on', async () => {
    await startPage();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] } });
    await wait(20);
    expect(await mentions()).toEqual({ active: false, host: location.hostname, topics: [], date: null });
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    expect((await mentions()).topics).toHaveLength(3);
  });

  it('scans again on a real change of address only, and gives the page HTML in the top frame', async () => {
    await startPage();
    detected.mockClear();
    // A page script forging the navigation event, the address unchanged: nothing is read again.
    locationChange();
    await mentions();
    expect(detected).not.toHaveBeenCalled();
    history.pushState({}, '', '/next-story');
    locationChange();
    await mentions();
    expect(detected.mock.calls.map(([text]) => text)).toEqual(['Quenlin met Zorvath.', 'Zorvath again, and ']);
    const reply = channel.handlers!['siyaq:page-html']({}, {}) as { html: string; url: string };
    expect(reply.url).toBe(location.href);
    expect(reply.url).toContain('/next-story');
    expect(reply.html).toContain('Quenlin met Zorvath.');
  });

  it('loads the new matcher and scans again when the knowledge changes', async () => {
    await startPage();
    refresh.mockClear();
    expect(channel.handlers!['siyaq:knowledge-changed']({ revision: 'r2' }, {})).toBe(true);
    await wait(60);
    expect(refresh).toHaveBeenCalledWith('r2');
  });

  it('opens a card on a tap of a name, pins it on a second tap, and closes it on a tap elsewhere only when unpinned', async () => {
    await startPage();
    const tapAt = (node: Text | null, target: Element) => {
      (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () =>
        node ? { offsetNode: node, offset: 2 } : null;
      const finger = { identifier: 1, clientX: 10, clientY: 10 };
      const touch = (type: string, touches: (typeof finger)[]) => {
        const event = new Event(type, { bubbles: true, cancelable: true });
        Object.defineProperty(event, 'touches', { value: touches });
        Object.defineProperty(event, 'changedTouches', { value: [finger] });
        return trusted(event);
      };
      target.dispatchEvent(touch('touchstart', [finger]));
      const end = touch('touchend', []);
      target.dispatchEvent(end);
      return end.defaultPrevented;
    };
    const pinned = () => card()?.querySelector('[aria-pressed]')?.getAttribute('aria-pressed');
    expect(tapAt(textOf('a'), document.getElementById('a')!)).toBe(true);
    await until(() => title() === 'Quenlin');
    expect(pinned()).toBe('false');
    expect(tapAt(textOf('a'), document.getElementById('a')!)).toBe(true);
    await until(() => pinned() === 'true');
    expect(tapAt(null, document.body)).toBe(false);
    await wait(50);
    expect(title()).toBe('Quenlin');
    // Another name's tap opens its card in place of the pinned one, which stays pinned.
    tapAt(textOf('b'), document.getElementById('b')!);
    await until(() => title() === 'Zorvath');
    expect(pinned()).toBe('true');
    card()!
      .querySelector<HTMLButtonElement>('[aria-pressed]')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await until(() => pinned() === 'false');
    tapAt(null, document.body);
    await until(() => card() === null);
  });

  it('closes the card when the page goes full screen', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(card()).toBeNull();
  });

  it('steps back with the previous-mention command, and says so when there is nowhere to step', async () => {
    await startPage();
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Quenlin');
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Zorvath');
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'previous' }, {})).toBe(true);
    await until(() => title() === 'Quenlin');
    document.body.replaceChildren();
    await mentions();
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(false);
  });

  it('takes a name out at once with the card\'s "not this one", on this site or everywhere, and keeps the correction', async () => {
    await startPage();
    const notThisOne = async (where: 'site' | 'everywhere') => {
      await until(() => card()?.querySelector(`[data-not-this-one="${where}"]`));
      card()!
        .querySelector(`[data-not-this-one="${where}"]`)!
        .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    };
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    await notThisOne('site');
    await until(() => card() === null);
    expect((await mentions()).topics.map((t) => t.topic)).toEqual(['zorvath', 'melbrook']);
    pointAt(textOf('b'), 1);
    await until(() => title() === 'Zorvath');
    await notThisOne('everywhere');
    await until(async () => (await mentions()).topics.length === 1);
    const { corrections } = (await fakeBrowser.storage.local.get('corrections')) as { corrections: unknown[] };
    expect(corrections).toEqual([
      expect.objectContaining({ topic: 'quenlin', wording: 'Quenlin', site: location.hostname }),
      expect.objectContaining({ topic: 'zorvath', wording: 'Zorvath', site: null }),
    ]);
  });

  it('follows corrections made elsewhere (the options page): marks go, and come back when undone', async () => {
    await startPage();
    await fakeBrowser.storage.local.set({ corrections: [{ topic: 'zorvath', wording: 'Zorvath', site: null, at: 1 }] });
    await until(async () => (await mentions()).topics.map((t) => t.topic).join() === 'quenlin,melbrook');
    await fakeBrowser.storage.local.set({ corrections: [] });
    await until(async () => (await mentions()).topics.map((t) => t.topic).join() === 'quenlin,zorvath,melbrook');
  });

  it('turns itself off for the site from the card', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    card()!
      .querySelector<HTMLButtonElement>('.siyaq-card__footer button')!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await until(() => card() === null);
    const { settings } = (await fakeBrowser.storage.local.get('settings')) as { settings: { disabledSites: string[] } };
    expect(settings.disabledSites).toContain(location.hostname);
    expect((await mentions()).active).toBe(false);
  });

  it("gives the popup this frame's names alone when the other frames cannot be asked", async () => {
    channel.framesFail = true;
    await startPage();
    expect((await mentions()).topics).toEqual([
      { topic: 'quenlin', count: 1 },
      { topic: 'zorvath', count: 2 },
    ]);
  });

  it('shows an open card in a new theme and text size at once', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    expect(card()!.dataset.theme).toBe(DEFAULT_SETTINGS.theme);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 20, theme: 'dark', textSize: 'large' } });
    await until(() => card()?.dataset.theme === 'dark');
    expect(card()!.dataset.textSize).toBe('large');
  });

  it('reads the page afresh and forgets its cards when the knowledge changes, and does neither when the matcher stayed', async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    const asked = () => channel.sent.filter((m) => m.type === 'siyaq:card').length;
    const before = asked();
    detected.mockClear();
    refresh.mockResolvedValueOnce(false);
    expect(channel.handlers!['siyaq:knowledge-changed']({ revision: 'same' }, {})).toBe(true);
    await wait(60);
    expect(detected).not.toHaveBeenCalled();
    expect(title()).toBe('Quenlin');
    expect(channel.handlers!['siyaq:knowledge-changed']({ revision: 'r2' }, {})).toBe(true);
    await until(() => detected.mock.calls.length === 2);
    // The open card closes, and the next one is asked for afresh.
    expect(card()).toBeNull();
    pointAtNothing();
    await wait(50);
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    expect(asked()).toBe(before + 1);
  });

  it('stops everything when the extension goes away', async () => {
    await startPage();
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    invalidate();
    runtime.id = id;
    expect(channel.handlers).toBeNull();
    pointAt(textOf('a'), 2);
    await wait(100);
    expect(card()).toBeNull();
  });

  it.each([
    ['above the screen', { y: -100, height: 20 }],
    ['of no height', { y: 0, height: 0 }],
    ['below the screen', { y: window.innerHeight - 10, height: 20 }],
  ])('starts the next-mention steps from the first name on screen, passing over one %s', async (_, box) => {
    const a = textOf('a');
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      return DOMRect.fromRect(this.startContainer === a ? { x: 0, width: 100, ...box } : { x: 0, y: 0, width: 100, height: 20 });
    });
    Element.prototype.scrollIntoView = vi.fn();
    await startPage();
    // Every name marked first (on a loaded machine the popup's question may stop waiting for the scan).
    await until(async () => (await mentions()).topics.find((t) => t.topic === 'zorvath')?.count === 2);
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Zorvath');
    // From the second paragraph's name, the next step goes round to the first name of the page.
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Quenlin');
  });

  it('gives the focus back to where it was when a card the keyboard opened closes', async () => {
    await startPage();
    const field = document.getElementById('field') as HTMLInputElement;
    field.focus();
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Quenlin');
    expect(document.activeElement).not.toBe(field);
    // A second step keeps the first place to go back to.
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(true);
    await until(() => title() === 'Zorvath');
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it("closes with the card's close button and stays shut while the pointer stays on the word", async () => {
    await startPage();
    pointAt(textOf('a'), 2);
    await until(() => title() === 'Quenlin');
    card()!
      .querySelector<HTMLButtonElement>(`[aria-label="${translator('en')('cardClose')}"]`)!
      .dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(card()).toBeNull();
    pointAt(textOf('a'), 3);
    await wait(150);
    expect(card()).toBeNull();
  });

  it('shows no notice for a caret or a blank selection without a name, and takes the notice away after a while', async () => {
    await startPage();
    const select = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(textOf('a'), from);
      range.setEnd(textOf('a'), to);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    select(9, 9);
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(false);
    select(7, 8);
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(false);
    await wait(50);
    expect(card()).toBeNull();
    select(8, 11);
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(false);
    await until(() => card()?.querySelector('[role="status"]'));
    await wait(3100);
    expect(card()).toBeNull();
  });

  it('answers no to the keyboard commands where it is turned off', async () => {
    await startPage();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] } });
    await until(async () => !(await mentions()).active);
    const range = document.createRange();
    range.setStart(textOf('a'), 2);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(channel.handlers!['siyaq:open-card-at-selection']({}, {})).toBe(false);
    expect(channel.handlers!['siyaq:step-mention']({ direction: 'next' }, {})).toBe(false);
    await wait(50);
    expect(card()).toBeNull();
  });

  it('asks the background once only for a topic it does not have', async () => {
    fill(document.body, '<p id="n">Nemo was here.</p>');
    await startPage();
    pointAt(textOf('n'), 1);
    await until(() => channel.sent.some((m) => m.type === 'siyaq:card'));
    await wait(100);
    pointAtNothing();
    await until(() => card() === null);
    pointAt(textOf('n'), 1);
    await wait(200);
    expect(channel.sent.filter((m) => m.type === 'siyaq:card').map((m) => m.request)).toEqual([{ topic: 'nobody' }]);
  });

  it('reveals a topic in the middle of the screen, smoothly unless the reader asked for less motion', async () => {
    await startPage();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    expect(channel.handlers!['siyaq:reveal']({ topic: 'quenlin' }, {})).toBe(true);
    expect(scrolled).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' });
    expect(scrolled.mock.contexts.at(-1)).toBe(document.getElementById('a'));
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    expect(channel.handlers!['siyaq:reveal']({ topic: 'zorvath' }, {})).toBe(true);
    expect(scrolled).toHaveBeenLastCalledWith({ block: 'center', behavior: 'auto' });
  });

  it('leaves the marks alone when corrections change where it is turned off', async () => {
    await startPage();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] } });
    await until(async () => !(await mentions()).active);
    detected.mockClear();
    await fakeBrowser.storage.local.set({ corrections: [{ topic: 'zorvath', wording: 'Zorvath', site: null, at: 1 }] });
    await wait(100);
    expect(detected).not.toHaveBeenCalled();
  });
});
