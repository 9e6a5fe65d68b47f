// Folder → pack file, for `npm run pack`, the benchmark and the tests. The
// folder is compiled by the same compileContent as the build, so a pack that
// builds is checked exactly as content/ is.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { compileContent } from '../knowledge/compile';
import { ProblemLog } from '../knowledge/content-error';
import { encodePack } from './format';
import { MANIFEST_FILE, parseManifest } from './manifest';
import type { PackManifest } from './types';

export function readManifest(contentDir: string, root: string = process.cwd()): PackManifest {
  const path = join(contentDir, MANIFEST_FILE);
  const file = relative(root, path).split(sep).join('/');
  const log = new ProblemLog();
  if (!existsSync(path)) log.add(file, 1, `missing: a pack needs ${MANIFEST_FILE} (id, title, version, description)`);
  const manifest = log.size === 0 ? parseManifest(file, readFileSync(path, 'utf8'), log) : undefined;
  log.throwIfAny();
  return manifest!;
}

/** The .siyaq text of a content folder; throws ContentError (file:line problems) when it does not compile. */
export async function buildPack(contentDir: string, root: string = process.cwd(), created = new Date()): Promise<string> {
  const manifest = readManifest(contentDir, root);
  const { names, details } = compileContent(contentDir, root);
  return encodePack(manifest, names, details, created);
}
