import { describe, expect, it } from 'vitest';

import { MOST_CHANGES, Restless, WINDOW_MS } from '../../../lib/page/restless';

/** When a key changed every `period` ms is first found restless (-1: never within `span`). */
function restlessAt(restless: Restless<object>, key: object, period: number, span: number): number {
  for (let t = 0; t < span; t += period) if (restless.changed(key, t)) return t;
  return -1;
}

describe('Restless', () => {
  it('finds a part changed ten times a second restless within about a second', () => {
    const at = restlessAt(new Restless(), {}, 100, 10_000);
    expect(at).toBe(MOST_CHANGES * 100);
    expect(at).toBeLessThan(WINDOW_MS);
  });

  it('never finds a part changed every half second, or a headline every 1.5 s, restless', () => {
    expect(restlessAt(new Restless(), {}, 500, 60_000)).toBe(-1);
    expect(restlessAt(new Restless(), {}, 1500, 60_000)).toBe(-1);
  });

  it('counts the changes of one batch (the same moment) once', () => {
    const restless = new Restless<object>();
    const key = {};
    for (let i = 0; i < 50; i++) expect(restless.changed(key, 7)).toBe(false);
    for (let i = 0; i < 50; i++) restless.changed(key, 8);
    expect(restless.changed(key, 9)).toBe(false);
  });

  it('is restless past MOST_CHANGES changes within the window; a change a whole window later starts a new one', () => {
    const restless = new Restless<object>();
    const key = {};
    for (let t = 0; t < MOST_CHANGES; t++) expect(restless.changed(key, t)).toBe(false);
    expect(restless.changed(key, WINDOW_MS - 1)).toBe(true);

    const late = new Restless<object>();
    for (let t = 0; t < MOST_CHANGES; t++) late.changed(key, t);
    expect(late.changed(key, WINDOW_MS)).toBe(false);
  });

  it('counts each key apart, and from nothing once forgotten', () => {
    const restless = new Restless<object>();
    const [a, b] = [{}, {}];
    for (let t = 0; t <= MOST_CHANGES; t++) restless.changed(a, t);
    expect(restless.changed(a, 100)).toBe(true);
    expect(restless.changed(b, 100)).toBe(false);
    restless.forget(a);
    expect(restless.changed(a, 101)).toBe(false);
  });
});
