// parseArticle on its own: what a file's first bytes, its line ends, its url
// and its id may be, and which problem each wrong one gets (file:line: text).
import { describe, expect, it } from 'vitest';

import { formatProblem, ProblemLog } from '../../../lib/knowledge/content-error';
import { parseArticle, type ParsedArticle } from '../../../lib/knowledge/parse-article';
import { article } from './corpus';

const BODY = ['## The harbour', 'Zorvath met Quenlin', 'in Melbrook.', '', 'Quenlin stayed.'].join('\n');

function parse(path: string, text: string): { parsed: ParsedArticle | undefined; problems: string[] } {
  const log = new ProblemLog();
  const parsed = parseArticle(path, text, log);
  return { parsed, problems: log.problems.map(formatProblem) };
}

/** The article alpha with these front matter fields changed (undefined leaves one out). */
function withFields(fields: Record<string, string | undefined>, body = BODY) {
  const { path, text } = article('alpha', body, fields);
  return parse(path, text);
}

describe('parseArticle: the bytes and line ends of a file', () => {
  const { path, text } = article('alpha', BODY);
  const lf = parse(path, text);

  it('reads the article written with LF', () => {
    expect(lf.problems).toEqual([]);
    expect(lf.parsed?.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'The harbour', 12],
      ['paragraph', 'Zorvath met Quenlin in Melbrook.', 13],
      ['paragraph', 'Quenlin stayed.', 16],
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['a lone CR', '\r'],
  ])('reads it written with %s line ends exactly as with LF', (_, end) => {
    expect(parse(path, text.replaceAll('\n', end))).toEqual(lf);
  });

  it('reads line ends mixed in one file as the lines they end', () => {
    const lines = text.split('\n');
    // A lone CR never before an empty line ended by LF: that would be one CRLF.
    const end = (i: number) => (i % 2 === 0 ? '\r\n' : lines[i + 1] === '' ? '\n' : '\r');
    const mixed = lines.map((line, i) => line + (i < lines.length - 1 ? end(i) : '')).join('');
    expect(mixed).toMatch(/[^\n]\r[^\n]/);
    expect(parse(path, mixed)).toEqual(lf);
  });

  it('drops a byte-order mark at the very start, and only there', () => {
    expect(parse(path, `\uFEFF${text}`)).toEqual(lf);
    // One inside a line is the writer's: it stays in the text.
    const inside = parse(path, text.replace('met Quenlin', 'met \uFEFFQuenlin'));
    expect(inside.problems).toEqual([]);
    expect(inside.parsed?.blocks[1]?.text).toBe('Zorvath met \uFEFFQuenlin in Melbrook.');
    // A second mark at the start is not the file's: the first line is then not a fence.
    expect(parse(path, `\uFEFF\uFEFF${text}`).problems).toEqual([
      `${path}:1: an article must start with a "---" line opening its front matter`,
    ]);
  });

  it('takes fences with spaces after them, not before', () => {
    const spaced = text.replace(/^---$/gm, '---  ');
    expect(parse(path, spaced)).toEqual(lf);
    expect(parse(path, ` ${text}`).problems).toEqual([`${path}:1: an article must start with a "---" line opening its front matter`]);
    const indentedClose = text.split('\n');
    indentedClose[9] = ' ---';
    expect(parse(path, indentedClose.join('\n')).problems).toEqual([
      `${path}:1: the front matter opened on line 1 is never closed with a "---" line`,
    ]);
  });
});

describe('parseArticle: the url field', () => {
  it.each(['https://example.com/news/1', 'http://example.com', 'https://x'])('takes the address %s', (url) => {
    const { parsed, problems } = withFields({ url });
    expect(problems).toEqual([]);
    expect(parsed?.meta.url).toBe(url);
  });

  it('reads unknown as no address', () => {
    expect(withFields({ url: 'unknown' }).parsed?.meta.url).toBeNull();
  });

  it.each([
    'see https://example.com', // an address later in the text
    'https://example.com and more', // text after the address
    'https://', // no address after the scheme
    'ftp://example.com',
    'example.com',
    'Unknown',
  ])('refuses %j with its line', (url) => {
    const { parsed, problems } = withFields({ url });
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([`content/articles/alpha.md:7: url "${url}" must be an http(s) address or "unknown"`]);
  });
});

describe('parseArticle: the article id', () => {
  it.each([
    ['Alpha', 'capitals'],
    ['alpha--beta', 'a double hyphen'],
    ['-alpha', 'a leading hyphen'],
    ['alpha-', 'a trailing hyphen'],
    ['al_pha', 'an underscore'],
    ['alpha.beta', 'a dot'],
    ['ألفا', 'Arabic letters'],
  ])('names %j (%s) as the problem, on the id line, and nothing else about it', (id) => {
    // The file is named after the bad id, so only its form is wrong.
    const file = `content/articles/${id}.md`;
    const { text } = article(id, BODY);
    const { parsed, problems } = parse(file, text);
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([`${file}:2: id "${id}" must be lowercase letters, digits and single hyphens`]);
  });

  it('reports a bad id, not its difference from the file name, when both are wrong', () => {
    const { parsed, problems } = withFields({ id: 'Beta' });
    expect(parsed).toBeUndefined();
    expect(problems).toEqual(['content/articles/alpha.md:2: id "Beta" must be lowercase letters, digits and single hyphens']);
  });

  it('reports a good id that differs from the file name, named without its folder and .md', () => {
    expect(withFields({ id: 'beta' }).problems).toEqual(['content/articles/alpha.md:2: id "beta" differs from the file name "alpha"']);
    const odd = parse('content/articles/alpha.mdx.md', article('alpha', BODY).text);
    expect(odd.problems).toEqual(['content/articles/alpha.mdx.md:2: id "alpha" differs from the file name "alpha.mdx"']);
  });

  it('takes an id of digits and single hyphens that is its file name, with or without a folder', () => {
    const { text } = article('2023-09-19-news', BODY);
    expect(parse('content/articles/2023-09-19-news.md', text).parsed?.meta.id).toBe('2023-09-19-news');
    expect(parse('2023-09-19-news.md', text).problems).toEqual([]);
  });

  it('reports a missing id at the front matter, once', () => {
    const { parsed, problems } = withFields({ id: undefined });
    expect(parsed).toBeUndefined();
    expect(problems).toEqual(['content/articles/alpha.md:2: missing field "id" in the front matter']);
  });
});

describe('parseArticle: the front matter as a whole', () => {
  /** alpha.md with its front matter lines as given and a one-line body. */
  const file = (front: string[]) => parse('content/articles/alpha.md', ['---', ...front, '---', '', 'Quenlin stayed.', ''].join('\n'));
  const fields = (id: string) => [
    'title: عنوان',
    'title_en: Title',
    `id: ${id}`, // line 4
    'source: مصدر',
    'source_en: Source',
    'url: unknown',
    'language: en',
    'date: 2023-09-19',
  ];

  it('points at the id line wherever the id is', () => {
    expect(file(fields('alpha')).parsed?.line).toBe(4);
    expect(file(fields('beta')).problems).toEqual(['content/articles/alpha.md:4: id "beta" differs from the file name "alpha"']);
    expect(file(fields('Alpha')).problems).toEqual([
      'content/articles/alpha.md:4: id "Alpha" must be lowercase letters, digits and single hyphens',
    ]);
  });

  it('refuses front matter that is not a mapping of fields, with one problem', () => {
    expect(file(['- id', '- alpha'])).toEqual({
      parsed: undefined,
      problems: ['content/articles/alpha.md:2: the front matter must be a mapping of fields'],
    });
    expect(file(['just a line of text']).problems).toEqual(['content/articles/alpha.md:2: the front matter must be a mapping of fields']);
  });

  it.each(['url', 'language', 'date', 'title', 'source_en'])('reports a missing %s once, and only that', (field) => {
    const { parsed, problems } = withFields({ [field]: undefined });
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([`content/articles/alpha.md:2: missing field "${field}" in the front matter`]);
  });
});

describe('parseArticle: headings and paragraphs', () => {
  it('trims a heading, and refuses one that is only spaces', () => {
    const { parsed } = withFields({}, '##    The   harbour  \n\nQuenlin stayed.');
    expect(parsed?.blocks[0]).toEqual({ kind: 'heading', text: 'The   harbour', sentences: [[0, 13]], line: 12 });
    expect(withFields({}, '##    \n\nQuenlin stayed.').problems).toEqual(['content/articles/alpha.md:12: empty heading']);
  });

  it('reads # inside a line, or not followed by a space, as text', () => {
    const { parsed, problems } = withFields({}, 'Room # 5 and C# stayed open.\n#harbour news');
    expect(problems).toEqual([]);
    expect(parsed?.blocks.map((b) => b.text)).toEqual(['Room # 5 and C# stayed open. #harbour news']);
  });
});
