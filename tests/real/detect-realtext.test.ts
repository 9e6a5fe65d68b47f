// The detector on real news sentences and real news pages from ../shared
// (run by `npm run test:real`). The sentences are unlabelled, so this checks
// only what must hold anyway: valid offsets, and a few plain true mentions
// found and plain near-misses left alone.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { createDetector, type DetectedMention } from '../../lib/detect';
import { htmlToText } from '../../lib/text/html-text';
import { loadMarkedNames } from '../unit/detect/load-names';

const SENTENCES = fileURLToPath(new URL('../../../shared/realtext/sentences.jsonl', import.meta.url));
const PAGES = fileURLToPath(new URL('../../../shared/realpages/', import.meta.url));
const PAGE_FILES = [
  'ar-akhbarelyom-naima-akef.html',
  'ar-alyaum-tehran.html',
  'ar-beirutobserver-theft.html',
  'ar-lbc-trump-hair.html',
  'ar-sputnik-egypt-corona.html',
  'en-bbc-nato-members.html',
  'en-euronews-sweden-police.html',
  'en-globalnews-kyiv-strike.html',
  'en-guardian-valencia-fire.html',
  'en-yahoo-russia-spaceship.html',
];

const detector = createDetector(loadMarkedNames());

interface Sentence {
  id: string;
  text: string;
}

const sentences: Sentence[] = readFileSync(SENTENCES, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Sentence);
const byId = new Map(sentences.map((s) => [s.id, s]));

function isValid(text: string, mentions: DetectedMention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.text.trim()).toBe(m.text);
    lastEnd = m.end;
  }
}

const found = (id: string): string[] => {
  const s = byId.get(id);
  if (!s) throw new Error(`no sentence ${id}`);
  return detector.detect(s.text).map((m) => `${m.topic}:${m.text}`);
};

describe('detector on real sentences', () => {
  it('gives valid, sorted, non-overlapping mentions on every sentence', () => {
    expect(sentences.length).toBe(160);
    for (const s of sentences) isValid(s.text, detector.detect(s.text));
  });

  it('finds spellings real media use', () => {
    expect(found('w003')).toContain('nagorno-karabakh:ناغورنو-قرة باغ');
    expect(found('w159')).toContain('nagorno-karabakh:ناغورنو-قرة باغ');
    expect(found('w016')).toContain('nagorno-karabakh:ناغورني قره باخ');
    expect(found('w141')).toContain('nagorno-karabakh:ناجورني كارباخ');
    expect(found('w022')).toContain('nikol-pashinyan:نيكول باشنيان');
    expect(found('w131')).toContain('kim-jong-un:كيم جونج أون');
    expect(found('w089')).toContain('kim-jong-un:كيم يونغ-أون');
    expect(found('w027')).toContain('pyongyang:بيونج يانج');
    expect(found('w110')).toContain('pyongyang:بيونج يانج');
    expect(found('w153')).toContain('valery-gerasimov:فاليري جيراسيموف');
    expect(found('w005')).toContain('baku:باكو');
    expect(found('w024')).toContain('vladimir-putin:Vladimir  Putin');
  });

  it('leaves alone other people, other words and other places that look alike', () => {
    expect(found('w025')).toEqual([]); // كيم جونغ إيل
    expect(found('w060')).toEqual([]); // دانييل ميدفيديف, the tennis player
    expect(found('w108')).toEqual([]); // ماريا بوتينا
    expect(found('w048')).toEqual([]); // كورسيكا
    expect(found('w105')).toEqual([]); // باكورة
    expect(found('w117')).toEqual([]); // لاشين, a surname
    expect(found('w112')).toEqual([]); // بيونغ تشانغ
    expect(found('w116')).toEqual([]); // Kim Clijsters
    expect(found('w052')).not.toContain('russia:روسيا'); // روسيا البيضاء
  });
});

describe('detector on real pages', () => {
  it.runIf(existsSync(PAGES))('gives valid mentions on the visible text of every page', () => {
    for (const file of PAGE_FILES) {
      const text = htmlToText(readFileSync(`${PAGES}${file}`, 'utf8'));
      expect(text.length, file).toBeGreaterThan(200);
      isValid(text, detector.detect(text));
    }
  });
});
