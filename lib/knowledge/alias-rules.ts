// An alias is a name, not a description. «العملية العسكرية الأذربيجانية» (the
// Azerbaijani military operation) describes an event any article can describe
// again about another one; a card that marks it claims what the page does not.
// Descriptions belong in the background. What a machine can see: an alias
// made only of a generic head (war, operation, offensive…) with adjectives,
// ordinals, numbers and small words, and no word that names anything.
import { normalizeKey } from '../text/normalize';

/** Heads of event descriptions, normalised (ة→ه, hamza folded, lowercase). */
const GENERIC_HEADS = new Set([
  'عمليه',
  'عمليات',
  'حرب',
  'هجوم',
  'توغل',
  'معركه',
  'غزو',
  'اجتياح',
  'عدوان',
  'مواجهات',
  'ازمه',
  'operation',
  'war',
  'offensive',
  'attack',
  'incursion',
  'invasion',
  'battle',
  'conflict',
  'crisis',
]);

/** Words that add no name: ordinals, time and place nouns, small words. */
const FILLERS = new Set([
  'اولي',
  'اول',
  'ثانيه',
  'ثاني',
  'اخيره',
  'اخير',
  'جديده',
  'جديد',
  'في',
  'علي',
  'حول',
  'من',
  'الي',
  'عن',
  'مع',
  'ضد',
  'بين',
  'عام',
  'سنه',
  'مصير',
  'اقليم',
  'منطقه',
  'بلاد',
  'the',
  'a',
  'in',
  'of',
  'on',
  'into',
  'against',
  'over',
  'last',
  'first',
  'second',
  'new',
  'recent',
  'year',
  'region',
  'military',
  'ground',
]);

const DEFINITE = /^(?:و|ب|ل|ف)?ال/;
/** A definite Arabic adjective of relation (العسكرية, الأذرية) after normalisation. */
const NISBA = /^(?:و|ب|ل|ف)?ال\S+(?:يه|ي)$/;
/** English adjectives of nationality or relation, lowercased: ukrainian, azerbaijani, japanese, british. */
const EN_ADJECTIVE = /^[a-z]+(?:ian|ean|an|ese|ish|i)$/;
const NUMBER = /^[\d٠-٩]+$/;

function bare(word: string): string {
  return word.replace(DEFINITE, '');
}

/**
 * Why alias reads as a description rather than a name, or undefined. A form
 * with one naming word (a place, a person, an organisation's own name) passes.
 */
export function descriptionProblem(alias: string): string | undefined {
  const words = normalizeKey(alias).split(' ').filter(Boolean);
  let heads = 0;
  for (const word of words) {
    if (GENERIC_HEADS.has(word) || GENERIC_HEADS.has(bare(word))) heads++;
    else if (FILLERS.has(word) || FILLERS.has(bare(word)) || NUMBER.test(word)) continue;
    else if (NISBA.test(word) || EN_ADJECTIVE.test(word)) continue;
    else return undefined;
  }
  if (heads === 0) return undefined;
  return `alias "${alias}" is a description, not a name (a generic word with adjectives, nothing that names it): move it to the background`;
}
