// Packs built from the knowledge tests' small corpus, the way npm run pack builds them.
import { compileSources } from '../../../lib/knowledge/compile';
import { encodePack } from '../../../lib/packs/format';
import type { PackManifest } from '../../../lib/packs/types';
import { corpus } from '../knowledge/corpus';

export const MANIFEST: PackManifest = {
  id: 'test-pack',
  title: { ar: 'حزمة تجربة', en: 'Test pack' },
  version: '1.2',
  description: { ar: 'وصف', en: 'A description' },
};

export function compiled(overrides?: Parameters<typeof corpus>[0]) {
  return compileSources(corpus(overrides));
}

export async function packText(manifest: Partial<PackManifest> = {}, overrides?: Parameters<typeof corpus>[0]): Promise<string> {
  const { names, details } = compiled(overrides);
  return encodePack({ ...MANIFEST, ...manifest }, names, details, new Date('2026-11-01T10:00:00Z'));
}

/** Rewrites a pack's header, keeping its body (and checksum) as they are. */
export function withHeader(text: string, change: (header: Record<string, unknown>) => void): string {
  const newline = text.indexOf('\n');
  const at = newline < 0 ? text.length : newline;
  const header = JSON.parse(text.slice(0, at)) as Record<string, unknown>;
  change(header);
  return `${JSON.stringify(header)}${text.slice(at)}`;
}

/** Rewrites a pack's body and fixes its length and checksum, so that only validation can object. */
export async function withBody(text: string, change: (body: Record<string, any>) => void): Promise<string> {
  const at = text.indexOf('\n');
  const body = JSON.parse(text.slice(at + 1)) as Record<string, any>;
  change(body);
  const json = JSON.stringify(body);
  const bytes = new TextEncoder().encode(json);
  const { sha256Hex } = await import('../../../lib/packs/format');
  const sha256 = await sha256Hex(bytes);
  return `${withHeader(text.slice(0, at), (h) => (h.body = { bytes: bytes.length, sha256 }))}\n${json}`;
}
