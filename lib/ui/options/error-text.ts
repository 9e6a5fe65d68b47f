// An error from the background in the reader's words: the reply's reason key
// (a pack problem, a refusal, a tracked name's problem) chooses the sentence in
// the interface language; the technical part a validator gives (which field
// of the pack is wrong) is kept apart, to be shown as written. The reason key
// itself stays on the page for tests (data-reason).
import type { Lang, Translate } from '../../i18n/i18n';
import { TRACK_REASON_TEXT } from '../../library/outcome-text';
import { lt } from '../../library/strings';
import type { ReplyError } from '../../messaging/reply';
import { invalidPackText } from './field-problem-text';

export interface ErrorWords {
  /** The machine reason: a pack error code, a refusal key, or the reply's code. */
  reason: string;
  text: string;
  /** The validator's own locator and problem (field path), shown as written. */
  technical?: string;
}

export function errorWords(error: ReplyError, lang: Lang, t: Translate): ErrorWords {
  if (error.code === 'unreachable') return { reason: 'unreachable', text: t('knowledgeUnreachable') };
  const reason = error.reason;
  if (!reason) return { reason: error.code, text: t('errorUnexpected') };
  const [a = '', b = '', c = '', d = ''] = reason.args;
  const title = lang === 'ar' ? a : b;
  const words = (text: string, technical?: string): ErrorWords => ({ reason: reason.key, text, ...(technical ? { technical } : {}) });
  switch (reason.key) {
    case 'not-a-pack':
      return words(t('packErrorNotAPack'));
    case 'unknown-format':
      return words(t('packErrorUnknownFormat', a, b));
    case 'truncated':
      return words(t('packErrorTruncated'));
    case 'corrupted':
      return words(t('packErrorCorrupted'));
    case 'invalid':
      return words(invalidPackText(lang, c, reason.args.slice(3)), `${a} ${b}`);
    case 'too-large':
      return words(t('knowledgeTooLarge', a, b));
    case 'same-version':
      return words(t('packErrorSameVersion', title, c));
    case 'older-version':
      return words(t('packErrorOlderVersion', title, c, d));
    case 'builtin-id':
      return words(t('packErrorBuiltinId'));
    case 'builtin-removal':
      return words(t('packErrorBuiltinRemoval'));
    case 'not-installed':
      return words(t('packErrorNotInstalled'));
    case 'quota':
      return words(t('packErrorQuota'));
    case 'interrupted':
      return words(t('packErrorInterrupted'));
    case 'not-a-library':
      return words(t('packErrorNotALibrary', title));
  }
  if (Object.hasOwn(TRACK_REASON_TEXT, reason.key)) return words(lt(lang, TRACK_REASON_TEXT[reason.key as keyof typeof TRACK_REASON_TEXT]));
  return { reason: reason.key, text: t('errorUnexpected') };
}
