// The library as a .siyaq file (the pack format of docs/pack-format.md), for
// moving it to another browser: the "My library" pack with its personal
// topics. Reading one back turns its articles into saved records again (ids
// drawn from their addresses, so the same article is never saved twice).
import type { TopicName } from '../knowledge/types';
import { decodePack, encodePack } from '../packs/format';
import { PackError } from '../packs/pack-error';
import { buildLibraryPack, LIBRARY_PACK_ID } from './library-pack';
import { savedArticleId, type SavedRecord } from './saved-record';
import { PERSONAL_ID_PREFIX } from './track-name';

export async function encodeLibrary(
  records: SavedRecord[],
  personal: TopicName[],
  known: Map<string, TopicName>,
  created = new Date(),
): Promise<string> {
  const pack = buildLibraryPack(records, known, personal, created);
  const { id, title, version, description } = pack.meta;
  return encodePack({ id, title, version, description }, pack.names, pack.details, created);
}

export async function decodeLibrary(text: string): Promise<{ records: Omit<SavedRecord, 'savedAt'>[]; topics: TopicName[] }> {
  const pack = await decodePack(text);
  if (pack.meta.id !== LIBRARY_PACK_ID) {
    throw new PackError('refused', `This file is the knowledge pack “${pack.meta.title.en}”, not a library: import it under Knowledge.`, {
      key: 'not-a-library',
      args: [pack.meta.title.ar, pack.meta.title.en],
    });
  }
  const topics = pack.names.topics.filter((t) => t.id.startsWith(PERSONAL_ID_PREFIX) && t.aliases.length > 0);
  const records = await Promise.all(
    pack.details.articles
      .filter((a) => a.url !== null && /^https?:\/\//i.test(a.url))
      .map(async (a): Promise<Omit<SavedRecord, 'savedAt'>> => ({
        id: await savedArticleId(a.url!),
        title: a.title,
        site: a.source,
        address: a.url!,
        author: a.notes[0] ?? null,
        language: a.language,
        direction: a.language === 'ar' ? 'rtl' : 'ltr',
        date: a.date.value ? { date: a.date.value, inferred: a.date.inferred, note: a.date.note } : null,
        blocks: a.blocks,
        truncated: false,
      })),
  );
  return { records, topics };
}
