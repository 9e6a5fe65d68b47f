// "Track this name": a personal topic made from a selection. A name must look
// like a name: long enough, not a common word, not a sentence. Its variants
// (hamza, ta marbuta, clitics, Latin case and accents) are the detector's
// business, as for every other name.
import type { TopicName } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';

export const PERSONAL_ID_PREFIX = 'mine-t-';
const MIN_LETTERS = 3;
const MAX_CHARS = 60;
const MAX_WORDS = 5;

// Words that are everywhere in news text: tracking one would mark every page.
const COMMON = new Set(
  [
    // Arabic
    'في من الى إلى على عن مع هذا هذه ذلك تلك التي الذي الذين كان كانت يكون قال قالت وقال وقالت ان أن إن لا لم لن ما ماذا متى اين أين كيف هو هي هم نحن انت أنت قد بعد قبل بين حتى عند كل بعض غير اي أي او أو ثم لكن بل اليوم امس أمس غدا عام سنة يوم شهر اسبوع أسبوع رئيس وزير حكومة دولة مدينة بلد الناس شخص رجل امرأة الرئيس الحكومة الدولة الوزير الخارجية الداخلية الجيش الشرطة الحرب السلام خبر اخبار أخبار عاجل تقرير مصدر مصادر وكالة صحيفة موقع فيديو صورة صور قبل بعد خلال جديد جديدة كبير كبيرة الأول الثاني اول أول اخر آخر أخرى اخرى مقال مقالة',
    // English
    'the a an and or but of to in on at by for with from as is are was were be been has have had it its this that these those he she they we you i not no yes new news today yesterday tomorrow year years day days week month time people man woman president minister government state city country police army war peace report video photo said says say will would could should may might can more most other first last about after before over under into out up down world home page',
  ]
    .join(' ')
    .split(/\s+/)
    .map(normalizeKey),
);

export type TrackCheck = { ok: true; name: string } | { ok: false; reason: 'too-short' | 'too-long' | 'common' | 'not-a-name' | 'known' };

/** Whether text can be tracked as a name, and the name as it will be shown. */
export function checkTrackName(text: string): TrackCheck {
  const name = text
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .replace(/^["'«“(]+|["'»”).,،:;!?؟]+$/gu, '');
  const key = normalizeKey(name);
  const letters = key.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return { ok: false, reason: 'too-short' };
  if (name.length > MAX_CHARS || key.split(' ').length > MAX_WORDS) return { ok: false, reason: 'too-long' };
  if (/[.!?؟\n]/.test(name)) return { ok: false, reason: 'not-a-name' };
  if (key.split(' ').every((word) => COMMON.has(word))) return { ok: false, reason: 'common' };
  return { ok: true, name };
}

/** A personal topic's id: drawn from its first name, so tracking the same name twice is one topic. */
export async function personalTopicId(name: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeKey(name)));
  const hex = Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${PERSONAL_ID_PREFIX}${hex}`;
}

const ARABIC = /[\u0600-\u06FF]/;

/** The topic for a checked name, with extra aliases (deduplicated as the detector compares them). */
export function personalTopic(id: string, name: string, aliases: readonly string[] = []): TopicName {
  const seen = new Set<string>();
  const all = [name, ...aliases]
    .map((a) => a.trim())
    .filter((a) => {
      const key = normalizeKey(a);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const ar = all.find((a) => ARABIC.test(a)) ?? name;
  const en = all.find((a) => !ARABIC.test(a)) ?? name;
  return { id, kind: 'person', name: { ar, en }, aliases: all, exclude: [], marked: true };
}
