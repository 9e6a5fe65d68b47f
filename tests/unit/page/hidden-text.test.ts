// @vitest-environment happy-dom
// Text hidden at scan time is looked at again when the page may have shown it:
// only the remembered elements, in idle slices, each reported once when shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { HiddenText, UNRELATED_CHANGE_MS } from '../../../lib/page/hidden-text';
import { runInSlices, SLICE_BUDGET_MS } from '../../../lib/page/idle-slices';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('runInSlices', () => {
  it('runs the task later, not now, and again until it says it is done, then calls onDone once', () => {
    let runs = 0;
    const done = vi.fn();
    runInSlices(() => ++runs === 3, done);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(3);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('tells the task to yield once its slice budget is spent, not before', () => {
    const answers: boolean[] = [];
    runInSlices((shouldYield) => {
      answers.push(shouldYield());
      vi.advanceTimersByTime(SLICE_BUDGET_MS - 1);
      answers.push(shouldYield());
      vi.advanceTimersByTime(1);
      answers.push(shouldYield());
      return true;
    });
    vi.advanceTimersByTime(100);
    expect(answers).toEqual([false, false, true]);
  });

  it('stops when cancelled: no more slices and no onDone', () => {
    let runs = 0;
    const done = vi.fn();
    const cancel = runInSlices(() => {
      runs++;
      return false;
    }, done);
    vi.advanceTimersByTime(20);
    const before = runs;
    expect(before).toBeGreaterThan(0);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(before);
    expect(done).not.toHaveBeenCalled();
  });

  it('uses the idle callback when the page has one', () => {
    const idle = vi.fn((fn: () => void) => {
      setTimeout(fn, 1);
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', idle);
    try {
      const done = vi.fn();
      runInSlices(() => true, done);
      expect(idle).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(2);
      expect(done).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('HiddenText', () => {
  function setup() {
    const shown: Element[] = [];
    const hidden = new HiddenText((el) => shown.push(el));
    const a = document.createElement('div');
    const b = document.createElement('div');
    a.style.display = 'none';
    b.hidden = true;
    document.body.append(a, b);
    hidden.remember(a);
    hidden.remember(b);
    return { shown, hidden, a, b };
  }

  it('reports an element once it is shown, and forgets it', () => {
    const { shown, hidden, a, b } = setup();
    expect(hidden.size).toBe(2);
    hidden.recheck();
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([]);
    a.style.display = '';
    hidden.recheck();
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([a]);
    expect(hidden.size).toBe(1);
    b.hidden = false;
    hidden.recheck();
    hidden.recheck();
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([a, b]);
    expect(hidden.size).toBe(0);
  });

  it('forgets an element taken out of the page, without reporting it', () => {
    const { shown, hidden, a, b } = setup();
    a.remove();
    b.remove();
    hidden.recheck();
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([]);
    expect(hidden.size).toBe(0);
  });

  it('checks again after the running check when a change comes during it', () => {
    const { shown, hidden, a, b } = setup();
    hidden.recheck();
    // The change comes before the first slice has run: the check under way may or may not see it, the next one does.
    a.style.display = '';
    hidden.recheck();
    b.hidden = false;
    hidden.recheck();
    vi.advanceTimersByTime(200);
    expect(new Set(shown)).toEqual(new Set([a, b]));
    expect(shown).toHaveLength(2);
  });

  it('checks again for a change that came while a check was running, once it ends', () => {
    const shown: Element[] = [];
    const box = document.createElement('div');
    box.style.display = 'none';
    document.body.append(box);
    let hidden!: HiddenText;
    const first = document.createElement('p');
    document.body.append(first);
    hidden = new HiddenText((el) => {
      shown.push(el);
      // The page shows box while the check that found `first` runs; box was already passed.
      box.style.display = '';
      hidden.recheck();
    });
    // Checked last first: box is passed (still hidden) before first is found.
    hidden.remember(first);
    hidden.remember(box);
    hidden.recheck();
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([first, box]);
  });

  it('does nothing after clear, and schedules nothing when it remembers nothing', () => {
    const { shown, hidden, a } = setup();
    hidden.recheck();
    a.style.display = '';
    hidden.clear();
    expect(hidden.size).toBe(0);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([]);
    // Cleared mid-check: a new check starts at once, not after the cancelled one.
    hidden.remember(a);
    hidden.recheck();
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([a]);
    const empty = new HiddenText(() => {});
    empty.recheck();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('checks at once after a change to a hidden element, its ancestor or an earlier sibling; after other changes only once a second', () => {
    document.body.innerHTML =
      '<div id="tabs"><button id="tab"></button><div id="panel" class="panel"><p>x</p></div></div><header id="clock"></header><footer id="after"></footer>';
    const panel = document.getElementById('panel')!;
    panel.style.display = 'none';
    const shown: Element[] = [];
    const hidden = new HiddenText((el) => shown.push(el));
    hidden.remember(panel);
    const clock = document.getElementById('clock')!;
    const after = document.getElementById('after')!;
    // A page toggling a class elsewhere ten times a second: no check until a second has passed.
    for (let i = 0; i < 5; i++) {
      hidden.recheck([i % 2 ? clock : after]);
      vi.advanceTimersByTime(100);
    }
    panel.style.display = '';
    hidden.recheck([clock]);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(UNRELATED_CHANGE_MS);
    expect(shown).toEqual([panel]);
    for (const changed of ['panel', 'tabs', 'tab']) {
      const el = document.getElementById(changed)!;
      panel.style.display = 'none';
      hidden.remember(panel);
      shown.length = 0;
      panel.style.display = '';
      hidden.recheck([clock, el]);
      vi.advanceTimersByTime(100);
      expect(shown, changed).toEqual([panel]);
    }
  });

  it('checks at once after a style sheet came, which may show anything', () => {
    const { shown, hidden, a } = setup();
    a.style.display = '';
    hidden.recheck();
    vi.advanceTimersByTime(100);
    expect(shown).toEqual([a]);
  });
});
