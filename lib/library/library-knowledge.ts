// Keeps the "My library" pack in the knowledge store in step with the saved
// articles: after a save or a delete (a moment later, so that a burst of
// changes costs one rebuild) the pack is rebuilt from the library database
// and put into the store, which merges it with the other packs. An empty
// library is no pack at all.
import type { NamesIndex, TopicName } from '../knowledge/types';
import type { LibraryDB } from './library-db';
import { buildLibraryPack, LIBRARY_PACK_ID, type LibraryPack } from './library-pack';
import { PERSONAL_ID_PREFIX } from './track-name';

/** What the library needs of the knowledge store (lib/store/knowledge-store.ts). */
export interface PackSink {
  putPack(pack: LibraryPack): Promise<unknown>;
  remove(id: string): Promise<void>;
  knowledge(): Promise<{ names: NamesIndex }>;
  list(): Promise<{ meta: { id: string } }[]>;
}

const DEBOUNCE_MS = 200;

/**
 * Topics of the other packs: this pack's own stubs (no aliases) and personal
 * topics (kept in the library database) are left out, so that a topic whose
 * pack was removed, or a name no longer tracked, does not live on here.
 */
export function knownTopics(names: NamesIndex): Map<string, TopicName> {
  return new Map(names.topics.filter((t) => t.aliases.length > 0 && !t.id.startsWith(PERSONAL_ID_PREFIX)).map((t) => [t.id, t]));
}

export class LibraryKnowledge {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly db: LibraryDB,
    private readonly store: PackSink,
    private readonly personal: () => Promise<TopicName[]> = async () => [],
  ) {}

  /** Rebuild soon; resolves when a rebuild that includes this change is done. */
  schedule(): Promise<void> {
    clearTimeout(this.timer);
    const done = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.timer = setTimeout(() => {
      const resolvers = this.waiting.splice(0);
      this.running = this.running
        .then(() => this.refresh())
        .catch((error: unknown) => console.warn('Siyaq: the library could not be merged into the knowledge', error))
        .finally(() => resolvers.forEach((r) => r()));
    }, DEBOUNCE_MS);
    return done;
  }

  async refresh(): Promise<void> {
    const [records, personal] = await Promise.all([this.db.all(), this.personal()]);
    if (records.length === 0 && personal.length === 0) {
      const installed = (await this.store.list()).some((p) => p.meta.id === LIBRARY_PACK_ID);
      if (installed) await this.store.remove(LIBRARY_PACK_ID);
      return;
    }
    const { names } = await this.store.knowledge();
    const known = knownTopics(names);
    await this.store.putPack(buildLibraryPack(records, known, personal));
  }
}
