// What `npm run compile` prints about a compiled model, and how it reads the
// content folder from disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

import { compileContent, compileSources } from '../../../lib/knowledge/compile';
import { isPartialDate } from '../../../lib/knowledge/dates';
import { formatSummary, summarize } from '../../../lib/knowledge/summary';
import { corpus } from './corpus';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('summarize', () => {
  it('counts articles, blocks, sentences, mentions, topics, forms, passages and facts, and measures both halves', () => {
    const compiled = compileSources(corpus());
    const namesJson = JSON.stringify(compiled.names);
    const detailsJson = JSON.stringify(compiled.details);
    expect(summarize(compiled)).toEqual({
      articles: 2,
      // alpha: a heading and two paragraphs (1 + 3 + 1 sentences); beta: one paragraph of 2.
      blocks: 4,
      sentences: 7,
      // alpha: Zorvath, Quenlin | Zorvath, Quenlin, Melbrook, Zorvath, Zorvath | Quenlin, Melbrook; beta: Melbrook, Quenlin.
      mentions: 11,
      topics: 3,
      aliases: 8,
      // zorvath 4, quenlin 4, melbrook 3.
      passages: 11,
      facts: 1,
      namesBytes: Buffer.byteLength(namesJson),
      namesGzipBytes: gzipSync(namesJson).length,
      detailsBytes: Buffer.byteLength(detailsJson),
      detailsGzipBytes: gzipSync(detailsJson).length,
    });
    // Bytes, not UTF-16 units: the Arabic names take two bytes a letter.
    expect(summarize(compiled).namesBytes).toBeGreaterThan(namesJson.length);
  });

  it('prints one line per half with sizes in KiB', () => {
    const text = formatSummary({
      articles: 2,
      blocks: 4,
      sentences: 7,
      mentions: 11,
      topics: 3,
      aliases: 8,
      passages: 11,
      facts: 1,
      namesBytes: 1536,
      namesGzipBytes: 512,
      detailsBytes: 10_240,
      detailsGzipBytes: 2048,
    });
    expect(text.split('\n')).toEqual([
      'articles  2 (4 blocks, 7 sentences, 11 mentions)',
      'topics    3 (8 names and aliases, 11 passages, 1 facts)',
      'names     1.5 KiB JSON, 0.5 KiB gzip',
      'details   10.0 KiB JSON, 2.0 KiB gzip',
    ]);
  });
});

describe('compileContent', () => {
  it('reads articles/ and topics/ only, skips hidden files and folders, and names files relative to the root', () => {
    const root = mkdtempSync(join(tmpdir(), 'siyaq-content-'));
    dirs.push(root);
    const contentDir = join(root, 'content');
    for (const { path, text } of corpus()) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    writeFileSync(join(contentDir, 'README.md'), '# not an article\n');
    writeFileSync(join(contentDir, 'articles', '.alpha.md.swp'), 'editor swap file');
    mkdirSync(join(contentDir, 'articles', 'drafts'));
    const compiled = compileContent(contentDir, root);
    expect(compiled).toEqual(compileSources(corpus()));
    // A stray file inside a compiled folder is reported with its path from the root.
    writeFileSync(join(contentDir, 'topics', 'notes.txt'), 'x');
    expect(() => compileContent(contentDir, root)).toThrow(
      'content/topics/notes.txt:1: not an article (articles/<id>.md) or a topics file (topics/<name>.yaml)',
    );
  });
});

describe('isPartialDate', () => {
  it('takes a year, a month or a day that exists', () => {
    for (const date of ['2023', '2023-01', '2023-12', '2023-09-19', '2024-02-29', '2023-01-31', '2023-04-30', '2023-12-31', '2023-01-01']) {
      expect(isPartialDate(date), date).toBe(true);
    }
  });

  it('refuses months and days past the calendar, and other shapes', () => {
    for (const date of [
      '2023-00',
      '2023-13',
      '2023-02-29',
      '2023-04-31',
      '2023-01-00',
      '2023-01-32',
      '23',
      '2023-9',
      '2023-09-19T10',
      ' 2023',
      'unknown',
    ]) {
      expect(isPartialDate(date), date).toBe(false);
    }
  });
});
