// When two facts quoting one paragraph on one date state one thing.
import { describe, expect, it } from 'vitest';

import { sameFact } from '../../../lib/briefing/same-fact';

const quote = (start: number, end: number, text: string) => ({ start, end, text });

describe('sameFact', () => {
  it('is true when one quote lies within the other, whatever the wording', () => {
    expect(sameFact(quote(10, 50, 'The treaty was signed.'), quote(20, 40, 'Moscow and Pyongyang agreed.'))).toBe(true);
    expect(sameFact(quote(20, 40, 'A'), quote(10, 50, 'B'))).toBe(true);
    expect(sameFact(quote(10, 50, 'A'), quote(10, 50, 'B'))).toBe(true);
  });

  it('is true for quotes side by side worded mostly alike, from either side', () => {
    const putin = quote(73, 112, 'Gerasimov reported to him that the liberation of Kursk region from Ukrainian forces was complete.');
    const kursk = quote(113, 159, 'Gerasimov reported to President Putin that Kursk region had been fully freed of Ukrainian forces.');
    expect(sameFact(putin, kursk)).toBe(true);
    expect(sameFact(kursk, putin)).toBe(true);
  });

  it('is false for overlapping quotes that say other things, and for wordings too short to compare', () => {
    const baku = quote(25, 71, 'Baku began its offensive in the disputed region.');
    const moscow = quote(0, 46, 'Moscow only called on both sides to stop the bloodshed and return to a peaceful settlement.');
    expect(sameFact(baku, moscow)).toBe(false);
    // Half the words in common is not enough.
    const report = quote(73, 112, 'Gerasimov reported to him that the liberation of Kursk region from Ukrainian forces was complete.');
    const praise = quote(
      113,
      200,
      'Gerasimov praised the role of the North Korean troops that took part in the liberation of Kursk region.',
    );
    expect(sameFact(report, praise)).toBe(false);
    expect(sameFact(quote(0, 5, 'A b c'), quote(6, 9, 'A b c'))).toBe(false);
  });
});
