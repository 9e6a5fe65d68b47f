// Arabic writes the article on the word (الحرب, والمحكمة, للأمم), while names
// are listed as they stand in a headline (حرب ناغورني قره باغ الثانية):
// fuse.js counts the article's two letters as errors against every short
// alias, so "the war" found الاتحاد الروسي before any war. Topics are also
// searched for the query with its articles taken off.
import { CLITIC_PREFIXES } from '../detect/clitics';

/** Prefixes that end in the article (ال, وال, بال …) or stand for it (لل), longest first. */
const WITH_ARTICLE = CLITIC_PREFIXES.filter((p) => p.endsWith('ال') || p.endsWith('لل')).sort((a, b) => b.length - a.length);

/** What a word must keep once its article is off: less is no longer a word to search by. */
const MIN_LETTERS = 3;

/** A word with its article taken off, or the word when it has none (or too little would be left). */
export function withoutArticle(word: string): string {
  const prefix = WITH_ARTICLE.find((p) => word.startsWith(p) && word.length - p.length >= MIN_LETTERS);
  return prefix ? word.slice(prefix.length) : word;
}

/** The normalised key with the article taken off each word that has one; the key itself when none has. */
export function withoutArticles(key: string): string {
  return key.split(' ').map(withoutArticle).join(' ');
}
