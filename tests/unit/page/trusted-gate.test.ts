// @vitest-environment happy-dom
// Card actions run only inside a trusted event that reached the card's root,
// once per event; events a page script makes are stopped at the root.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TrustedGate } from '../../../lib/page/trusted-gate';

/** An event as the browser makes it for a real input (happy-dom makes none). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('TrustedGate', () => {
  let root: ShadowRoot;
  let button: HTMLButtonElement;
  let gate: TrustedGate;
  let action: ReturnType<typeof vi.fn<(topic: string) => void>>;

  beforeEach(() => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    root = host.attachShadow({ mode: 'open' });
    button = document.createElement('button');
    root.append(button);
    gate = new TrustedGate();
    gate.attach(root);
    action = vi.fn<(topic: string) => void>();
    const guarded = gate.guard(action);
    button.addEventListener('click', () => guarded('quenlin'));
    button.addEventListener('keydown', () => guarded('quenlin'));
  });

  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('runs the action inside a trusted click, with its arguments', () => {
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(action).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledWith('quenlin');
  });

  it('stops an untrusted event at the root, so neither the action nor the control sees it', () => {
    const seen = vi.fn();
    button.addEventListener('click', seen);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(action).not.toHaveBeenCalled();
    expect(seen).not.toHaveBeenCalled();
  });

  it('marks a stopped untrusted event as handled, so its default action does not run either', () => {
    const forged = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    button.dispatchEvent(forged);
    expect(forged.defaultPrevented).toBe(true);
    const real = trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    button.dispatchEvent(real);
    expect(real.defaultPrevented).toBe(false);
  });

  it('runs at most one action per trusted event', () => {
    const other = vi.fn();
    const guardedOther = gate.guard(other);
    button.addEventListener('click', () => guardedOther());
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(action).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    // A second trusted event gets its own action.
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('does not run an action called outside any event, or after the trusted event has left the root', () => {
    const guarded = gate.guard(action);
    guarded('quenlin');
    expect(action).not.toHaveBeenCalled();
    let late: (() => void) | null = null;
    const once = gate.guard(() => action('late'));
    button.addEventListener('click', () => (late ??= once), { once: true });
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    action.mockClear();
    late!();
    expect(action).not.toHaveBeenCalled();
  });

  it('closes the window on the next turn when a handler stops the event before it bubbles back', () => {
    let later: (() => void) | null = null;
    const guardedLater = gate.guard(() => action('later'));
    button.addEventListener('click', (e) => {
      later = guardedLater;
      e.stopPropagation();
    });
    // The stopped event never reaches the root's bubble listener; the action is still reachable in this turn.
    const click = trusted(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(click);
    action.mockClear();
    vi.runAllTimers();
    later!();
    expect(action).not.toHaveBeenCalled();
  });

  it('gates every kind of event that can set off an action', () => {
    for (const type of [
      'auxclick',
      'dblclick',
      'contextmenu',
      'keyup',
      'keypress',
      'pointerdown',
      'pointerup',
      'mousedown',
      'mouseup',
      'touchstart',
      'touchend',
      'submit',
      'input',
      'change',
    ]) {
      const seen = vi.fn();
      button.addEventListener(type, seen);
      button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      expect(seen, type).not.toHaveBeenCalled();
      button.dispatchEvent(trusted(new Event(type, { bubbles: true, composed: true })));
      expect(seen, type).toHaveBeenCalledTimes(1);
    }
  });
});
