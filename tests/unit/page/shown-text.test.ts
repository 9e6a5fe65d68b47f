// @vitest-environment happy-dom
// Text as CSS shows it: a headline in lower case shown in capitals is read in
// capitals; offsets never move.
import { afterEach, describe, expect, it } from 'vitest';

import { asShown, shownRunText } from '../../../lib/page/shown-text';
import { fill } from './html';

describe('asShown', () => {
  it('upper-cases for uppercase, capitalises each word for capitalize, and leaves other transforms alone', () => {
    expect(asShown('nikol pashinyan', 'uppercase')).toBe('NIKOL PASHINYAN');
    expect(asShown('nikol pashinyan, in yerevan', 'capitalize')).toBe('Nikol Pashinyan, In Yerevan');
    expect(asShown('nikol pashinyan', 'none')).toBe('nikol pashinyan');
    expect(asShown('nikol pashinyan', 'lowercase')).toBe('nikol pashinyan');
  });

  it('keeps a word’s inner letters after an apostrophe or a combining mark as they are', () => {
    expect(asShown("o'brien's day", 'capitalize')).toBe("O'brien's Day");
    expect(asShown('o’brien’s day', 'capitalize')).toBe('O’brien’s Day');
    expect(asShown('cafe\u0301s here', 'capitalize')).toBe('Cafe\u0301s Here');
    // After a dash or a bracket a new word starts.
    expect(asShown('well-known (aside)', 'capitalize')).toBe('Well-Known (Aside)');
  });

  it('keeps the text when the transform would change its length (offsets must hold)', () => {
    expect(asShown('straße', 'uppercase')).toBe('straße');
  });

  it('leaves Arabic as it is', () => {
    expect(asShown('نيكول باشينيان', 'uppercase')).toBe('نيكول باشينيان');
  });
});

describe('shownRunText', () => {
  afterEach(() => document.body.replaceChildren());

  it('reads each text node with its own parent’s transform', () => {
    fill(document.body, '<p>met <span style="text-transform: uppercase">nikol pashinyan</span> today</p>');
    const nodes = [...document.querySelector('p')!.childNodes].flatMap((n) => (n instanceof Text ? [n] : [n.firstChild as Text]));
    const text = nodes.map((n) => n.data).join('');
    expect(shownRunText(nodes, text)).toBe('met NIKOL PASHINYAN today');
  });

  it('reads a text node outside any element as it is', () => {
    const loose = document.createTextNode('nikol pashinyan');
    expect(shownRunText([loose], loose.data)).toBe('nikol pashinyan');
  });

  it('returns the run’s own text when nothing is transformed', () => {
    fill(document.body, '<p>nikol pashinyan</p>');
    const node = document.querySelector('p')!.firstChild as Text;
    const text = node.data;
    expect(shownRunText([node], text)).toBe(text);
  });
});
