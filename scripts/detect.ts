// Runs the detector from the command line, with the names compiled from content/.
//
//   npm run --silent detect -- FILE        one JSON object per mention per line
//   npm run --silent detect -- -           reads stdin
//   npm run --silent detect -- page.html   the page's visible text (offsets into that text)
//   npm run --silent detect -- --jsonl F   lines of {"id","text"} -> lines of {"id","mentions"}
//
// Unreadable or malformed input: a message naming the file (and line) on
// stderr, exit code 1, nothing on stdout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createDetector, type DetectedMention } from '../lib/detect';
import { compileContent } from '../lib/knowledge/compile';
import { ContentError } from '../lib/knowledge/content-error';
import { markedNames } from '../lib/knowledge/names';
import { htmlToText } from '../lib/text/html-text';
import { readArgs } from './cli';

class InputError extends Error {}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new InputError(`${file === '-' ? 'stdin' : file}: cannot read (${reason})`);
  }
}

interface Line {
  id: unknown;
  text: string;
}

function parseJsonl(name: string, input: string): Line[] {
  const out: Line[] = [];
  input.split('\n').forEach((raw, index) => {
    const where = `${name}:${index + 1}`;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${where}: bad JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where}: not a JSON object`);
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string') throw new InputError(`${where}: missing text field (a string)`);
    out.push({ id: record.id ?? null, text: record.text });
  });
  return out;
}

const HELP = `usage: npm run --silent detect -- [--jsonl] FILE|-

Runs the detector, with the names compiled from content/, on a text file, an
HTML file (its visible text) or standard input (-), and prints one JSON object
per mention per line. With --jsonl, reads lines of {"id","text"} and prints
lines of {"id","mentions"}.`;

function main(): void {
  const { values, positionals } = readArgs({
    name: 'detect',
    help: HELP,
    options: { jsonl: { type: 'boolean' } },
    positionals: { min: 1, max: 1 },
  });
  const options = { jsonl: values.jsonl === true, file: positionals[0]! };
  const input = readInput(options.file);
  const name = options.file === '-' ? 'stdin' : options.file;
  const lines = options.jsonl ? parseJsonl(name, input) : null;

  // The topics pages mark, so the command line finds what the extension marks.
  const names = markedNames(compileContent(join(import.meta.dirname, '..', 'content')).names);
  const detector = createDetector(names);
  const titles = new Map(names.topics.map((t) => [t.id, t.name.en]));
  const shape = (m: DetectedMention) => ({
    topic: m.topic,
    title_en: titles.get(m.topic) ?? m.topic,
    start: m.start,
    end: m.end,
    text: m.text,
    match: m.match,
  });

  const out: string[] = [];
  if (lines) {
    for (const line of lines) out.push(JSON.stringify({ id: line.id, mentions: detector.detect(line.text).map(shape) }));
  } else {
    const text = /\.html?$/i.test(options.file) ? htmlToText(input) : input;
    for (const m of detector.detect(text)) out.push(JSON.stringify(shape(m)));
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof InputError) && !(error instanceof ContentError)) throw error;
  console.error(`detect: ${error.message}`);
  process.exitCode = 1;
}
