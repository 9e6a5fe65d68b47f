// Who states a fact, the day it speaks from, and aliases that are names: the
// rules of content/README.md that a machine can check, with file:line errors.
import { describe, expect, it } from 'vitest';

import { descriptionProblem } from '../../../lib/knowledge/alias-rules';
import { compileSources, type SourceFile } from '../../../lib/knowledge/compile';
import { attributionIn, timeWordingIn } from '../../../lib/knowledge/fact-rules';
import { ALPHA_BODY, corpus, TOPICS } from './corpus';
import { problems } from './problems';

function withTopics(from: string, to: string, alpha = ALPHA_BODY): SourceFile[] {
  expect(TOPICS).toContain(from);
  return corpus({ topics: TOPICS.replace(from, to), alpha });
}

const PEOPLE = 'content/topics/people.yaml';
const FACT = '    - date: 2023-09\n      ar: حقيقة\n      en: A fact\n';

describe('who states a fact', () => {
  it('finds the words that hand a statement to someone else', () => {
    expect(attributionIn('و استدعت روسيا السفير الأرميني في موسكو الأسبوع الماضي وفق موقع بوليتيكو.')).toBe('وفق موقع');
    expect(attributionIn('يرى محللون كثر أن التقاعس الروسي يعود لتشتت انتباهها.')).toBe('محللون');
    expect(attributionIn('ويرى هؤلاء أن تردد روسيا هو بحد ذاته اختيار.')).toBe('ويرى هؤلاء');
    expect(attributionIn('وحسب البيان، وجه كيم جونغ أون تحية حارة.')).toBe('وحسب');
    expect(attributionIn('The talks failed, according to Politico.')).toBe('according to');
    // «وفقاً للمعاهدة» is "under the treaty", not a source.
    expect(attributionIn('قرر إرسال قوات إلى روسيا وفقا للمعاهدة الموقعة بين موسكو وبيونغ يانغ.')).toBeUndefined();
    expect(attributionIn('أعلنت أذربيجان الثلاثاء أنها أطلقت عمليات.')).toBeUndefined();
  });

  it('rejects a fact told in the article’s voice when its sentence gives it to analysts', () => {
    const files = withTopics(FACT, FACT, ALPHA_BODY.replace('for good. Zorvath never', 'for good. Analysts say Zorvath never'));
    expect(problems(files)).toEqual([
      `${PEOPLE}:12: fact 1 of zorvath quotes a sentence that gives it to someone else («Analysts»): say who states it with by: analysts or by: { ar, en }`,
    ]);
  });

  it('accepts the same fact once it says who states it, and carries the source', () => {
    const alpha = ALPHA_BODY.replace('for good. Zorvath never', 'for good. Analysts say Zorvath never');
    for (const by of ['analysts', '{ ar: مصدر, en: A paper }']) {
      const files = withTopics(FACT, FACT.replace('      ar:', `      by: ${by}\n      ar:`), alpha);
      const fact = compileSources(files).details.topics['zorvath']?.facts[0];
      expect(fact?.by).toEqual(by === 'analysts' ? { kind: 'analysts' } : { kind: 'named', name: { ar: 'مصدر', en: 'A paper' } });
    }
  });

  it('reads a fact with no by as stated by the article', () => {
    expect(compileSources(corpus()).details.topics['zorvath']?.facts[0]?.by).toEqual({ kind: 'article' });
  });

  it('rejects a by that is neither article, analysts nor a named source', () => {
    const files = withTopics(FACT, FACT.replace('      ar:', '      by: somebody\n      ar:'));
    expect(problems(files)).toEqual([
      `${PEOPLE}:13: field "by" in fact 1 of topic "zorvath" must be article, analysts or a named source { ar, en }`,
    ]);
  });
});

describe('the day a fact speaks from', () => {
  it('finds wording that is true only as of some day', () => {
    expect(timeWordingIn('Armenia recently sent aid.')).toBe('recently');
    expect(timeWordingIn("Armenia's parliament is due to ratify it.")).toBe('is due to');
    expect(timeWordingIn('أرسلت أرمينيا مؤخراً مساعدات.')).toBe('مؤخراً');
    expect(timeWordingIn('من المقرر أن يصدق برلمانها.')).toBe('من المقرر');
    expect(timeWordingIn('وصل الوفد اليوم إلى يريفان.')).toBe('اليوم');
    expect(timeWordingIn('The war was fought in the 1990s.')).toBeUndefined();
  });

  it('rejects an undated fact worded in time that does not say as of when', () => {
    const files = withTopics(FACT, FACT.replace('2023-09', 'null').replace('A fact', 'Zorvath recently left'));
    expect(problems(files)).toEqual([
      `${PEOPLE}:12: fact 1 of zorvath is worded in time («recently») but has no date: add as_of, the date it speaks from (its article's date when it has no other)`,
    ]);
  });

  it('carries as_of, else the fact’s date, else its article’s date', () => {
    const undated = FACT.replace('2023-09', 'null');
    const asOf = (files: SourceFile[]) => compileSources(files).details.topics['zorvath']?.facts[0]?.asOf;
    expect(asOf(corpus())).toBe('2023-09');
    expect(asOf(withTopics(FACT, undated))).toBe('2023-09-19');
    expect(
      asOf(withTopics(FACT, undated.replace('      ar:', '      as_of: 2023-08\n      ar:').replace('A fact', 'Zorvath recently left'))),
    ).toBe('2023-08');
  });

  it('rejects a malformed as_of', () => {
    const files = withTopics(FACT, FACT.replace('      ar:', '      as_of: 19 September\n      ar:'));
    expect(problems(files)).toEqual([`${PEOPLE}:13: as_of "19 September" must be YYYY-MM-DD, YYYY-MM or YYYY`]);
  });
});

describe('an alias is a name', () => {
  it('tells descriptions from names', () => {
    for (const d of [
      'العملية العسكرية الأذربيجانية',
      'الحرب الأخيرة في عام 2020',
      'الحرب الأولى حول مصير الإقليم',
      'Russian military operation',
      'the war',
    ]) {
      expect(descriptionProblem(d), d).toBeDefined();
    }
    for (const n of [
      'حرب قره باغ الثانية',
      'Second Karabakh War',
      'الهجوم الأوكراني على كورسك',
      'منظمة الأمن الجماعي',
      'الاتحاد السوفيتي',
      'Kursk',
    ]) {
      expect(descriptionProblem(n), n).toBeUndefined();
    }
  });

  it('rejects a description among the aliases, at its line', () => {
    const files = withTopics('  aliases: [Melbrook Town]', '  aliases: [Melbrook Town, the new war]');
    expect(problems(files)).toEqual([
      `${PEOPLE}:26: alias "the new war" is a description, not a name (a generic word with adjectives, nothing that names it): move it to the background (melbrook)`,
    ]);
  });
});
