// "One room the background owns": every pack Siyaq knows, the built-in one and
// the imported ones, and the merged knowledge that cards, search, the reader
// and the tabs' matcher are built from. Only the background holds a
// KnowledgeStore; everything else asks it through typed messages.
//
// Programmatic API (for packs made inside Siyaq, such as the reader's own
// library): `putPack({ meta, names, details })` installs or replaces a pack
// with that id at once, whatever its version (the caller owns it), checked by
// the same validator as an imported file; `setEnabled`, `remove` and
// `onChange` work for it as for any pack. Every change is one IndexedDB
// transaction: a failure (quota, a closed browser) leaves the packs as they were.
import { compileMatcher, type CompiledMatcher } from '../detect/compiled';
import { markedNames } from '../knowledge/names';
import type { Bilingual } from '../knowledge/types';
import { LIBRARY_PACK_ID } from '../library/library-pack';
import { linkTrackedNames } from '../library/tracked-passages';
import { decodePack, sha256Hex } from '../packs/format';
import { mergePacks, type MergedKnowledge, type MergeWarning, type PackSource } from '../packs/merge';
import { PackError } from '../packs/pack-error';
import { BUILTIN_PACK_ID, type Pack, type PackMeta } from '../packs/types';
import { checkBody } from '../packs/validate';
import { compareVersions } from '../packs/version';
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

const MATCHER_KEY = 'union';

export class KnowledgeStore {
  private readonly db: Promise<KnowledgeDatabase>;
  private merged: Promise<Knowledge> | null = null;
  private builtinSha: Promise<string> | null = null;
  /** Changes run one at a time, so two imports never interleave their checks and writes. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(revision: string) => void>();

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

  /** Every pack, built-in first, then in install (and priority) order. */
  async list(): Promise<PackListing[]> {
    const infos = await this.infos();
    const knowledge = await this.knowledge();
    return infos.map((info) => ({
      meta: info.meta ?? this.builtin.meta,
      builtin: info.id === BUILTIN_PACK_ID,
      enabled: info.enabled,
      bytes: info.bytes,
      warnings: info.enabled ? knowledge.warnings.filter((w) => w.pack === info.id) : [],
    }));
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
    if (cached?.revision === revision) return { revision, matcher: cached.matcher };
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
      if (id === BUILTIN_PACK_ID) throw new PackError('refused', `The pack id "${id}" belongs to the built-in knowledge.`);
      const db = await this.db;
      const old = await db.get('packs', id);
      if (old?.meta && compareVersions(version, old.meta.version) <= 0) {
        const same = compareVersions(version, old.meta.version) === 0;
        throw new PackError(
          'refused',
          `“${old.meta.title.en}” version ${old.meta.version} is already installed; this file is ${same ? 'the same version' : `an older version (${version})`}. Nothing was changed.`,
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

  /** Installs or replaces a pack made in code (see the comment at the top). */
  putPack(pack: PackSource & { meta: PackMeta }, options: { enabled?: boolean } = {}): Promise<PackMeta> {
    return this.change(async () => {
      if (pack.meta.id === BUILTIN_PACK_ID) throw new PackError('refused', 'The built-in pack cannot be replaced.');
      const body = checkBody({ names: pack.names, details: pack.details, matcher: { format: 0 } }, pack.meta);
      const json = new TextEncoder().encode(JSON.stringify(body));
      const db = await this.db;
      const old = await db.get('packs', pack.meta.id);
      await this.write(
        {
          id: pack.meta.id,
          meta: pack.meta,
          enabled: options.enabled ?? old?.enabled ?? true,
          installedAt: old?.installedAt ?? Date.now(),
          bytes: json.length,
          sha256: await sha256Hex(json),
        },
        body,
      );
      return pack.meta;
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<void> {
    return this.change(async () => {
      const db = await this.db;
      const info = (await db.get('packs', id)) ?? (id === BUILTIN_PACK_ID ? await this.builtinInfo() : undefined);
      if (!info) throw new PackError('refused', `No pack "${id}" is installed.`);
      if (info.enabled === enabled) return;
      await this.guard(db.put('packs', { ...info, enabled }));
      this.changed();
    });
  }

  remove(id: string): Promise<void> {
    return this.change(async () => {
      if (id === BUILTIN_PACK_ID) throw new PackError('refused', 'The built-in pack cannot be removed; turn it off instead.');
      const db = await this.db;
      const tx = db.transaction(['packs', 'bodies'], 'readwrite');
      if (!(await tx.objectStore('packs').get(id))) throw new PackError('refused', `No pack "${id}" is installed.`);
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
    const sources: PackSource[] = [];
    const packTitles = new Map<string, Bilingual>();
    for (const info of infos) {
      const meta = info.meta ?? this.builtin.meta;
      packTitles.set(info.id, meta.title);
      if (!info.enabled) continue;
      if (info.id === BUILTIN_PACK_ID) sources.push(this.builtin);
      else {
        const body = await db.get('bodies', info.id);
        if (body) sources.push({ meta, names: body.names, details: body.details });
      }
    }
    // Names the reader tracks are looked for in every pack's articles, not only the library's.
    return { ...linkTrackedNames(mergePacks(sources), LIBRARY_PACK_ID), revision: await this.revisionOf(infos), packTitles };
  }
}
