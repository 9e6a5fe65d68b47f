import { describe, expect, it } from 'vitest';

import { ContentError, ProblemLog } from '../../../lib/knowledge/content-error';
import { parseArticle } from '../../../lib/knowledge/parse-article';
import { parseTopics } from '../../../lib/knowledge/parse-topics';
import { article } from './corpus';

describe('parseArticle', () => {
  it('reads the front matter and the body blocks with their lines', () => {
    const body = ['## First heading', 'Line one', 'line two.', '', '', '  Indented line.  ', '## Last'].join('\n');
    const { path, text } = article('alpha', body, { notes: '[Moscow]', date_inferred: 'false' });
    const log = new ProblemLog();
    const parsed = parseArticle(path, text, log);
    expect(log.problems).toEqual([]);
    expect(parsed?.line).toBe(2);
    expect(parsed?.meta.notes).toEqual(['Moscow']);
    expect(parsed?.blocks).toEqual([
      { kind: 'heading', text: 'First heading', sentences: [[0, 13]], line: 14 },
      { kind: 'paragraph', text: 'Line one line two.', sentences: [[0, 18]], line: 15 },
      { kind: 'paragraph', text: 'Indented line.', sentences: [[0, 14]], line: 19 },
      { kind: 'heading', text: 'Last', sentences: [[0, 4]], line: 20 },
    ]);
  });

  it('accepts Windows line ends and a byte-order mark', () => {
    const { path, text } = article('alpha', 'One.\n\nTwo.');
    const log = new ProblemLog();
    const parsed = parseArticle(path, `\uFEFF${text.replace(/\n/g, '\r\n')}`, log);
    expect(log.problems).toEqual([]);
    expect(parsed?.blocks.map((b) => [b.text, b.line])).toEqual([
      ['One.', 12],
      ['Two.', 14],
    ]);
  });

  it('reads a year written as a bare number as text', () => {
    const { path, text } = article('alpha', 'One.', { date: '2023' });
    expect(parseArticle(path, text, new ProblemLog())?.meta.date).toEqual({ value: '2023', inferred: false, note: '' });
  });
});

describe('parseTopics', () => {
  it('reads marked: false, and rejects a marked that is not true or false', () => {
    const base = ['- id: france', '  kind: place', '  name: { ar: فرنسا, en: France }', '  background: { ar: ب, en: B }'];
    const log = new ProblemLog();
    expect(parseTopics('content/topics/places.yaml', [...base, '  marked: false'].join('\n'), log)[0]?.marked).toBe(false);
    expect(log.problems).toEqual([]);
    expect(parseTopics('content/topics/places.yaml', [...base, '  marked: no thanks'].join('\n'), log)).toEqual([]);
    expect(log.problems.map((p) => `${p.line}: ${p.problem}`)).toEqual(['5: field "marked" in topic "france" must be true or false']);
  });

  it('reads every field, names first among the forms', () => {
    const yaml = [
      '- id: nagorno-karabakh',
      '  kind: place',
      '  name:',
      '    ar: ناغورني قره باغ',
      '    en: Nagorno-Karabakh',
      '  aliases:',
      '    - قره باغ',
      '    - Karabakh',
      '  exclude: []',
      '  background:',
      '    ar: >',
      '      إقليم',
      '      متنازع عليه.',
      '    en: A disputed region.',
      '  facts:',
      '    - date: null',
      '      ar: حقيقة',
      '      en: A fact',
      '      cite: { article: alpha, quote: "words: quoted" }',
      '  related: [armenia]',
    ].join('\n');
    const log = new ProblemLog();
    const [topic] = parseTopics('content/topics/places.yaml', yaml, log);
    expect(log.problems).toEqual([]);
    expect(topic).toEqual({
      file: 'content/topics/places.yaml',
      line: 1,
      id: 'nagorno-karabakh',
      kind: 'place',
      name: { ar: 'ناغورني قره باغ', en: 'Nagorno-Karabakh' },
      forms: [
        { value: 'ناغورني قره باغ', line: 4 },
        { value: 'Nagorno-Karabakh', line: 5 },
        { value: 'قره باغ', line: 7 },
        { value: 'Karabakh', line: 8 },
      ],
      exclude: [],
      marked: true,
      background: { ar: 'إقليم متنازع عليه.', en: 'A disputed region.' },
      facts: [
        {
          line: 16,
          date: null,
          asOf: null,
          by: { kind: 'article' },
          text: { ar: 'حقيقة', en: 'A fact' },
          cite: { article: { value: 'alpha', line: 19 }, quote: { value: 'words: quoted', line: 19 } },
        },
      ],
      related: [{ value: 'armenia', line: 20 }],
      leadsHere: [],
    });
  });

  it('treats an empty file as no topics', () => {
    const log = new ProblemLog();
    expect(parseTopics('content/topics/empty.yaml', '# nothing yet\n', log)).toEqual([]);
    expect(log.problems).toEqual([]);
  });

  it('reports every problem in a file, not just the first', () => {
    const yaml = '- id: a\n  kind: place\n- id: b\n  kind: nope\n  name: x\n';
    const log = new ProblemLog();
    expect(parseTopics('t.yaml', yaml, log)).toEqual([]);
    expect(log.problems.map((p) => `${p.line}: ${p.problem}`)).toEqual([
      '1: missing field "name" in topic "a"',
      '1: missing field "background" in topic "a"',
      '4: kind "nope" must be one of place, person, organisation, treaty, event',
      '5: "name" of topic "b" must be a mapping of fields',
      '3: missing field "background" in topic "b"',
    ]);
  });

  it('rejects empty entries and non-text values', () => {
    const yaml = '- id: a\n  kind: place\n  name: { ar: [x], en: "" }\n  aliases: ["", b]\n  background: { ar: خ, en: B }\n';
    const log = new ProblemLog();
    parseTopics('t.yaml', yaml, log);
    expect(log.problems.map((p) => `${p.line}: ${p.problem}`)).toEqual([
      '3: field "ar" in "name" of topic "a" must be text',
      '3: field "en" in "name" of topic "a" is empty',
      '4: every entry of "aliases" in topic "a" must be non-empty text',
    ]);
  });
});

describe('ContentError', () => {
  it('formats each problem as file:line: problem and exposes the first', () => {
    const error = new ContentError([
      { file: 'content/topics/b.yaml', line: 3, problem: 'second' },
      { file: 'content/topics/a.yaml', line: 9, problem: 'first' },
    ]);
    expect(error.message).toBe('content/topics/a.yaml:9: first\ncontent/topics/b.yaml:3: second');
    expect([error.file, error.line, error.problem]).toEqual(['content/topics/a.yaml', 9, 'first']);
    expect(error.name).toBe('ContentError');
    expect(error).toBeInstanceOf(Error);
  });

  it('needs at least one problem', () => {
    expect(() => new ContentError([])).toThrow(new TypeError('ContentError needs at least one problem'));
  });

  it('takes a single problem too', () => {
    const error = new ContentError({ file: 'content/articles/x.md', line: 1, problem: 'bad' });
    expect(error.problems).toHaveLength(1);
    expect(error.message).toBe('content/articles/x.md:1: bad');
  });
});
