// Precision and recall of marking ambiguous names, before the context step
// (the detector alone) and after it, on real news sentences and pages from
// ../shared. The labels are ours: each item names the sentence, the topics it
// judges and the true mentions among them; the text stays in ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { contextDetectorFactory } from '../../lib/context/in-context';
import { createDetector } from '../../lib/detect';
import { compileContent } from '../../lib/knowledge/compile';
import { markedNames } from '../../lib/knowledge/names';
import { htmlToText } from '../../lib/text/html-text';
import { score, type AmbiguousItem } from '../unit/context/ambiguous-score';
import { MADE_UP } from '../unit/context/made-up';

const SENTENCES = fileURLToPath(new URL('../../../shared/realtext/sentences.jsonl', import.meta.url));
const PAGES = fileURLToPath(new URL('../../../shared/realpages/', import.meta.url));

const ICC = 'international-criminal-court';
const NKR = 'nagorno-karabakh';

/** [sentence id, topics judged, true mentions as [topic, surface]]. */
const SENTENCE_LABELS: [string, string[], [string, string][]][] = [
  ['w007', [ICC], [[ICC, 'المحكمة الجنائية الدولية']]],
  ['w014', [ICC], []], // الشرطة الجنائية الدولية: Interpol
  ['w064', [ICC], [[ICC, 'لمحكمة الجنائية الدولية']]],
  ['w128', [ICC], [[ICC, 'لمحكمة الجنائية الدولية']]],
  ['w129', [ICC], [[ICC, 'المحكمة الجنائية الدولية']]],
  ['w059', [NKR], []], // Qarabağ FK in the Europa League
  ['w003', [NKR], [[NKR, 'ناغورنو-قرة باغ']]],
  ['w016', [NKR], [[NKR, 'ناغورني قره باخ']]],
  ['w047', [NKR], [[NKR, 'قرة باغ']]],
  ['w084', [NKR], [[NKR, 'كاراباخ']]],
  ['w119', [NKR], [[NKR, 'ناغورني قره باغ']]],
  ['w121', [NKR], [[NKR, 'ناغورنو كارباخ']]],
  ['w141', [NKR], [[NKR, 'ناجورني كارباخ']]],
  ['w159', [NKR], [[NKR, 'ناغورنو-قرة باغ']]],
  ['w066', [NKR], []], // القره داغي, a surname
  ['w078', [NKR], []],
  ['w069', [NKR], []], // كارباخال, a footballer
  ['w036', ['moscow'], [['moscow', 'Moscow']]], // and Lokomotiv Moscow, the club
  ['w156', ['moscow'], []], // CSKA Moscow
  ['w019', ['kyiv'], []], // Dynamo Kiev
  ['w109', ['kyiv'], []],
  ['w088', ['kyiv'], [['kyiv', 'كييف']]], // a match played in Kyiv: the city
  ['w134', ['kursk'], []], // the submarine
  ['w048', ['kursk'], []], // كورسيكا
  ['w054', ['kursk'], [['kursk', 'كورسك']]],
  ['w107', ['kursk'], [['kursk', 'كورسك']]],
  ['w160', ['kursk'], [['kursk', 'كورسك']]],
  ['w139', ['russia'], []], // the channel روسيا اليوم
  ['w033', ['russia'], []], // روسيا البيضاء
  ['w052', ['russia'], []],
  [
    'w072',
    ['north-korea', 'pyongyang'],
    [
      ['north-korea', 'North Korea'],
      ['pyongyang', 'Pyongyang'],
    ],
  ],
  ['w112', ['pyongyang'], []], // PyeongChang
  ['w114', ['pyongyang'], []],
  ['w110', ['pyongyang'], [['pyongyang', 'بيونج يانج']]],
  ['w135', ['pyongyang'], [['pyongyang', 'بيونغ يانغ']]],
  ['w113', ['kim-jong-un'], [['kim-jong-un', 'كيم جونغ-أون']]],
  ['w131', ['kim-jong-un'], [['kim-jong-un', 'كيم جونج أون']]],
  ['w021', ['kim-jong-un'], []], // Kim Jong Il
  ['w025', ['kim-jong-un'], []],
  ['w116', ['kim-jong-un'], []], // Kim Clijsters
  ['w037', ['dmitry-medvedev'], []], // another Medvedev
  ['w060', ['dmitry-medvedev'], []],
  ['w087', ['dmitry-medvedev'], []],
  ['w042', ['dmitry-medvedev'], [['dmitry-medvedev', 'ميدفيديف']]],
  ['w077', ['dmitry-medvedev'], [['dmitry-medvedev', 'ديمتري ميدفيديف']]],
  ['w058', ['charles-michel'], []], // ميشال عون
  ['w068', ['charles-michel'], []],
  ['w041', ['charles-michel'], [['charles-michel', 'شارل ميشيل']]],
  ['w142', ['charles-michel'], [['charles-michel', 'شارل ميشال']]],
  ['w108', ['vladimir-putin'], []], // ماريا بوتينا
  ['w157', ['vladimir-putin'], []],
  ['w105', ['baku'], []], // باكورة
  ['w034', ['baku'], []], // باكو ألكاسير
  ['w091', ['baku'], [['baku', 'باكو']]],
  ['w055', ['valery-gerasimov'], []], // the film institute
  ['w010', ['ilham-aliyev'], [['ilham-aliyev', 'إلهام علييف']]], // and his wife
  ['w018', ['armenia'], []], // Arminia Bielefeld
];

/** [page, words that begin the line, topics judged, true mentions]. */
const PAGE_LABELS: [string, string, string[], [string, string][]][] = [
  ['en-euronews-sweden-police.html', 'ICC plans to issue arrest warrant', [ICC], [[ICC, 'ICC']]],
  ['en-yahoo-russia-spaceship.html', "China to 'seriously' implement", ['north-korea'], [['north-korea', 'N. Korea']]],
];

function realItems(): AmbiguousItem[] {
  const texts = new Map(
    readFileSync(SENTENCES, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((s) => [s.id, s.text]),
  );
  const sentences = SENTENCE_LABELS.map(([id, topics, gold]): AmbiguousItem => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`no sentence ${id}`);
    return { id, text, topics, gold: gold.map(([topic, surface]) => ({ topic, surface })) };
  });
  const pages = PAGE_LABELS.map(([file, start, topics, gold]): AmbiguousItem => {
    const html = readFileSync(`${PAGES}${file}`, 'utf8');
    const line = htmlToText(html)
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.startsWith(start));
    if (!line) throw new Error(`${file}: no line starting "${start}"`);
    const head = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
    return { id: `${file}:${start}`, text: line, head, topics, gold: gold.map(([topic, surface]) => ({ topic, surface })) };
  });
  return [...sentences, ...pages];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const names = markedNames(compileContent(`${root}content`, root).names);
const detector = createDetector(names);
const inContext = contextDetectorFactory(detector);

describe('ambiguous names in real news text', () => {
  it('marks them at least as precisely after the context step, losing no true mention', () => {
    const items = realItems();
    const before = score(items, (item) => detector.detect(item.text));
    const after = score(items, (item) => inContext(item.head ?? '').detect(item.text));
    const all = [...items, ...MADE_UP];
    const allBefore = score(all, (item) => detector.detect(item.text));
    const allAfter = score(all, (item) => inContext(item.head ?? '').detect(item.text));
    const line = (name: string, s: typeof before) =>
      `${name}: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}; wrong: ${s.wrong.join(' ') || 'none'})`;
    console.log(
      [
        `${items.length} real items, ${all.length} with the made-up ones`,
        line('real, detector alone', before),
        line('real, with context', after),
        line('all, detector alone', allBefore),
        line('all, with context', allAfter),
      ].join('\n'),
    );
    expect(after.precision).toBeGreaterThanOrEqual(before.precision);
    expect(after.recall).toBe(before.recall);
    expect(allAfter.precision).toBeGreaterThan(allBefore.precision);
    expect(after.wrong).toEqual([]);
  });
});
