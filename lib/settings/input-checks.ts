// What a person types into the options, checked before anything is stored:
// a bad value is refused with a reason, never quietly turned into another one.
import { HOVER_DELAY_RANGE, normalizeSite } from './settings';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: 'empty' | 'not-a-number' | 'out-of-range' | 'not-a-site' };

/** A hover delay in milliseconds as typed: whole numbers within the range only. */
export function checkHoverDelay(text: string): Checked<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const value = Number(trimmed);
  if (value < HOVER_DELAY_RANGE.min || value > HOVER_DELAY_RANGE.max) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: Math.round(value) };
}

/** A site as typed or pasted: a bare host, or any web address reduced to its host. */
export function checkSite(text: string): Checked<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not-a-site' };
      host = url.host;
    } catch {
      return { ok: false, reason: 'not-a-site' };
    }
  } else {
    // No scheme: the host is what comes before any path, after any user name
    // (a bare host is all host).
    const authority = trimmed.split(/[/?#]/, 1)[0] ?? '';
    host = authority.slice(authority.lastIndexOf('@') + 1);
  }
  const site = normalizeSite(host);
  return site && /[a-z0-9]/.test(site) && !site.endsWith('.') ? { ok: true, value: site } : { ok: false, reason: 'not-a-site' };
}
