// Letters that transliterations of the same foreign name swap freely: vowel
// letters (present or not, one for another) and consonants of one sound.
// Shared by the fuzzy pre-filter (skeleton) and the fuzzy cost.

/** Arabic long-vowel letters and hamza, Latin vowels: written or dropped at will. */
const VOWELS = 'اويء' + 'aeiouy';

/** Consonants of one sound in different transliteration habits. */
const SAME_SOUND: readonly string[] = [
  'جغكقخ', // the g/k/kh family: غيراسيموف جيراسيموف, باغ باخ
  'تط',
  'سصث',
  'زذظ',
  'دض',
  'ckq',
  'vw',
];

const vowelCodes = new Set([...VOWELS].map((c) => c.charCodeAt(0)));
const soundClass = new Map<number, number>();
SAME_SOUND.forEach((group, i) => {
  for (const c of group) soundClass.set(c.charCodeAt(0), i + 1);
});

export function isVowel(code: number): boolean {
  return vowelCodes.has(code);
}

/** True when two different letters are the same sound written two ways. */
export function sameSound(a: number, b: number): boolean {
  const ca = soundClass.get(a);
  return ca !== undefined && ca === soundClass.get(b);
}

/**
 * The letter's place in a consonant skeleton: 0 when it leaves no trace
 * (vowels, spaces), otherwise one number per sound.
 */
export function skeletonSymbol(code: number): number {
  if (code === 0x20 || vowelCodes.has(code)) return 0;
  const cls = soundClass.get(code);
  return cls === undefined ? code : 0x110000 + cls;
}
