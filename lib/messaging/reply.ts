// The envelope every message is answered with, so that a caller can tell "the
// other side could not be reached" (the background restarting, a tab without
// Siyaq) from "it answered: no such topic".

export type ErrorCode =
  /** Nobody answered: the background is (re)starting, or the tab has no content script. */
  | 'unreachable'
  /** The request was understood; what it names does not exist. */
  | 'not-found'
  /** The request's shape was wrong. */
  | 'bad-request'
  /** The request was understood and declined, with a reason for the reader (e.g. an older pack version). */
  | 'refused'
  /** The receiver failed while answering. */
  | 'failed';

const CODES: readonly ErrorCode[] = ['unreachable', 'not-found', 'bad-request', 'refused', 'failed'];

/**
 * Why, as a machine-readable key (a pack error code, a refusal) and its
 * particulars: the interface words it in the reader's language, while
 * `message` keeps the technical English for logs and tests.
 */
export interface Reason {
  key: string;
  args: string[];
}

export interface ReplyError {
  code: ErrorCode;
  message: string;
  reason?: Reason;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, reason?: Reason): { ok: false; error: ReplyError } => ({
  ok: false,
  error: reason ? { code, message, reason } : { code, message },
});

/** Thrown by a handler to answer with a specific error code. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: Reason,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Reads what came back over messaging. Only the envelope is checked: the value
 * comes from Siyaq's own background or content script, never from a page.
 */
export function readReply<T>(raw: unknown): Reply<T> {
  if (typeof raw !== 'object' || raw === null) return fail('unreachable', 'no answer');
  const r = raw as Record<string, unknown>;
  if (r.ok === true && 'value' in r) return { ok: true, value: r.value as T };
  if (r.ok === false && typeof r.error === 'object' && r.error !== null) {
    const e = r.error as Record<string, unknown>;
    const code = CODES.includes(e.code as ErrorCode) ? (e.code as ErrorCode) : 'failed';
    return fail(code, typeof e.message === 'string' ? e.message : String(e.code), readReason(e.reason));
  }
  return fail('unreachable', 'an answer without the reply envelope');
}

function readReason(raw: unknown): Reason | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { key, args } = raw as Record<string, unknown>;
  if (typeof key !== 'string' || !Array.isArray(args) || !args.every((a) => typeof a === 'string')) return undefined;
  return { key, args: args };
}
