// Why a pack file cannot be installed, in words for the reader of the options
// page. The code lets tests and the UI tell the cases apart.
import type { Reason } from '../messaging/reply';

export type PackErrorCode =
  /** Not a Siyaq pack at all (another file chosen by mistake). */
  | 'not-a-pack'
  /** A pack written by a newer (or unknown) format. */
  | 'unknown-format'
  /** Shorter than its header says: cut off while copying or downloading. */
  | 'truncated'
  /** The right length but not the right content (checksum), or unreadable JSON. */
  | 'corrupted'
  /** Readable, but a field is missing or wrong (named in the message). */
  | 'invalid'
  | 'too-large'
  /** Same id with the same or a lower version than installed, or the built-in id. */
  | 'refused'
  /** The browser's storage is full. */
  | 'quota'
  /** The import was interrupted (page closed, background restarted). */
  | 'interrupted';

export class PackError extends Error {
  /** What the options page words in the reader's language: the code, or a finer key, with its particulars. */
  readonly reason: Reason;

  constructor(
    readonly code: PackErrorCode,
    message: string,
    reason: Partial<Reason> = {},
  ) {
    super(message);
    this.name = 'PackError';
    this.reason = { key: reason.key ?? code, args: reason.args ?? [] };
  }
}
