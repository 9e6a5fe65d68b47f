import { describe, expect, it } from 'vitest';

import { firstDay, lastDay, splitByPage } from '../../../lib/cards/page-time';

const fact = (date: string | null, asOf: string | null = date) => ({ date, asOf });

describe('page time', () => {
  it('reads partial dates as the first and last day they can mean', () => {
    expect(firstDay('2023')).toBe('2023-01-01');
    expect(firstDay('2023-09')).toBe('2023-09-01');
    expect(lastDay('2023')).toBe('2023-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-09-19')).toBe('2023-09-19');
  });

  it('puts facts after the page only when they must have come later', () => {
    const facts = [fact('2020'), fact('2023-09'), fact('2023-09-20'), fact('2024-06-19'), fact(null, '2023-09-19'), fact(null, null)];
    const split = splitByPage(facts, '2023-09-19');
    expect(split.before).toEqual([fact('2020'), fact('2023-09'), fact(null, '2023-09-19'), fact(null, null)]);
    expect(split.after).toEqual([fact('2023-09-20'), fact('2024-06-19')]);
    expect(split.newerThan).toBeNull();
  });

  it('says when the page is newer than every fact, by the latest one', () => {
    const split = splitByPage([fact('2023-09-19'), fact('2025-04'), fact(null, '2023-09-19')], '2026-01-08');
    expect(split.after).toEqual([]);
    expect(split.newerThan).toBe('2025-04');
    // Within the latest fact's month the page is not known to be newer.
    expect(splitByPage([fact('2025-04')], '2025-04-30').newerThan).toBeNull();
  });

  it('compares a partial page date by its whole span', () => {
    const split = splitByPage([fact('2023-09-19'), fact('2023-10-01')], '2023-09');
    expect(split.before).toEqual([fact('2023-09-19')]);
    expect(split.after).toEqual([fact('2023-10-01')]);
  });
});
