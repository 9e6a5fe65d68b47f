// `npm run sizes`: builds both store packages, measures what a reader
// downloads and what every tab loads, and writes the README's size section
// (between its two markers) from those figures, so the README never holds a
// size typed by hand. The budgets the tests enforce are printed beside them.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';

import { compileMatcher } from '../lib/detect';
import { compileContent } from '../lib/knowledge/compile';
import { markedNames } from '../lib/knowledge/names';
import { BUDGETS } from './budgets';
import { readArgs } from './cli';

const HELP = `usage: npm run sizes [-- --print]

Measures the builds in .output/ (run after \`npm run zip\`; \`npm run sizes\`
does both) and rewrites the README's size section between
<!-- sizes:start --> and <!-- sizes:end -->. With --print, prints the
section instead of writing it.`;

const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';

interface Sizes {
  version: string;
  zips: { name: string; bytes: number }[];
  unpacked: { build: string; files: number; bytes: number }[];
  contentJs: { bytes: number; gzip: number };
  contentCss: number;
  background: { bytes: number; gzip: number };
  matcher: { bytes: number; gzip: number };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipped = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function measure(root: string): Sizes {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const output = join(root, '.output');
  const zips = ['chrome', 'firefox', 'sources'].map((kind) => {
    const name = `siyaq-${version}-${kind}.zip`;
    const path = join(output, name);
    if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run zip\` first (\`npm run sizes\` does).`);
    return { name, bytes: statSync(path).size };
  });
  const unpacked = ['chrome-mv3', 'firefox-mv2'].map((build) => {
    const files = filesIn(join(output, build));
    return { build, files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
  });
  const chrome = join(output, 'chrome-mv3');
  const contentJs = readFileSync(join(chrome, 'content-scripts', 'content.js'));
  const background = readFileSync(join(chrome, 'background.js'));
  const matcher = compileMatcher(markedNames(compileContent(join(root, 'content')).names)).data;
  return {
    version,
    zips,
    unpacked,
    contentJs: { bytes: contentJs.length, gzip: gzipped(contentJs) },
    contentCss: statSync(join(chrome, 'content-scripts', 'content.css')).size,
    background: { bytes: background.length, gzip: gzipped(background) },
    matcher: { bytes: Buffer.byteLength(matcher), gzip: gzipped(matcher) },
  };
}

const ZIP_LABELS: Record<string, string> = {
  chrome: 'Chrome Web Store, Manifest V3',
  firefox: 'addons.mozilla.org, Manifest V2',
  sources: 'the sources AMO asks for, since the add-on is bundled; `npm ci && npm run build:firefox` rebuilds it',
};

function section(s: Sizes): string {
  const rows = s.zips.map(({ name, bytes }) => {
    const kind = /-(\w+)\.zip$/.exec(name)?.[1] ?? '';
    return `| \`${name}\` (${ZIP_LABELS[kind]}) | ${kB(bytes)} |`;
  });
  const [chrome, firefox] = s.unpacked;
  return [
    START,
    '<!-- Written by `npm run sizes` from the builds; do not edit by hand. -->',
    '',
    '| package | size |',
    '| --- | --- |',
    ...rows,
    '',
    `Unpacked, the Chromium build is ${chrome!.files} files and ${kB(chrome!.bytes)}, the Firefox build ${firefox!.files} files and ${kB(firefox!.bytes)}.`,
    `The content script, which every tab loads, is ${kB(s.contentJs.bytes)} (${kB(s.contentJs.gzip)} gzipped;`,
    `budget ${kB(BUDGETS.contentScriptGzip)}) plus ${s.contentCss} B of CSS: the detector, fuse.js, Preact for the card`,
    'and the page layer. The matcher for the built-in knowledge, which every tab receives, is',
    `${kB(s.matcher.bytes)} (${kB(s.matcher.gzip)} gzipped; budget ${kB(BUDGETS.matcherBytes)}). The background's script, which`,
    `holds the details half, is ${kB(s.background.bytes)} (${kB(s.background.gzip)} gzipped).`,
    `Per-tab JS heap with Siyaq, measured in Chromium by \`tests/e2e/budgets.test.ts\`: at most ${(BUDGETS.tabHeapBytes / 2 ** 20).toFixed(0)} MiB.`,
    END,
  ].join('\n');
}

if (import.meta.main) {
  const { values } = readArgs({ name: 'sizes', help: HELP, options: { print: { type: 'boolean' } } });
  const root = resolve(import.meta.dirname, '..');
  let sizes: Sizes;
  try {
    sizes = measure(root);
  } catch (error) {
    console.error(`sizes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const text = section(sizes);
  if (values.print) {
    console.log(text);
  } else {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start === -1 || end < start) {
      console.error(`sizes: README.md has no ${START} … ${END} section to write`);
      process.exit(1);
    }
    const updated = readme.slice(0, start) + text + readme.slice(end + END.length);
    // Written as Prettier would, so that `npm run lint` stays clean.
    const options = await resolveConfig(readmePath);
    writeFileSync(readmePath, await format(updated, { ...options, filepath: readmePath }));
    console.log(`sizes: README.md updated\n${text}`);
  }
}
