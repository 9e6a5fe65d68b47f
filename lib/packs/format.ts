// The .siyaq file (docs/pack-format.md): one line of JSON header, a newline,
// then the body as JSON. The header carries the body's length and SHA-256, so
// a file cut short or damaged is told apart from one that is merely invalid,
// and an unknown format version is refused before the body is read.
import { compileMatcher } from '../detect/compiled';
import { markedNames } from '../knowledge/names';
import type { DetailsIndex, NamesIndex } from '../knowledge/types';
import { fieldProblemArgs } from './field-problem';
import { PackError } from './pack-error';
import type { Pack, PackManifest, PackMeta } from './types';
import { checkBody, checkMeta } from './validate';

export const PACK_FORMAT = 1;
/** Larger files are refused before they are read (the synthetic 1,000-article pack is about 12 MB). */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** The header line is small; a longer first line means this is not a pack. */
const MAX_HEADER_CHARS = 64 * 1024;

interface Header extends PackMeta {
  siyaq: 'pack';
  format: number;
  body: { bytes: number; sha256: string };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function packMeta(manifest: PackManifest, details: DetailsIndex, names: NamesIndex, created: string): PackMeta {
  const dates = details.articles.flatMap((a) => (a.date.value ? [a.date.value] : [])).sort();
  return {
    ...manifest,
    created,
    counts: { articles: details.articles.length, topics: names.topics.length },
    dates: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
  };
}

/** The pack file's text. */
export async function encodePack(manifest: PackManifest, names: NamesIndex, details: DetailsIndex, created: Date): Promise<string> {
  const body = JSON.stringify({ names, details, matcher: compileMatcher(markedNames(names)) });
  const bytes = new TextEncoder().encode(body);
  const header: Header = {
    siyaq: 'pack',
    format: PACK_FORMAT,
    ...packMeta(manifest, details, names, created.toISOString()),
    body: { bytes: bytes.length, sha256: await sha256Hex(bytes) },
  };
  return `${JSON.stringify(header)}\n${body}`;
}

/** A pack as read from its file, with the checksum that identifies this exact build of it. */
export interface DecodedPack extends Pack {
  sha256: string;
  bytes: number;
}

/** Reads and checks a pack file; throws PackError saying what is wrong. */
export async function decodePack(text: string): Promise<DecodedPack> {
  const newline = text.indexOf('\n');
  const headerText = newline < 0 ? text.slice(0, MAX_HEADER_CHARS + 1) : text.slice(0, newline);
  const header = headerOf(headerText, newline >= 0 && newline <= MAX_HEADER_CHARS);
  if (header.format !== PACK_FORMAT) {
    throw new PackError(
      'unknown-format',
      `This pack uses format version ${String(header.format)}; this version of Siyaq reads format ${PACK_FORMAT}. Update Siyaq, or build the pack again.`,
      { args: [String(header.format), String(PACK_FORMAT)] },
    );
  }
  const meta = checkMeta(header);
  const declared = header.body;
  if (typeof declared !== 'object' || declared === null || !Number.isInteger(declared.bytes) || typeof declared.sha256 !== 'string') {
    throw new PackError('invalid', 'The pack header does not give the length and checksum of its contents.', {
      args: fieldProblemArgs('body', 'body-header'),
    });
  }
  const bytes = new TextEncoder().encode(newline < 0 ? '' : text.slice(newline + 1));
  if (bytes.length < declared.bytes) {
    throw new PackError(
      'truncated',
      `The pack is incomplete: ${bytes.length.toLocaleString('en')} of ${declared.bytes.toLocaleString('en')} bytes. Copy or download it again.`,
    );
  }
  if (bytes.length > declared.bytes || (await sha256Hex(bytes)) !== declared.sha256) {
    throw new PackError('corrupted', 'The pack is damaged: its contents do not match its checksum. Copy or download it again.');
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new PackError('corrupted', 'The pack is damaged: its contents are not readable.');
  }
  return { meta, ...checkBody(body, meta), sha256: declared.sha256, bytes: bytes.length };
}

function headerOf(line: string, complete: boolean): Partial<Header> & Record<string, unknown> {
  const notAPack = new PackError('not-a-pack', 'This file is not a Siyaq knowledge pack (.siyaq).');
  if (!complete && !line.trimStart().startsWith('{"siyaq":"pack"')) throw notAPack;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // A pack's first line always parses; a cut inside it is still recognisable by its start.
    if (line.startsWith('{"siyaq":"pack"')) throw new PackError('truncated', 'The pack is incomplete: it ends inside its header.');
    throw notAPack;
  }
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>).siyaq !== 'pack') throw notAPack;
  return value as Partial<Header> & Record<string, unknown>;
}
