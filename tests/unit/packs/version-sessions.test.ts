import { describe, expect, it } from 'vitest';

import { ProblemLog } from '../../../lib/knowledge/content-error';
import { MAX_PACK_BYTES } from '../../../lib/packs/format';
import { parseManifest } from '../../../lib/packs/manifest';
import { PackError } from '../../../lib/packs/pack-error';
import { compareVersions, isPackVersion } from '../../../lib/packs/version';
import { ImportSessions } from '../../../lib/store/import-sessions';

describe('pack versions', () => {
  it('compare number by number', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1', '1.0')).toBe(0);
    expect(compareVersions('2', '10')).toBeLessThan(0);
    expect(isPackVersion('1.2.3')).toBe(true);
    for (const bad of ['', 'v1', '1.', '1..2', '-1', '1.2.3.4.5']) expect(isPackVersion(bad)).toBe(false);
  });
});

describe('pack.yaml', () => {
  it('gives file:line problems', () => {
    const log = new ProblemLog();
    parseManifest('x/pack.yaml', 'id: Bad Id\ntitle: { ar: ع }\nversion: v2\ndescription: { ar: و, en: d }\n', log);
    expect(log.problems.map((p) => `${p.line}: ${p.problem}`)).toEqual([
      '1: pack id "Bad Id" must be lowercase letters, digits and single hyphens',
      '3: version "v2" must be dotted numbers such as 1 or 1.2.0',
      '2: missing field "en" in "title" of the pack manifest',
    ]);
  });

  it('reads a good manifest', () => {
    const log = new ProblemLog();
    expect(
      parseManifest('pack.yaml', 'id: news\ntitle: { ar: أخبار, en: News }\nversion: 2.1\ndescription: { ar: و, en: d }\n', log),
    ).toEqual({
      id: 'news',
      title: { ar: 'أخبار', en: 'News' },
      version: '2.1',
      description: { ar: 'و', en: 'd' },
    });
  });
});

describe('import sessions', () => {
  it('joins pieces in order', () => {
    const s = new ImportSessions();
    const id = s.begin(10);
    expect(s.add(id, 0, 'abc')).toBe(3);
    expect(s.add(id, 1, 'def')).toBe(6);
    expect(s.finish(id)).toBe('abcdef');
    expect(() => s.finish(id)).toThrow(PackError);
  });

  it('refuses a file over the limit, more text than announced, a lost piece, and a stale session', () => {
    let now = 0;
    const s = new ImportSessions(() => now);
    expect(() => s.begin(MAX_PACK_BYTES + 1)).toThrow(/a pack can be at most 64 MB/);
    const small = s.begin(3);
    expect(() => s.add(small, 0, 'abcd')).toThrow(PackError);
    const gap = s.begin(10);
    expect(() => s.add(gap, 1, 'a')).toThrow(/lost on the way/);
    const stale = s.begin(10);
    s.add(stale, 0, 'a');
    now += 61_000;
    expect(() => s.add(stale, 1, 'b')).toThrow(/interrupted/);
  });
});
