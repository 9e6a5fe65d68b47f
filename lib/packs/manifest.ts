// pack.yaml: the identity of a content folder as a pack, checked with the same
// file:line problems as the rest of the folder.
import { ProblemLog } from '../knowledge/content-error';
import { idProblem } from '../knowledge/ids';
import { MapReader, YamlSource } from '../knowledge/yaml-fields';
import type { PackManifest } from './types';
import { isPackVersion } from './version';

export const MANIFEST_FILE = 'pack.yaml';

const FIELDS = ['id', 'title', 'version', 'description'] as const;
const BILINGUAL = ['ar', 'en'] as const;

/** The manifest, or undefined with the problems in log. */
export function parseManifest(file: string, text: string, log: ProblemLog): PackManifest | undefined {
  const src = new YamlSource(file, log);
  const root = src.parse(text);
  if (root === undefined) return undefined;
  const map = MapReader.open(src, root, 1, 'the pack manifest', FIELDS);
  if (!map) return undefined;
  const id = map.string('id');
  if (id !== undefined && idProblem(id)) log.add(file, map.lineOfField('id'), `pack ${idProblem(id)}`);
  const version = map.string('version');
  if (version !== undefined && !isPackVersion(version)) {
    log.add(file, map.lineOfField('version'), `version "${version}" must be dotted numbers such as 1 or 1.2.0`);
  }
  const title = map.map('title', BILINGUAL);
  const titleAr = title?.string('ar');
  const titleEn = title?.string('en');
  const description = map.map('description', BILINGUAL);
  const descriptionAr = description?.string('ar');
  const descriptionEn = description?.string('en');
  if (log.size > 0 || !id || !version || !titleAr || !titleEn || !descriptionAr || !descriptionEn) return undefined;
  return { id, version, title: { ar: titleAr, en: titleEn }, description: { ar: descriptionAr, en: descriptionEn } };
}
