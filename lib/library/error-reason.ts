// Why a library import or change failed, as a reason the interface words in
// the reader's language (see lib/messaging/reply.ts): a pack problem keeps
// its pack reason (a library file is a pack file), a storage problem its code.
import type { Reason } from '../messaging/reply';
import { PackError } from '../packs/pack-error';
import { LibraryStorageError } from './library-db';

export function errorReason(error: unknown): Reason | undefined {
  if (error instanceof PackError) return error.reason;
  if (error instanceof LibraryStorageError) return { key: error.code, args: [] };
  return undefined;
}
