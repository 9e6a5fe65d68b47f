// The knowledge database (IndexedDB through idb). Only the background opens
// it; tabs and extension pages ask the background (lib/messaging).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import type { CompiledMatcher } from '../detect/compiled';
import type { DetailsIndex, NamesIndex } from '../knowledge/types';
import type { PackMeta } from '../packs/types';

/** A pack's entry in the list: small, read whenever the list is shown. */
export interface StoredPackInfo {
  id: string;
  /** Absent for the built-in pack, whose meta comes with the build. */
  meta?: PackMeta;
  enabled: boolean;
  /** Install order, which is also merge priority (docs/pack-format.md). */
  installedAt: number;
  /** Body size in bytes and its SHA-256, which names this exact build of the pack. */
  bytes: number;
  sha256: string;
}

export interface StoredPackBody {
  id: string;
  names: NamesIndex;
  details: DetailsIndex;
}

interface KnowledgeDB extends DBSchema {
  packs: { key: string; value: StoredPackInfo };
  bodies: { key: string; value: StoredPackBody };
  /** The union matcher for one set of enabled packs, so a restarted background need not rebuild it. */
  matcher: { key: string; value: { key: string; revision: string; matcher: CompiledMatcher } };
}

export type KnowledgeDatabase = IDBPDatabase<KnowledgeDB>;

export const DB_NAME = 'siyaq-knowledge';

export function openKnowledgeDB(): Promise<KnowledgeDatabase> {
  return openDB<KnowledgeDB>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'id' });
      db.createObjectStore('bodies', { keyPath: 'id' });
      db.createObjectStore('matcher', { keyPath: 'key' });
    },
  });
}
