import { describe, expect, it } from 'vitest';

import { compileMatcher, createDetector, loadMatcher } from '../../../lib/detect';
import { loadNames } from './load-names';

describe('compiled matcher', () => {
  it('finds exactly what a detector built from the names finds', () => {
    const names = loadNames();
    const text = 'قال رئيس الوزراء الأرميني نيكول باشينيان إن قره باغ وممر لاتشين… وفي كورسك';
    const direct = createDetector(names).detect(text);
    expect(direct.length).toBeGreaterThan(2);
    expect(loadMatcher(compileMatcher(names)).detect(text)).toEqual(direct);
  });

  it('refuses a format it does not know', () => {
    expect(() => loadMatcher({ format: 2 as 1, data: '' })).toThrow(/format/);
  });
});
