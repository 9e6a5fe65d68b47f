// Reads one content/articles/<id>.md: YAML front matter, then a body of
// "## " headings and paragraphs separated by blank lines.
import type { ProblemLog } from './content-error';
import { isPartialDate } from './dates';
import { idProblem } from './ids';
import { splitSentences } from './sentences';
import type { ArticleMeta, Block } from './types';
import { MapReader, YamlSource } from './yaml-fields';

/** A block before the detector has run, with the file line it starts on. */
export type ParsedBlock = Omit<Block, 'mentions'> & { line: number };

export interface ParsedArticle {
  file: string;
  meta: ArticleMeta;
  /** Line of the id field, where problems about the whole article point. */
  line: number;
  blocks: ParsedBlock[];
}

const FIELDS = [
  'id',
  'title',
  'title_en',
  'source',
  'source_en',
  'url',
  'language',
  'date',
  'date_note',
  'date_inferred',
  'notes',
] as const;

const FENCE = '---';
const HEADING = '## ';

/** undefined when the article has problems (they are in log). */
export function parseArticle(file: string, text: string, log: ProblemLog): ParsedArticle | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines[0]?.trimEnd() !== FENCE) {
    log.add(file, 1, `an article must start with a "${FENCE}" line opening its front matter`);
    return undefined;
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === FENCE);
  if (close < 0) {
    log.add(file, 1, `the front matter opened on line 1 is never closed with a "${FENCE}" line`);
    return undefined;
  }
  const before = log.size;
  // Front matter starts on file line 2; the body on the line after the fence.
  const meta = parseFrontMatter(file, lines.slice(1, close).join('\n'), log);
  const blocks = parseBody(file, lines.slice(close + 1), close + 2, log);
  if (!meta || log.size > before) return undefined;
  return { file, meta: meta.meta, line: meta.line, blocks };
}

function parseFrontMatter(file: string, yamlText: string, log: ProblemLog): { meta: ArticleMeta; line: number } | undefined {
  const src = new YamlSource(file, log, 2);
  const root = src.parse(yamlText);
  if (root === undefined) return undefined;
  const fm = MapReader.open(src, root, 1, 'the front matter', FIELDS);
  if (!fm) return undefined;

  const id = fm.string('id');
  const expected = baseName(file);
  const badId = id === undefined ? undefined : idProblem(id);
  if (badId) {
    src.problem(fm.lineOfField('id'), badId);
  } else if (id !== undefined && id !== expected) {
    src.problem(fm.lineOfField('id'), `id "${id}" differs from the file name "${expected}"`);
  }

  const title = fm.string('title');
  const titleEn = fm.string('title_en');
  const source = fm.string('source');
  const sourceEn = fm.string('source_en');
  const url = readUrl(fm);
  const language = readLanguage(fm);
  const date = readDate(fm);
  const notes = fm.stringList('notes');

  if (
    id === undefined ||
    title === undefined ||
    titleEn === undefined ||
    source === undefined ||
    sourceEn === undefined ||
    url === undefined ||
    language === undefined ||
    date === undefined ||
    notes === undefined
  ) {
    return undefined;
  }
  return {
    meta: { id, title, titleEn, source, sourceEn, url, language, date, notes: notes.map((n) => n.value) },
    line: fm.lineOfField('id'),
  };
}

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/, '');
}

function readUrl(fm: MapReader): string | null | undefined {
  const url = fm.string('url');
  if (url === undefined) return undefined;
  if (url === 'unknown') return null;
  if (/^https?:\/\/\S+$/.test(url)) return url;
  return fm.src.problem(fm.lineOfField('url'), `url "${url}" must be an http(s) address or "unknown"`);
}

function readLanguage(fm: MapReader): 'ar' | 'en' | undefined {
  const language = fm.string('language');
  if (language === undefined || language === 'ar' || language === 'en') return language;
  return fm.src.problem(fm.lineOfField('language'), `language "${language}" must be ar or en`);
}

function readDate(fm: MapReader): ArticleMeta['date'] | undefined {
  const date = fm.string('date');
  const inferred = fm.boolean('date_inferred', false);
  const note = fm.optionalString('date_note');
  if (date === undefined || inferred === undefined || note === undefined) return undefined;
  if (date !== 'unknown' && !isPartialDate(date)) {
    return fm.src.problem(fm.lineOfField('date'), `date "${date}" must be YYYY-MM-DD, YYYY-MM, YYYY or unknown`);
  }
  if ((inferred || date === 'unknown') && note === null) {
    const why = inferred ? 'how the date was worked out' : 'why the date is unknown';
    return fm.src.problem(fm.lineOfField('date'), `date_note must say ${why}`);
  }
  return { value: date === 'unknown' ? null : date, inferred, note: note ?? '' };
}

/** Blocks of the body; firstLine is the file line of bodyLines[0]. */
function parseBody(file: string, bodyLines: string[], firstLine: number, log: ProblemLog): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  let paragraph: string[] = [];
  let paragraphLine = 0;

  const flush = (): void => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ');
    blocks.push({ kind: 'paragraph', text, sentences: splitSentences(text), line: paragraphLine });
    paragraph = [];
  };

  for (const [i, raw] of bodyLines.entries()) {
    const line = firstLine + i;
    const trimmed = raw.trim();
    if (trimmed === '') {
      flush();
    } else if (raw.startsWith(HEADING)) {
      flush();
      const text = raw.slice(HEADING.length).trim();
      // A heading is one passage: its single sentence is the whole line.
      if (text === '') log.add(file, line, 'empty heading');
      else blocks.push({ kind: 'heading', text, sentences: [[0, text.length]], line });
    } else if (/^#+\s/.test(raw)) {
      log.add(file, line, `only "${HEADING}" headings are allowed in an article body`);
    } else {
      if (paragraph.length === 0) paragraphLine = line;
      paragraph.push(trimmed);
    }
  }
  flush();

  if (blocks.length === 0) log.add(file, Math.max(1, firstLine - 1), 'the article has no body after its front matter');
  return blocks;
}
