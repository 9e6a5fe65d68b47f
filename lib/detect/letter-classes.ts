// Letters that transliterations of the same foreign name swap freely: vowel
// letters (present or not, one for another) and consonants of one sound.
// Shared by the fuzzy pre-filter (skeleton) and the fuzzy cost; looked up in
// tables because the pre-filter reads every letter of a page.

/** Arabic long-vowel letters and hamza, Latin vowels: written or dropped at will. */
const VOWELS = 'اويءaeiouy';

/** Consonants of one sound in different transliteration habits. */
const SAME_SOUND: readonly string[] = [
  'جغكقخ', // the g/k/kh family: غيراسيموف جيراسيموف, باغ باخ
  'تط',
  'سصث',
  'زذظ',
  'دض',
  'gckq', // Karabakh / Garabagh
  'vw',
];

const SPACE = 0x20;
/** Sound classes are numbered above every code unit so they never collide with one. */
const CLASS_BASE = 0x10000;

// symbol[code]: 0 = leaves no trace in a skeleton (vowel, space), otherwise the
// code itself or CLASS_BASE + its sound class.
const symbol = new Int32Array(0x10000);
for (let code = 0; code < 0x10000; code++) symbol[code] = code;
symbol[SPACE] = 0;
for (const c of VOWELS) symbol[c.charCodeAt(0)] = 0;
SAME_SOUND.forEach((group, i) => {
  for (const c of group) symbol[c.charCodeAt(0)] = CLASS_BASE + i;
});

export function isVowel(code: number): boolean {
  return code !== SPACE && symbol[code] === 0;
}

/** The letter's place in a consonant skeleton: 0 when it leaves no trace. */
export function skeletonSymbol(code: number): number {
  return symbol[code] ?? 0;
}

/** One number per letter, equal for the same sound written two ways: its sound class, or the letter itself. */
export function letterClass(code: number): number {
  const s = symbol[code] ?? 0;
  return s >= CLASS_BASE ? s : code;
}
