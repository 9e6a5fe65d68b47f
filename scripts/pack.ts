// Builds a knowledge pack from a folder laid out like content/ (plus pack.yaml):
//
//   npm run pack -- DIR -o FILE.siyaq
//
// The folder is checked exactly as content/ is; every problem is printed as
// file:line and the exit code is 1. See docs/pack-format.md.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { ContentError } from '../lib/knowledge/content-error';
import { buildPack } from '../lib/packs/build';

const USAGE = 'usage: npm run pack -- DIR -o FILE.siyaq   (DIR laid out like content/, with a pack.yaml)';

function parseArgs(args: string[]): { dir: string; out: string } | string {
  if (args.includes('--help') || args.includes('-h')) return USAGE;
  const at = args.findIndex((a) => a === '-o' || a === '--output');
  const out = at >= 0 ? args[at + 1] : undefined;
  const rest = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown) return `unknown option ${unknown}\n${USAGE}`;
  if (rest.length !== 1 || !out) return USAGE;
  return { dir: rest[0]!, out };
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  const help = parsed === USAGE && process.argv.slice(2).some((a) => a === '--help' || a === '-h');
  (help ? console.log : console.error)(parsed);
  if (!help) process.exitCode = 1;
} else {
  try {
    const text = await buildPack(resolve(parsed.dir));
    writeFileSync(parsed.out, text);
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as {
      id: string;
      version: string;
      counts: { articles: number; topics: number };
    };
    console.log(
      `${parsed.out}: pack ${header.id} ${header.version}, ${header.counts.articles} articles, ${header.counts.topics} topics, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`,
    );
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      console.error(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; no pack written.`);
    } else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      console.error(`cannot read ${parsed.dir}: no such folder`);
    } else throw error;
    process.exitCode = 1;
  }
}
