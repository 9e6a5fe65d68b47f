// @vitest-environment happy-dom
// The floating card: placed by its word once measured (a sheet on a narrow
// screen), loading until its data comes, a notice instead of a card, Escape
// and the pointer handled inside it; and its host, the one element Siyaq adds.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CardData } from '../../../lib/cards/card-data';
import { translator } from '../../../lib/i18n/i18n';
import { CardHost } from '../../../lib/page/card-host';
import { CardFloat, type CardFloatProps } from '../../../lib/page/CardFloat';

const en = translator('en');

const data: CardData = {
  id: 'zorvath',
  kind: 'person',
  name: { ar: 'زورفاث', en: 'Zorvath' },
  background: { ar: 'خلفية', en: 'Background' },
  facts: [],
  passages: [],
  related: [],
};

function props(extra: Partial<CardFloatProps> = {}): CardFloatProps {
  return {
    anchor: { left: 100, top: 100, width: 60, height: 20 },
    textDirection: 'ltr',
    data,
    lang: 'en',
    theme: 'dark',
    textSize: 'large',
    t: en,
    pinned: false,
    focus: false,
    onPointerInside: vi.fn(),
    onSelectTopic: vi.fn(),
    onOpenReader: vi.fn(),
    onPin: vi.fn(),
    onClose: vi.fn(),
    onDisableSite: vi.fn(),
    ...extra,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(p: CardFloatProps): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<CardFloat {...p} />, root);
  return root.querySelector<HTMLElement>('.siyaq-float')!;
}

beforeEach(() => {
  vi.stubGlobal('innerWidth', 1280);
  vi.stubGlobal('innerHeight', 800);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.documentElement.querySelector('siyaq-card')?.remove();
});

describe('CardFloat', () => {
  it('is a dialog named after its topic, in the theme, size and language asked', () => {
    const float = mount(props());
    expect(float.getAttribute('role')).toBe('dialog');
    expect(float.getAttribute('aria-label')).toBe(en('cardLabel', 'Zorvath'));
    expect(float.dataset.theme).toBe('dark');
    expect(float.dataset.textSize).toBe('large');
    expect(float.getAttribute('dir')).toBe('ltr');
    expect(float.className).toBe('siyaq-theme siyaq-float');
    expect(float.querySelector('.siyaq-card__title')!.textContent).toBe('Zorvath');
    const arabic = mount(props({ lang: 'ar', t: translator('ar') }));
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(arabic.getAttribute('lang')).toBe('ar');
  });

  it('is placed beside its word once measured, within the viewport', async () => {
    const float = mount(props());
    await settle();
    expect(float.style.visibility).toBe('');
    const left = Number.parseFloat(float.style.left);
    const top = Number.parseFloat(float.style.top);
    expect(top).toBeGreaterThanOrEqual(120);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThan(1280);
    expect(Number.parseFloat(float.style.maxHeight)).toBeGreaterThan(0);
    expect(float.style.borderRadius).toBe('');
  });

  it('is a sheet across a narrow screen, rounded on the side away from the edge', async () => {
    vi.stubGlobal('innerWidth', 400);
    const below = mount(props({ anchor: { left: 50, top: 100, width: 60, height: 20 } }));
    const above = mount(props({ anchor: { left: 50, top: 785, width: 60, height: 20 } }));
    await settle();
    expect(below.className).toContain('siyaq-float--sheet');
    expect(below.style.left).toBe('0px');
    expect(below.style.borderRadius).toBe('14px 14px 0px 0px');
    expect(above.style.borderRadius).toBe('0px 0px 14px 14px');
  });

  it('shows a busy sign until its data comes, and a notice instead of a card', () => {
    const loading = mount(props({ data: null }));
    expect(loading.className).toContain('siyaq-float--loading');
    expect(loading.getAttribute('aria-label')).toBe(en('extName'));
    expect(loading.querySelector('[aria-busy="true"]')).not.toBeNull();
    const notice = mount(props({ notice: 'No name here' }));
    expect(notice.querySelector('[role="status"]')!.textContent).toBe('No name here');
    expect(notice.querySelector('.siyaq-card')).toBeNull();
  });

  it('takes the focus when asked, not otherwise', () => {
    mount(props());
    expect(document.activeElement).toBe(document.body);
    const focused = mount(props({ focus: true }));
    expect(document.activeElement).toBe(focused);
  });

  it('closes on Escape without the page hearing it, and keeps Tab inside', () => {
    const p = props();
    const float = mount(p);
    const heard = vi.fn();
    document.body.addEventListener('keydown', heard);
    float.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(p.onClose).toHaveBeenCalledTimes(1);
    expect(heard).not.toHaveBeenCalled();
    float.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(p.onClose).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('tells when a mouse pointer enters and leaves, but not a finger', () => {
    const p = props();
    const float = mount(p);
    float.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    float.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    float.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
    float.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    expect(vi.mocked(p.onPointerInside).mock.calls).toEqual([[true], [false]]);
  });
});

describe('CardFloat placement and keys', () => {
  // happy-dom lays nothing out: the card measures 0 wide and its content 0 tall (2 with its border).
  it('is hidden until measured, then placed a gap below its word, by the word’s right edge in right-to-left text', async () => {
    const ltr = mount(props());
    await settle();
    expect([ltr.style.left, ltr.style.top, ltr.style.maxHeight, ltr.style.visibility]).toEqual(['100px', '126px', '2px', '']);
    expect(ltr.getAttribute('aria-modal')).toBe('false');
    expect(ltr.tabIndex).toBe(-1);
    const rtl = mount(props({ textDirection: 'rtl' }));
    await settle();
    expect(rtl.style.left).toBe('160px');
  });

  it('moves when its word moves', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const p = props();
    render(<CardFloat {...p} />, root);
    await settle();
    render(<CardFloat {...p} anchor={{ left: 300, top: 40, width: 60, height: 20 }} />, root);
    await settle();
    const float = root.querySelector<HTMLElement>('.siyaq-float')!;
    expect([float.style.left, float.style.top]).toEqual(['300px', '66px']);
  });

  it('as a sheet sits on the bottom edge, as tall as its content', async () => {
    vi.stubGlobal('innerWidth', 480);
    const sheet = mount(props());
    await settle();
    expect(sheet.className).toBe('siyaq-theme siyaq-float siyaq-float--sheet');
    expect([sheet.style.left, sheet.style.top, sheet.style.maxHeight]).toEqual(['0px', '798px', '2px']);
    vi.stubGlobal('innerWidth', 481);
    const card = mount(props());
    await settle();
    expect(card.className).toBe('siyaq-theme siyaq-float');
  });

  it('is no sheet inside a narrow frame of a wide page', async () => {
    vi.stubGlobal('innerWidth', 400);
    vi.stubGlobal('top', {});
    const float = mount(props());
    await settle();
    expect(float.className).toBe('siyaq-theme siyaq-float');
    expect(float.style.left).toBe('100px');
  });

  it('takes Tab round its own controls', () => {
    const float = mount(props({ data: { ...data, related: [{ id: 'melbrook', name: { ar: 'ملبروك', en: 'Melbrook' } }] } }));
    for (const el of float.querySelectorAll<HTMLElement>('*')) el.getClientRects = () => [{}] as unknown as DOMRectList;
    const buttons = [...float.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.length).toBeGreaterThan(1);
    buttons.at(-1)!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    buttons.at(-1)!.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(buttons[0]);
    // Other keys are left to the card's controls.
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    buttons[0]!.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('shows why it was marked when opened from a mark', () => {
    const float = mount(props({ page: { date: null, mark: { surface: 'Zorvath', match: 'exact' } } }));
    expect(float.querySelector('.siyaq-card__why')).not.toBeNull();
  });
});

describe('CardHost', () => {
  it('adds one host element to the root when first shown, and knows its own nodes', () => {
    const host = new CardHost();
    expect(host.contains(document.body)).toBe(false);
    host.show(props());
    host.show(props({ pinned: true }));
    const elements = document.querySelectorAll('siyaq-card');
    expect(elements).toHaveLength(1);
    const el = elements[0]!;
    expect(el.parentNode).toBe(document.documentElement);
    // Closed: the page cannot reach the card.
    expect(el.shadowRoot).toBeNull();
    expect(host.contains(el)).toBe(true);
    expect(host.contains(document.body)).toBe(false);
    expect(host.contains(null)).toBe(false);
    expect(host.contains(window)).toBe(false);
    host.destroy();
    expect(document.querySelector('siyaq-card')).toBeNull();
    expect(host.contains(el)).toBe(false);
  });

  it('puts back a host the page took out, at the next showing', () => {
    const host = new CardHost();
    host.show(props());
    document.querySelector('siyaq-card')!.remove();
    host.hide();
    host.show(props());
    expect(document.querySelectorAll('siyaq-card')).toHaveLength(1);
    host.destroy();
  });

  it('gives no card where the page took the element name for its own closed shadow root', () => {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!.value as (
      this: Element,
      init: ShadowRootInit,
    ) => ShadowRoot;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      if (this.tagName === 'SIYAQ-CARD') throw new DOMException('Not supported', 'NotSupportedError');
      return original.call(this, init);
    });
    try {
      const host = new CardHost();
      host.show(props());
      host.show(props());
      expect(document.querySelector('siyaq-card')).toBeNull();
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
