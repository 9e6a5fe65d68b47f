// A save's or a track's outcome in the reader's words, for the popup, the
// options page and the toolbar badge's title.
import type { Lang } from '../i18n/i18n';
import type { SaveOutcome, TrackOutcome } from './messages';
import { lt, type LibraryKey } from './strings';

const OUTCOME_TEXT: Record<SaveOutcome['outcome'], LibraryKey> = {
  saved: 'librarySaved',
  updated: 'libraryUpdated',
  'no-article': 'libraryNoArticle',
  private: 'libraryPrivate',
  unreadable: 'libraryUnreadable',
  quota: 'libraryQuota',
  failed: 'libraryFailed',
};

/** The words for an outcome in the interface language. */
export function outcomeText(lang: Lang, outcome: SaveOutcome): string {
  const text = lt(lang, OUTCOME_TEXT[outcome.outcome], 'title' in outcome ? outcome.title : '');
  return 'truncated' in outcome && outcome.truncated ? `${text} ${lt(lang, 'libraryTruncated')}` : text;
}

export const TRACK_REASON_TEXT: Record<Exclude<TrackOutcome, { ok: true }>['reason'], LibraryKey> = {
  'too-short': 'trackTooShort',
  'too-long': 'trackTooLong',
  common: 'trackCommon',
  'not-a-name': 'trackNotAName',
  known: 'trackKnown',
};

/** A track outcome in the reader's words. */
export function trackOutcomeText(lang: Lang, outcome: TrackOutcome): string {
  return outcome.ok ? lt(lang, 'trackAdded', outcome.topic.name[lang]) : lt(lang, TRACK_REASON_TEXT[outcome.reason]);
}
