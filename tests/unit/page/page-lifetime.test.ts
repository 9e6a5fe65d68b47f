// Siyaq stops in a page only when the extension is really gone: an ending the
// page forges while the extension is still here is not believed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { PageLifetime, PRESENT_FOR_MS } from '../../../lib/page/page-lifetime';

function context() {
  const listeners: (() => void)[] = [];
  const ctx = { onInvalidated: (cb: () => void) => listeners.push(cb) } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => listeners.forEach((cb) => cb()) };
}

const id = fakeBrowser.runtime.id;

afterEach(() => {
  vi.restoreAllMocks();
  (fakeBrowser.runtime as { id?: string }).id = id;
  fakeBrowser.reset();
});

describe('PageLifetime', () => {
  it('goes on through a forged ending while the extension is here', () => {
    const { ctx, invalidate } = context();
    const life = new PageLifetime(ctx);
    const ended = vi.fn();
    life.onEnded(ended);
    invalidate();
    expect(life.signal.aborted).toBe(false);
    expect(life.check()).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });

  it('ends, once, when the extension is gone, whether WXT says so or a busy handler finds out', () => {
    const { ctx, invalidate } = context();
    const life = new PageLifetime(ctx);
    const ended = vi.fn();
    life.onEnded(ended);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    invalidate();
    expect(life.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(life.check()).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);

    const other = new PageLifetime(context().ctx);
    expect(other.check()).toBe(false);
    expect(other.signal.aborted).toBe(true);
  });

  it('ends when asking for the runtime throws (an orphaned script)', () => {
    const life = new PageLifetime(context().ctx);
    Object.defineProperty(fakeBrowser.runtime, 'id', {
      configurable: true,
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    try {
      expect(life.check()).toBe(false);
    } finally {
      Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, writable: true, value: id });
    }
  });

  it('asks the extension again only after a while, or at once when WXT says it ended', () => {
    let now = 5_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const late = new PageLifetime(context().ctx);
    const { ctx, invalidate } = context();
    const told = new PageLifetime(ctx);
    expect(late.check()).toBe(true);
    expect(told.check()).toBe(true);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    now += PRESENT_FOR_MS - 1;
    expect(late.check()).toBe(true);
    invalidate();
    expect(told.check()).toBe(false);
    now += 1;
    expect(late.check()).toBe(false);
  });
});
