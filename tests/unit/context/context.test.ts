// The context step: an alias that needs support is marked only when the
// sentence or the page gives it; a cue against removes a short form; full
// names and topics without rules pass untouched. Measured on made-up
// ambiguous sentences here and on real ones in tests/real/context-eval.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { cueMatcher, findCue } from '../../../lib/context/cues';
import { contextDetectorFactory } from '../../../lib/context/in-context';
import { sentenceAround } from '../../../lib/context/sentence';
import { createDetector } from '../../../lib/detect';
import { compileContent } from '../../../lib/knowledge/compile';
import { markedNames } from '../../../lib/knowledge/names';
import { normalizeKey } from '../../../lib/text/normalize';
import { score as scoreDev, type LabelledSentence } from '../detect/eval-score';
import { score, type AmbiguousItem } from './ambiguous-score';
import { MADE_UP } from './made-up';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const names = markedNames(compileContent(`${root}content`, root).names);
const detector = createDetector(names);
const inContext = contextDetectorFactory(detector);
const settled = (item: AmbiguousItem) => inContext(item.head ?? '').detect(item.text);

describe('cues', () => {
  it('finds a cue as a whole word, with Arabic clitics or a plural s, and names it as written', () => {
    const m = cueMatcher(['محكمة', 'warrant', 'war crimes']);
    expect(findCue(m, normalizeKey('قالت المحكمة إن'))).toBe('محكمة');
    expect(findCue(m, normalizeKey('وبالمحكمة'))).toBe('محكمة');
    expect(findCue(m, normalizeKey('two warrants were issued'))).toBe('warrant');
    expect(findCue(m, normalizeKey('accused of War Crimes'))).toBe('war crimes');
    expect(findCue(m, normalizeKey('a warranty card'))).toBeUndefined();
    expect(cueMatcher([])).toBeNull();
  });

  it('reads the sentence around a mention, keeping initials inside it', () => {
    const text = 'First one. Seoul said N.K. fired. Last one.';
    const at = text.indexOf('N.K.');
    expect(text.slice(...sentenceAround(text, at, at + 4))).toBe(' Seoul said N.K. fired.');
  });
});

describe('the context step', () => {
  it('keeps a supported ambiguous alias and says what supported it', () => {
    const [icc] = settled(MADE_UP[0]!);
    expect(icc).toMatchObject({ topic: 'international-criminal-court', text: 'ICC', context: { kind: 'cue', word: 'prosecutor' } });
    const page = settled(MADE_UP[2]!);
    expect(page[0]?.context).toEqual({ kind: 'page', word: 'judges' });
    const treaty = settled(MADE_UP[9]!).find((m) => m.topic === 'russia-north-korea-partnership-treaty');
    expect(treaty?.context).toMatchObject({ kind: 'cue', word: 'بيونغ يانغ' });
  });

  it('drops an ambiguous alias with no support, or with a cue against', () => {
    for (const item of [MADE_UP[3]!, MADE_UP[6]!, MADE_UP[11]!, MADE_UP[14]!]) {
      expect(settled(item).filter((m) => item.topics.includes(m.topic))).toEqual([]);
      // The detector alone marks them: the context step is what removes them.
      expect(detector.detect(item.text).some((m) => item.topics.includes(m.topic))).toBe(true);
    }
  });

  it('counts a topic found earlier on the page as support', () => {
    const page = inContext('');
    page.detect('كيم جونغ أون يزور موسكو.');
    const [treaty] = page.detect('وتنص معاهدة الشراكة الاستراتيجية الشاملة على المساعدة.');
    expect(treaty?.context).toMatchObject({ kind: 'topic', topic: 'kim-jong-un' });
    // On a page with no such topic, the same sentence marks nothing.
    expect(inContext('').detect('وتنص معاهدة الشراكة الاستراتيجية الشاملة على المساعدة.')).toEqual([]);
  });

  it('never removes a full name, and leaves short forms alone without a cue against', () => {
    expect(settled(MADE_UP[19]!).map((m) => m.text)).toContain('ناغورني قره باغ');
    expect(settled(MADE_UP[18]!).map((m) => [m.text, m.context])).toContainEqual(['قره باغ', undefined]);
  });

  it('keeps the labelled dev sentences perfect, each sentence its own page', () => {
    const dev = readFileSync(`${root}tests/fixtures/eval-dev.jsonl`, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LabelledSentence);
    const entityOf = new Map(names.topics.map((t) => [t.id, t.name.en]));
    const result = scoreDev(dev, (text) =>
      inContext('')
        .detect(text)
        .map((m) => ({ entity: entityOf.get(m.topic) ?? m.topic, start: m.start, end: m.end })),
    );
    expect(result.errors).toEqual([]);
    expect([result.precision, result.recall]).toEqual([1, 1]);
  });

  it('is more precise than the detector alone on the made-up set, and recalls as much', () => {
    const before = score(MADE_UP, (item) => detector.detect(item.text));
    const after = score(MADE_UP, settled);
    expect(after.wrong).toEqual([]);
    expect(after.precision).toBeGreaterThan(before.precision);
    expect(after.recall).toBe(before.recall);
    console.log(
      `made-up ambiguous set: before P=${before.precision.toFixed(2)} R=${before.recall.toFixed(2)}; after P=${after.precision.toFixed(2)} R=${after.recall.toFixed(2)}`,
    );
  });
});

describe('context data in the compiled matcher', () => {
  it('passes through compileMatcher and loadMatcher as topic extras', async () => {
    const { compileMatcher, loadMatcher } = await import('../../../lib/detect');
    const loaded = loadMatcher(compileMatcher(names));
    const extras = loaded.topicExtras('international-criminal-court');
    expect(extras?.['context']).toEqual(names.topics.find((t) => t.id === 'international-criminal-court')?.context);
    expect(extras?.['leadsHere']).toBeDefined();
    // A tab settles names from the loaded matcher alone, as from the names index.
    const inTab = contextDetectorFactory(loaded);
    for (const item of MADE_UP) expect(inTab(item.head ?? '').detect(item.text)).toEqual(settled(item));
  });
});
