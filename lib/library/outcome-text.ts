// A save's outcome in the reader's words, for the popup and the toolbar badge's title.
import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import type { SaveOutcome } from './messages';

const OUTCOME_TEXT: Record<SaveOutcome['outcome'], MessageKey> = {
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
  const text = translate(lang, OUTCOME_TEXT[outcome.outcome], 'title' in outcome ? outcome.title : '');
  return 'truncated' in outcome && outcome.truncated ? `${text} ${translate(lang, 'libraryTruncated')}` : text;
}
