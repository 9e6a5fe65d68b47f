import { describe, expect, it } from 'vitest';

import { isCorrected, makeCorrection, sameCorrection, sanitizeCorrections } from '../../../lib/corrections/corrections';

describe('corrections', () => {
  const here = makeCorrection('kursk', 'كورسك', 'example.org', 1);
  const everywhere = makeCorrection('moscow', 'Moscow', null, 2);

  it('takes out that wording of that topic, on its site or everywhere', () => {
    expect(isCorrected([here], 'kursk', 'كورسك', 'example.org')).toBe(true);
    expect(isCorrected([here], 'kursk', 'كورسك', 'other.org')).toBe(false);
    expect(isCorrected([here], 'kursk', 'مقاطعة كورسك', 'example.org')).toBe(false);
    expect(isCorrected([here], 'russia', 'كورسك', 'example.org')).toBe(false);
    // Compared as the detector compares: case and letter variants do not matter.
    expect(isCorrected([everywhere], 'moscow', 'MOSCOW', 'any.site')).toBe(true);
    expect(isCorrected([], 'moscow', 'Moscow', 'any.site')).toBe(false);
  });

  it('reads back only well-formed stored corrections', () => {
    expect(sanitizeCorrections([here, { topic: 1 }, null, 'x', { topic: 't', wording: 'w' }])).toEqual([
      here,
      makeCorrection('t', 'w', null, 0),
    ]);
    expect(sanitizeCorrections('nonsense')).toEqual([]);
    expect(sameCorrection(here, makeCorrection('kursk', 'كورسك', 'example.org', 99))).toBe(true);
  });
});
