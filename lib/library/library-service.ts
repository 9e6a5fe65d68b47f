// The background's answers about the reader's library: saving the article of
// a tab (the tab sends its HTML, an extension document extracts, the
// background links and stores), listing, deleting, personal topics, export and
// import. Every change reaches the "My library" pack in the knowledge before
// the reply: a save or a delete as a delta, the rest by merging it again
// (library-knowledge.ts).
import { browser } from 'wxt/browser';

import { createDetector } from '../detect';
import type { NamesIndex, TopicName } from '../knowledge/types';
import type { Handlers } from '../messaging/channel';
import { sendToTab } from '../messaging/channel';
import { MessageError } from '../messaging/reply';
import { normalizeKey } from '../text/normalize';
import { checkExtracted } from './check-extracted';
import { errorReason } from './error-reason';
import type { ExtractResult } from './extract';
import { LibraryStorageError, type LibraryDB } from './library-db';
import type { LibraryKnowledge } from './library-knowledge';
import type { LibraryProtocol, SaveOutcome, TrackOutcome } from './messages';
import { extractInExtension } from './offscreen';
import { linkBlocks, toRecord, type Detect, type SavedRecord } from './saved-record';
import { checkTrackName, personalTopic, personalTopicId } from './track-name';

/** Pages beyond this many characters of HTML are refused before parsing (a 5 MB page is well within). */
const MAX_PAGE_CHARS = 40_000_000;

export interface LibraryDeps {
  db: LibraryDB;
  knowledge: LibraryKnowledge;
  /** Every name Siyaq knows now (all enabled packs, this library's personal topics included). */
  names: () => Promise<NamesIndex>;
  /** Whether saving from private windows is turned on. */
  saveInPrivate: () => Promise<boolean>;
  exportPack: (records: SavedRecord[], topics: TopicName[]) => Promise<string>;
  importPack: (text: string) => Promise<{ records: Omit<SavedRecord, 'savedAt'>[]; topics: TopicName[] }>;
}

/** A detector over names, rebuilt only when the names change. */
export function detectorCache(): (names: NamesIndex) => Detect {
  let cached: { names: NamesIndex; detect: Detect } | null = null;
  return (names) => {
    if (cached?.names !== names) {
      const d = createDetector(names);
      cached = { names, detect: (text) => d.detect(text).map(({ topic, start, end }) => ({ topic, start, end })) };
    }
    return cached.detect;
  };
}

export function libraryHandlers(deps: LibraryDeps): Handlers<LibraryProtocol> {
  const detector = detectorCache();
  const currentDetect = async () => detector(await deps.names());

  /** Every saved article linked again with these names (after a personal topic changes). */
  const relinkAll = async (names: NamesIndex): Promise<SavedRecord[]> => {
    const detect = detector(names);
    return (await deps.db.all()).map((r) => ({ ...r, blocks: linkBlocks(r.blocks, detect) }));
  };
  /** The names Siyaq knows with the personal topics replaced by these. */
  const namesWith = async (personal: readonly TopicName[]): Promise<NamesIndex> => {
    const all = await deps.names();
    const others = all.topics.filter((t) => !t.id.startsWith('mine-t-'));
    return { version: 1, topics: [...others, ...personal] };
  };
  const changeTopics = async (personal: TopicName[], remove: string[]): Promise<TopicName[]> => {
    const records = await relinkAll(await namesWith(personal));
    await deps.db.changeTopics(
      personal.filter((t) => !remove.includes(t.id)),
      remove,
      records,
    );
    await deps.knowledge.rebuild(true);
    return deps.db.topics();
  };

  return {
    'siyaq:library-save': async ({ tab }) => saveTab(tab, deps, await currentDetect()),
    'siyaq:library-list': () => deps.db.summaries(),
    'siyaq:library-delete': async ({ ids }) => {
      await deps.db.delete(ids);
      await deps.knowledge.deleted(ids);
      return deps.db.summaries();
    },
    'siyaq:library-clear': async () => {
      await deps.db.clear();
      await deps.knowledge.rebuild(true);
      return deps.db.summaries();
    },
    'siyaq:library-track': async ({ name }): Promise<TrackOutcome> => {
      const check = checkTrackName(name);
      if (!check.ok) return check;
      const id = await personalTopicId(check.name);
      const personal = await deps.db.topics();
      const existing = personal.find((t) => t.id === id);
      if (existing) return { ok: true, topic: existing, added: false };
      const key = normalizeKey(check.name);
      const names = await deps.names();
      if (names.topics.some((t) => t.aliases.some((a) => normalizeKey(a) === key))) return { ok: false, reason: 'known' };
      const topic = personalTopic(id, check.name);
      await changeTopics([...personal, topic], []);
      return { ok: true, topic, added: true };
    },
    'siyaq:library-topics': () => deps.db.topics(),
    'siyaq:library-topic-update': async ({ id, names }) => {
      const personal = await deps.db.topics();
      if (!personal.some((t) => t.id === id)) throw new MessageError('not-found', 'No such tracked name.');
      const checked = names.map(checkTrackName);
      const bad = checked.find((c) => !c.ok);
      if (bad && !bad.ok) throw new MessageError('refused', bad.reason, { key: bad.reason, args: [] });
      const [first, ...rest] = checked.map((c) => (c.ok ? c.name : ''));
      const updated = personalTopic(id, first!, rest);
      return changeTopics(
        personal.map((t) => (t.id === id ? updated : t)),
        [],
      );
    },
    'siyaq:library-topic-delete': async ({ id }) => {
      const personal = await deps.db.topics();
      return changeTopics(
        personal.filter((t) => t.id !== id),
        [id],
      );
    },
    'siyaq:library-export': async () => deps.exportPack(await deps.db.all(), await deps.db.topics()),
    'siyaq:library-import': async ({ text }) => {
      let incoming: Awaited<ReturnType<LibraryDeps['importPack']>>;
      try {
        incoming = await deps.importPack(text);
      } catch (error) {
        throw new MessageError('refused', error instanceof Error ? error.message : String(error), errorReason(error));
      }
      // Personal topics: one per id, aliases united.
      const personal = await deps.db.topics();
      const byId = new Map(personal.map((t) => [t.id, t]));
      for (const topic of incoming.topics) {
        const mine = byId.get(topic.id);
        byId.set(topic.id, mine ? personalTopic(mine.id, mine.aliases[0] ?? mine.name.ar, [...mine.aliases, ...topic.aliases]) : topic);
      }
      const topics = [...byId.values()];
      const detect = detector(await namesWith(topics));
      const now = Date.now();
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      const records: SavedRecord[] = [];
      for (const r of incoming.records) {
        const existing = await deps.db.get(r.id);
        const text = (x: { blocks: { text: string }[] }) => x.blocks.map((b) => b.text).join('\n');
        if (existing && text(existing) === text(r) && existing.title === r.title) {
          unchanged++;
          continue;
        }
        if (existing) updated++;
        else added++;
        records.push({ ...r, blocks: linkBlocks(r.blocks, detect), savedAt: existing?.savedAt ?? now });
      }
      try {
        await deps.db.changeTopics(topics, [], records);
      } catch (error) {
        throw new MessageError('refused', error instanceof Error ? error.message : String(error), errorReason(error));
      }
      await deps.knowledge.rebuild(true);
      return { added, updated, unchanged, topics: topics.length - personal.length };
    },
  };
}

/** Extracts the tab's article and saves it (and into the knowledge); refuses private windows unless turned on. */
export async function saveTab(
  tabId: number,
  deps: Pick<LibraryDeps, 'db' | 'saveInPrivate' | 'knowledge'>,
  detect: Detect,
): Promise<SaveOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { outcome: 'unreadable' };
  if (tab.incognito && !(await deps.saveInPrivate())) return { outcome: 'private' };

  // The top frame sends its HTML; a closed or reloading tab gives no answer and nothing is stored.
  const reply = await sendToTab(tabId, 'siyaq:page-html', {}, { frameId: 0 });
  if (!reply.ok || typeof reply.value.html !== 'string' || typeof reply.value.url !== 'string') {
    return { outcome: 'unreadable', detail: reply.ok ? 'no page' : reply.error.message };
  }
  if (reply.value.html.length > MAX_PAGE_CHARS) return { outcome: 'no-article', detail: 'the page is too large' };
  let extracted: ExtractResult;
  try {
    extracted = await extractInExtension(reply.value.html, reply.value.url);
  } catch (error) {
    return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!extracted.ok) return { outcome: 'no-article' };
  const article = checkExtracted(extracted.article);
  if (!article) return { outcome: 'failed', detail: 'the extracted article was malformed' };

  const record = await toRecord(article, detect, Date.now());
  const existed = await deps.db.has(record.id);
  try {
    await deps.db.put([record]);
  } catch (error) {
    if (error instanceof LibraryStorageError) return { outcome: error.code === 'quota' ? 'quota' : 'failed', detail: error.message };
    throw error;
  }
  await deps.knowledge.saved(record);
  return { outcome: existed ? 'updated' : 'saved', id: record.id, title: record.title, truncated: record.truncated };
}
