// A pack file arrives at the background in pieces (one message each), so the
// options page can show progress and no single message is huge. Nothing is
// written until the last piece is in and the whole file checks out: an import
// whose page is closed, or whose background restarts, simply never commits.
import { MAX_PACK_BYTES } from '../packs/format';
import { PackError } from '../packs/pack-error';

/** Characters per piece (JS string length). */
export const IMPORT_CHUNK_CHARS = 2 * 1024 * 1024;
/** A session not fed for this long is dropped (its page was closed mid-import). */
const IDLE_MS = 60_000;

interface Session {
  bytes: number;
  chunks: string[];
  chars: number;
  touched: number;
}

export class ImportSessions {
  private readonly sessions = new Map<string, Session>();
  private next = 0;

  constructor(private readonly now: () => number = Date.now) {}

  begin(bytes: number): string {
    this.sweep();
    if (bytes > MAX_PACK_BYTES) throw tooLarge(bytes);
    const id = `import-${++this.next}-${Math.floor(Math.random() * 1e9).toString(36)}`;
    this.sessions.set(id, { bytes, chunks: [], chars: 0, touched: this.now() });
    return id;
  }

  /** Adds piece `index` (in order); returns the characters received so far. */
  add(id: string, index: number, text: string): number {
    const session = this.get(id);
    if (index !== session.chunks.length) {
      this.sessions.delete(id);
      throw new PackError('interrupted', 'Part of the file was lost on the way; nothing was changed. Try again.');
    }
    session.chunks.push(text);
    session.chars += text.length;
    session.touched = this.now();
    // A UTF-8 byte is at least one character: more characters than the file had bytes is not this file.
    if (session.chars > Math.min(session.bytes, MAX_PACK_BYTES)) {
      this.sessions.delete(id);
      throw tooLarge(session.chars);
    }
    return session.chars;
  }

  /** The whole text, ending the session. */
  finish(id: string): string {
    const session = this.get(id);
    this.sessions.delete(id);
    return session.chunks.join('');
  }

  cancel(id: string): void {
    this.sessions.delete(id);
  }

  private get(id: string): Session {
    this.sweep();
    const session = this.sessions.get(id);
    if (!session)
      throw new PackError('interrupted', 'The import was interrupted (Siyaq restarted meanwhile); nothing was changed. Try again.');
    return session;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (now - s.touched > IDLE_MS) this.sessions.delete(id);
  }
}

function tooLarge(bytes: number): PackError {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return new PackError('too-large', `This file is ${mb(bytes)}; a pack can be at most ${mb(MAX_PACK_BYTES)}. Nothing was changed.`, {
    args: [mb(bytes), mb(MAX_PACK_BYTES)],
  });
}
