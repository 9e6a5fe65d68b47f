// The background's answers about knowledge: cards, search, the reader's
// articles, the tabs' matcher and the options page's pack list and imports,
// all from one KnowledgeStore. Pack problems become `refused` replies carrying
// the reader-facing message.
import { buildCardData } from '../cards/card-data';
import type { Handlers } from '../messaging/channel';
import type { BackgroundProtocol } from '../messaging/protocol';
import { MessageError } from '../messaging/reply';
import { PackError } from '../packs/pack-error';
import { BUILTIN_PACK_ID } from '../packs/types';
import { SearchKeeper } from '../search/search-keeper';
import { IMPORT_CHUNK_CHARS, ImportSessions } from './import-sessions';
import type { Knowledge, KnowledgeStore } from './knowledge-store';

type KnowledgeMessages = Exclude<
  keyof BackgroundProtocol,
  'siyaq:open-reader' | 'siyaq:frame-topics' | 'siyaq:other-frames-topics' | 'siyaq:briefing' | `siyaq:library-${string}`
>;

export function knowledgeHandlers(store: KnowledgeStore): Pick<Handlers<BackgroundProtocol>, KnowledgeMessages> {
  const sessions = new ImportSessions();
  // The search index is built when the knowledge loads or changes, not on the first keystroke after.
  const search = new SearchKeeper();
  const buildSearch = () => void store.knowledge().then((k) => search.index(k));
  buildSearch();
  store.onChange(buildSearch);
  store.onArticles((k, delta) => search.apply(k, delta));
  const packOf = (k: Knowledge) => (articleId: string) => {
    const pack = k.articlePack.get(articleId);
    return pack === undefined || pack === BUILTIN_PACK_ID ? undefined : k.packTitles.get(pack);
  };

  return {
    'siyaq:card': async ({ topic }) => {
      const k = await store.knowledge();
      const card = buildCardData(k.names, k.details, topic, undefined, packOf(k));
      if (!card) throw new MessageError('not-found', `no topic ${topic} in the enabled packs`);
      return card;
    },
    'siyaq:matcher': () => store.matcher(),
    'siyaq:search': async ({ query }) => (await search.index(await store.knowledge())).search(query),
    'siyaq:topic-names': async ({ topics }) => {
      const k = await store.knowledge();
      const wanted = new Set(topics);
      return Object.fromEntries(k.names.topics.filter((t) => wanted.has(t.id)).map((t) => [t.id, t.name]));
    },
    'siyaq:articles': async () => {
      const k = await store.knowledge();
      const shelves = new Map<string, BackgroundProtocolReply<'siyaq:articles'>[number]>();
      for (const a of k.details.articles) {
        const pack = k.articlePack.get(a.id) ?? BUILTIN_PACK_ID;
        let shelf = shelves.get(pack);
        if (!shelf) {
          shelf = { pack: { id: pack, title: k.packTitles.get(pack) ?? { ar: pack, en: pack } }, articles: [] };
          shelves.set(pack, shelf);
        }
        shelf.articles.push({ id: a.id, title: a.title, language: a.language, date: a.date });
      }
      return [...shelves.values()];
    },
    'siyaq:article': async ({ article: id }) => {
      const k = await store.knowledge();
      const article = k.details.articles.find((a) => a.id === id);
      if (!article) throw new MessageError('not-found', `no article ${id} in the enabled packs`);
      const pack = k.articlePack.get(id) ?? BUILTIN_PACK_ID;
      return { article, pack: { id: pack, title: k.packTitles.get(pack) ?? { ar: pack, en: pack } } };
    },
    'siyaq:packs': () => store.list(),
    'siyaq:pack-enable': ({ pack, enabled }) => refusing(async () => (await store.setEnabled(pack, enabled), store.list())),
    'siyaq:pack-remove': ({ pack }) => refusing(async () => (await store.remove(pack), store.list())),
    'siyaq:import-begin': ({ bytes }) => refusing(async () => ({ session: sessions.begin(bytes), chunkChars: IMPORT_CHUNK_CHARS })),
    'siyaq:import-chunk': ({ session, index, text }) => refusing(async () => sessions.add(session, index, text)),
    'siyaq:import-commit': ({ session }) => refusing(() => store.install(sessions.finish(session))),
    'siyaq:import-cancel': ({ session }) => (sessions.cancel(session), true),
  };
}

type BackgroundProtocolReply<K extends keyof BackgroundProtocol> = BackgroundProtocol[K]['reply'];

async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PackError) throw new MessageError('refused', error.message, error.reason);
    throw error;
  }
}
