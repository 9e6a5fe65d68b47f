// @vitest-environment happy-dom
// The card's host: its styles, its closed root, keys kept inside the card,
// card actions only from the reader's own events, the move into a fullscreen
// element, and the inverse of a CSS zoom on the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CardData } from '../../../lib/cards/card-data';
import { translator } from '../../../lib/i18n/i18n';
import { CardHost } from '../../../lib/page/card-host';
import type { CardFloatProps } from '../../../lib/page/CardFloat';

const en = translator('en');

const data: CardData = {
  id: 'zorvath',
  kind: 'person',
  name: { ar: 'زورفاث', en: 'Zorvath' },
  background: { ar: 'خلفية', en: 'Background' },
  facts: [],
  passages: [],
  related: [{ id: 'melbrook', name: { ar: 'ملبروك', en: 'Melbrook' } }],
};

function props(extra: Partial<CardFloatProps> = {}): CardFloatProps {
  return {
    anchor: { left: 100, top: 100, width: 60, height: 20 },
    textDirection: 'ltr',
    data,
    lang: 'en',
    theme: 'light',
    textSize: 'medium',
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

let roots: ShadowRoot[];
let host: CardHost;

beforeEach(() => {
  roots = [];
  // The host's root is closed to pages; the test keeps a handle on it.
  const attach = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')!.value as (
    this: Element,
    init: ShadowRootInit,
  ) => ShadowRoot;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    expect(init.mode).toBe('closed');
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  host = new CardHost();
});

afterEach(() => {
  host.destroy();
  vi.restoreAllMocks();
  document.documentElement.style.removeProperty('zoom');
  delete (document as { fullscreenElement?: unknown }).fullscreenElement;
  document.body.replaceChildren();
});

const root = () => roots[0]!;
const styles = () => [...root().querySelectorAll('style')].map((s) => s.textContent);

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('CardHost', () => {
  it('holds the card with its styles, and a rule that outranks page rules on the host', () => {
    host.show(props());
    expect(roots).toHaveLength(1);
    const [base, zoom] = styles();
    expect(base).toMatch(/^:host \{ all: initial !important; \}\n/);
    expect(zoom).toBe('');
    expect(root().querySelector('[role="dialog"]')).not.toBeNull();
    expect(root().querySelector('.siyaq-card__title')!.textContent).toBe('Zorvath');
    expect(host.contains(root().querySelector('.siyaq-card__title'))).toBe(true);
  });

  it('empties the card when hidden, and shows it again in the same host', () => {
    host.hide();
    host.show(props());
    host.hide();
    expect(root().querySelector('.siyaq-float')).toBeNull();
    expect(document.querySelectorAll('siyaq-card')).toHaveLength(1);
    host.show(props());
    expect(root().querySelector('.siyaq-float')).not.toBeNull();
    expect(roots).toHaveLength(1);
  });

  it('keeps keys and wheel turns in the card from the page, but not clicks', () => {
    host.show(props());
    const heard: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'wheel', 'click']) {
      document.addEventListener(type, () => heard.push(type));
    }
    const float = root().querySelector('.siyaq-float')!;
    for (const type of ['keydown', 'keyup', 'keypress']) {
      float.dispatchEvent(trusted(new KeyboardEvent(type, { key: 'j', bubbles: true, composed: true })));
    }
    float.dispatchEvent(trusted(new WheelEvent('wheel', { deltaY: 50, bubbles: true, composed: true })));
    float.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(heard).toEqual(['click']);
  });

  it('runs card actions for the reader’s own clicks, once, and never for a page script’s', () => {
    const p = props();
    host.show(p);
    const related = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Melbrook')!;
    expect(related).toBeDefined();
    related.click();
    related.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(p.onSelectTopic).not.toHaveBeenCalled();
    related.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(p.onSelectTopic).toHaveBeenCalledExactlyOnceWith('melbrook');
    // Each action has its guard.
    const close = [...root().querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === en('cardClose'));
    expect(close).toBeDefined();
    close!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('moves into a fullscreen element and back to the root afterwards', () => {
    const player = document.createElement('div');
    document.body.append(player);
    let full: Element | null = player;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
    host.show(props());
    const el = document.querySelector('siyaq-card')!;
    expect(el.parentNode).toBe(player);
    full = null;
    host.followFullscreen();
    expect(el.parentNode).toBe(document.documentElement);
    host.followFullscreen();
    expect(document.querySelectorAll('siyaq-card')).toHaveLength(1);
  });

  it('takes the inverse of a CSS zoom above it, and drops it when the page unzooms', () => {
    document.documentElement.style.setProperty('zoom', '2');
    host.show(props());
    expect(styles()[1]).toBe(':host { zoom: 0.5 !important; }');
    document.documentElement.style.setProperty('zoom', '4');
    host.show(props());
    expect(styles()[1]).toBe(':host { zoom: 0.25 !important; }');
    document.documentElement.style.removeProperty('zoom');
    delete (document as { fullscreenElement?: unknown }).fullscreenElement;
    host.show(props());
    expect(styles()[1]).toBe('');
  });

  it('does nothing to a zoom that is not a positive number', () => {
    for (const zoom of ['0', '-2']) {
      document.documentElement.style.setProperty('zoom', zoom);
      host.show(props());
      expect(styles()[1], zoom).toBe('');
    }
  });

  it('has nothing to move before it is first shown, and empties the card when destroyed', () => {
    host.followFullscreen();
    host.hide();
    expect(document.querySelector('siyaq-card')).toBeNull();
    host.show(props());
    const shadow = root();
    expect(shadow.querySelector('.siyaq-float')).not.toBeNull();
    host.destroy();
    expect(shadow.querySelector('.siyaq-float')).toBeNull();
    expect(document.querySelector('siyaq-card')).toBeNull();
    host.destroy();
  });
});
