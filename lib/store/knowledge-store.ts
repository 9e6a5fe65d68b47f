// "One room the background owns": every pack Siyaq knows, the built-in one and
// the imported ones, and the merged knowledge that cards, search, the reader
// and the tabs' matcher are built from. Only the background holds a
// KnowledgeStore; everything else asks it through typed messages.
//
// Every change of the pack list is one IndexedDB transaction: a failure
// (quota, a closed browser) leaves the packs as they were.
//
// Live packs (the reader's library, made inside Siyaq): `attachLive(pack)`
// lets code elsewhere keep a pack's body in its own database. The store keeps
// only its list entry (`putLive`; `setEnabled`, `remove` and `onChange` work
// for it as for any pack), asks for the body when it merges, and takes article
// changes as deltas (`applyLive`) applied to the merged knowledge in place: no
// re-serialising, no new revision, so the tabs' matcher stays as it is. Its
// revision part is a hash of its names, so the matcher changes only with them.
import { compileMatcher, MATCHER_FORMAT, type CompiledMatcher } from '../detect/compiled';
import { markedNames } from '../knowledge/names';
import type { Article, Bilingual, NamesIndex } from '../knowledge/types';
import { LIBRARY_PACK_ID } from '../library/library-pack';
import { linkTrackedNames } from '../library/tracked-passages';
import { decodePack, sha256Hex } from '../packs/format';
import { mergePacks, type MergedKnowledge, type MergeWarning, type PackSource } from '../packs/merge';
import { PackError } from '../packs/pack-error';
import { BUILTIN_PACK_ID, type Pack, type PackMeta } from '../packs/types';
import { compareVersions } from '../packs/version';
import { applyPackDelta, type PackDelta } from './article-delta';
import { openKnowledgeDB, type KnowledgeDatabase, type StoredPackInfo } from './db';

export interface BuiltinPack extends Omit<Pack, 'matcher'> {
  matcher?: CompiledMatcher;
}

export interface PackListing {
  meta: PackMeta;
  builtin: boolean;
  enabled: boolean;
  bytes: number;
  /** What the merge dropped from this pack (alias or article conflicts); empty while it is off. */
  warnings: MergeWarning[];
}

export interface Knowledge extends MergedKnowledge {
  /** Names the set of enabled packs (each exact build); changes whenever the knowledge does. */
  revision: string;
  packTitles: Map<string, Bilingual>;
}

export interface InstallResult {
  meta: PackMeta;
  /** The version it replaced, or null for a new pack. */
  replaced: string | null;
  warnings: MergeWarning[];
}

/** A pack whose body lives elsewhere (see the comment at the top). */
export interface LivePack {
  id: string;
  /** The whole pack now; `others` are the names of every other enabled pack (a library links to their topics). */
  build(others: readonly NamesIndex[]): Promise<PackSource & { meta: PackMeta }>;
  /** Its entry in the pack list now, and its size. */
  listing(knowledge: MergedKnowledge): { meta: PackMeta; bytes: number } | null;
}

/** What a live pack's delta did to the knowledge (for the search index). */
export type ArticlesListener = (knowledge: Knowledge, change: { put: Article[]; remove: string[] }) => void;

const MATCHER_KEY = 'union';

export class KnowledgeStore {
  private readonly db: Promise<KnowledgeDatabase>;
  private merged: Promise<Knowledge> | null = null;
  private builtinSha: Promise<string> | null = null;
  /** Changes run one at a time, so two imports never interleave their checks and writes. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(revision: string) => void>();
  private readonly articleListeners = new Set<ArticlesListener>();
  private readonly live = new Map<string, LivePack>();

  constructor(
    private readonly builtin: BuiltinPack,
    open: () => Promise<KnowledgeDatabase> = openKnowledgeDB,
  ) {
    this.db = open();
  }

  onChange(listener: (revision: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Told of articles a live pack added or removed in place (onChange is not, since no revision changes). */
  onArticles(listener: ArticlesListener): () => void {
    this.articleListeners.add(listener);
    return () => this.articleListeners.delete(listener);
  }

  /** Every pack, built-in first, then in install (and priority) order. */
  async list(): Promise<PackListing[]> {
    const infos = await this.infos();
    const knowledge = await this.knowledge();
    return infos.map((info) => {
      const live = info.enabled ? this.live.get(info.id)?.listing(knowledge) : null;
      return {
        meta: live?.meta ?? info.meta ?? this.builtin.meta,
        builtin: info.id === BUILTIN_PACK_ID,
        enabled: info.enabled,
        bytes: live?.bytes ?? info.bytes,
        warnings: info.enabled ? knowledge.warnings.filter((w) => w.pack === info.id) : [],
      };
    });
  }

  /** Registers a live pack; until `putLive`, it is not in the list. */
  attachLive(pack: LivePack): void {
    this.live.set(pack.id, pack);
  }

  /** Whether a pack with this id is installed. */
  async has(id: string): Promise<boolean> {
    return id === BUILTIN_PACK_ID || (await (await this.db).getKey('packs', id)) !== undefined;
  }

  /**
   * Lists a live pack (or records that its names changed: `namesHash` differs),
   * merging it again; nothing happens when it is listed already with these
   * names, unless `force` (its articles changed wholesale, as by an import).
   */
  putLive(meta: PackMeta, namesHash: string, bytes: number, options: { force?: boolean } = {}): Promise<void> {
    return this.change(async () => {
      if (meta.id === BUILTIN_PACK_ID || !this.live.has(meta.id)) throw new PackError('refused', `No live pack "${meta.id}".`);
      const db = await this.db;
      const old = await db.get('packs', meta.id);
      // A body stored by an older version of Siyaq is dropped: the live pack's owner has it.
      const staleBody = (await db.getKey('bodies', meta.id)) !== undefined;
      if (old?.sha256 === namesHash && !staleBody && !options.force) return;
      const tx = db.transaction(['packs', 'bodies'], 'readwrite');
      void tx.objectStore('packs').put({
        id: meta.id,
        meta,
        enabled: old?.enabled ?? true,
        installedAt: old?.installedAt ?? Date.now(),
        bytes,
        sha256: namesHash,
      });
      void tx.objectStore('bodies').delete(meta.id);
      await this.guard(tx.done);
      this.changed();
    });
  }

  /** Adds or removes a live pack's articles in the merged knowledge, in place (if it is on and loaded). */
  applyLive(id: string, delta: PackDelta): Promise<void> {
    return this.change(async () => {
      if (!this.merged) return; // The next load builds the pack as it is now.
      const knowledge = await this.merged;
      const infos = (await this.infos()).filter((i) => i.enabled);
      if (!infos.some((i) => i.id === id) || this.merged === null) return;
      const priority = new Map(infos.map((info, rank) => [info.id, rank]));
      const change = applyPackDelta(knowledge, id, priority, delta);
      for (const listener of this.articleListeners) listener(knowledge, change);
    });
  }

  knowledge(): Promise<Knowledge> {
    return (this.merged ??= this.load());
  }

  /** The matcher for every enabled pack's marked names, as tabs receive it. */
  async matcher(): Promise<{ revision: string; matcher: CompiledMatcher }> {
    const infos = await this.infos();
    const revision = await this.revisionOf(infos);
    const db = await this.db;
    const cached = await db.get('matcher', MATCHER_KEY);
    // A matcher cached by an older build may be in a format tabs no longer read: build it again.
    if (cached?.revision === revision && cached.matcher.format === MATCHER_FORMAT) return { revision, matcher: cached.matcher };
    const knowledge = await this.knowledge();
    const enabled = infos.filter((i) => i.enabled);
    // The built-in pack alone: its matcher was compiled with the build.
    const matcher =
      enabled.length === 1 && enabled[0]!.id === BUILTIN_PACK_ID && this.builtin.matcher
        ? this.builtin.matcher
        : compileMatcher(markedNames(knowledge.names));
    if (knowledge.revision === revision) await db.put('matcher', { key: MATCHER_KEY, revision, matcher }).catch(() => undefined);
    return { revision: knowledge.revision, matcher };
  }

  /** Installs a .siyaq file's text: new, or a higher version of an installed pack. */
  install(text: string): Promise<InstallResult> {
    return this.change(async () => {
      const pack = await decodePack(text);
      const { id, version } = pack.meta;
      if (id === BUILTIN_PACK_ID)
        throw new PackError('refused', `The pack id "${id}" belongs to the built-in knowledge.`, { key: 'builtin-id' });
      const db = await this.db;
      const old = await db.get('packs', id);
      if (old?.meta && compareVersions(version, old.meta.version) <= 0) {
        const same = compareVersions(version, old.meta.version) === 0;
        throw new PackError(
          'refused',
          `“${old.meta.title.en}” version ${old.meta.version} is already installed; this file is ${same ? 'the same version' : `an older version (${version})`}. Nothing was changed.`,
          { key: same ? 'same-version' : 'older-version', args: [old.meta.title.ar, old.meta.title.en, old.meta.version, version] },
        );
      }
      await this.write(
        { id, meta: pack.meta, enabled: true, installedAt: old?.installedAt ?? Date.now(), bytes: pack.bytes, sha256: pack.sha256 },
        pack,
      );
      const knowledge = await this.knowledge();
      return { meta: pack.meta, replaced: old?.meta?.version ?? null, warnings: knowledge.warnings.filter((w) => w.pack === id) };
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<void> {
    return this.change(async () => {
      const db = await this.db;
      const info = (await db.get('packs', id)) ?? (id === BUILTIN_PACK_ID ? await this.builtinInfo() : undefined);
      if (!info) throw new PackError('refused', `No pack "${id}" is installed.`, { key: 'not-installed' });
      if (info.enabled === enabled) return;
      await this.guard(db.put('packs', { ...info, enabled }));
      this.changed();
    });
  }

  remove(id: string): Promise<void> {
    return this.change(async () => {
      if (id === BUILTIN_PACK_ID)
        throw new PackError('refused', 'The built-in pack cannot be removed; turn it off instead.', { key: 'builtin-removal' });
      const db = await this.db;
      const tx = db.transaction(['packs', 'bodies'], 'readwrite');
      if (!(await tx.objectStore('packs').get(id)))
        throw new PackError('refused', `No pack "${id}" is installed.`, { key: 'not-installed' });
      void tx.objectStore('packs').delete(id);
      void tx.objectStore('bodies').delete(id);
      await this.guard(tx.done);
      this.changed();
    });
  }

  private change<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(info: StoredPackInfo, body: Pick<PackSource, 'names' | 'details'>): Promise<void> {
    const db = await this.db;
    await this.guard(async () => {
      const tx = db.transaction(['packs', 'bodies'], 'readwrite');
      try {
        await Promise.all([
          tx.objectStore('packs').put(info),
          tx.objectStore('bodies').put({ id: info.id, names: body.names, details: body.details }),
          tx.done,
        ]);
      } catch (error) {
        // Neither half may stay: the list and the bodies change together or not at all.
        try {
          tx.abort();
        } catch {
          // Already finished or aborted by the browser.
        }
        throw error;
      }
    });
    this.changed();
  }

  /** Storage errors in the reader's words; the transaction has already rolled back. */
  private async guard(work: Promise<unknown> | (() => Promise<unknown>)): Promise<void> {
    try {
      await (typeof work === 'function' ? work() : work);
    } catch (error) {
      if (error instanceof PackError) throw error;
      if (error instanceof DOMException && error.name === 'QuotaExceededError') {
        throw new PackError('quota', 'The browser’s storage for Siyaq is full, so the pack could not be saved. Nothing was changed.');
      }
      throw new PackError(
        'interrupted',
        `The pack could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
      );
    }
  }

  private changed(): void {
    this.merged = null;
    void this.knowledge().then((k) => {
      for (const listener of this.listeners) listener(k.revision);
    });
  }

  private async builtinInfo(): Promise<StoredPackInfo> {
    return { id: BUILTIN_PACK_ID, enabled: true, installedAt: 0, bytes: 0, sha256: await this.builtinHash() };
  }

  private builtinHash(): Promise<string> {
    return (this.builtinSha ??= sha256Hex(new TextEncoder().encode(JSON.stringify([this.builtin.names, this.builtin.details]))));
  }

  private async infos(): Promise<StoredPackInfo[]> {
    const db = await this.db;
    const stored = await db.getAll('packs');
    const builtin = stored.find((i) => i.id === BUILTIN_PACK_ID);
    const others = stored.filter((i) => i.id !== BUILTIN_PACK_ID).sort((a, b) => a.installedAt - b.installedAt);
    // The built-in pack's content comes with the build: only its on/off is stored.
    return [{ ...(await this.builtinInfo()), enabled: builtin?.enabled ?? true }, ...others];
  }

  private async revisionOf(infos: readonly StoredPackInfo[]): Promise<string> {
    return infos
      .filter((i) => i.enabled)
      .map((i) => `${i.id}:${i.sha256.slice(0, 16)}`)
      .join('|');
  }

  private async load(): Promise<Knowledge> {
    const infos = await this.infos();
    const db = await this.db;
    const sources: (PackSource | LivePack)[] = [];
    const packTitles = new Map<string, Bilingual>();
    for (const info of infos) {
      const meta = info.meta ?? this.builtin.meta;
      packTitles.set(info.id, meta.title);
      if (!info.enabled) continue;
      const live = this.live.get(info.id);
      if (info.id === BUILTIN_PACK_ID) sources.push(this.builtin);
      else if (live) sources.push(live);
      else {
        const body = await db.get('bodies', info.id);
        if (body) sources.push({ meta, names: body.names, details: body.details });
      }
    }
    const stored = sources.filter((s): s is PackSource => !('build' in s));
    const built: PackSource[] = [];
    for (const source of sources) {
      built.push('build' in source ? await source.build(stored.map((s) => s.names)) : source);
    }
    // Names the reader tracks are looked for in every pack's articles, not only the library's.
    return { ...linkTrackedNames(mergePacks(built), LIBRARY_PACK_ID), revision: await this.revisionOf(infos), packTitles };
  }
}
