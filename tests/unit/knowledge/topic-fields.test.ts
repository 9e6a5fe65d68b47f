// The optional topic fields (leads_here, context) as the names half carries
// them, and their mistakes at the line to fix.
import { describe, expect, it } from 'vitest';

import { compileSources, type SourceFile } from '../../../lib/knowledge/compile';
import { corpus, TOPICS } from './corpus';
import { problems } from './problems';

/** TOPICS with lines added after melbrook's exclude line (line 27), so later lines move. */
function melbrookWith(lines: string): SourceFile[] {
  const at = '  exclude: [Melbrook Town Hall]\n';
  expect(TOPICS).toContain(at);
  return corpus({ topics: TOPICS.replace(at, at + lines) });
}

const PEOPLE = 'content/topics/people.yaml';

describe('leads_here', () => {
  const leads =
    '  leads_here:\n    - names: [Mayor of Melbrook, Melbrook Mayor]\n      what: { ar: عمدة ميلبروك, en: the mayor of Melbrook }\n';

  it('adds its names to the forms the detector finds, and says what they name', () => {
    const files = melbrookWith(leads);
    files[1] = { ...files[1]!, text: files[1]!.text.replace('Its mayor is Quenlin.', 'The Melbrook Mayor is Quenlin.') };
    const { names, details } = compileSources(files);
    const melbrook = names.topics.find((t) => t.id === 'melbrook')!;
    expect(melbrook.aliases).toEqual(['ميلبروك', 'Melbrook', 'Melbrook Town', 'Mayor of Melbrook', 'Melbrook Mayor']);
    expect(melbrook.leadsHere).toEqual([
      { names: ['Mayor of Melbrook', 'Melbrook Mayor'], what: { ar: 'عمدة ميلبروك', en: 'the mayor of Melbrook' } },
    ]);
    expect(names.topics.find((t) => t.id === 'quenlin')).not.toHaveProperty('leadsHere');
    const beta = details.articles[1]!.blocks[0]!;
    expect(beta.mentions.map((m) => beta.text.slice(m.start, m.end))).toContain('Melbrook Mayor');
  });

  it('an entry with no names, or not a mapping, or lacking what', () => {
    expect(problems(melbrookWith('  leads_here:\n    - names: []\n      what: { ar: ع, en: W }\n'))).toEqual([
      `${PEOPLE}:29: leads_here entry 1 of topic "melbrook" lists no names`,
    ]);
    expect(problems(melbrookWith('  leads_here:\n    - Mayor\n'))).toEqual([
      `${PEOPLE}:29: leads_here entry 1 of topic "melbrook" must be a mapping of fields`,
    ]);
    expect(problems(melbrookWith('  leads_here:\n    - names: [Mayor of Melbrook]\n'))).toEqual([
      `${PEOPLE}:29: missing field "what" in leads_here entry 1 of topic "melbrook"`,
    ]);
    expect(problems(melbrookWith('  leads_here: Mayor\n'))).toEqual([
      `${PEOPLE}:28: field "leads_here" in topic "melbrook" must be a list`,
    ]);
  });
});

describe('context', () => {
  it('carries its cues, the topic’s own two names and the titles of the topics it names', () => {
    const files = melbrookWith(
      '  context:\n    needs: [Melbrook Town]\n    for: [mayor]\n    against: [football]\n    topics: [quenlin]\n',
    );
    const melbrook = compileSources(files).names.topics.find((t) => t.id === 'melbrook')!;
    expect(melbrook.context).toEqual({
      needs: ['Melbrook Town'],
      for: ['mayor'],
      against: ['football'],
      topics: ['quenlin'],
      names: ['ميلبروك', 'Melbrook'],
      titles: { melbrook: { ar: 'ميلبروك', en: 'Melbrook' }, quenlin: { ar: 'كوينلين', en: 'Quenlin' } },
    });
  });

  it('a needs entry that is not an alias, a topics entry that is no other topic, a context that is not a mapping', () => {
    const files = melbrookWith('  context:\n    needs: [Town]\n    topics: [melbrook, nobody, quenlin]\n');
    expect(problems(files)).toEqual([
      `${PEOPLE}:29: context.needs "Town" of melbrook is not one of its aliases`,
      `${PEOPLE}:30: context topic "melbrook" of melbrook must be another topic's id`,
      `${PEOPLE}:30: context topic "nobody" of melbrook must be another topic's id`,
    ]);
    expect(problems(melbrookWith('  context: [mayor]\n'))).toEqual([
      `${PEOPLE}:28: "context" of topic "melbrook" must be a mapping of fields`,
    ]);
    expect(problems(melbrookWith('  context:\n    for: mayor\n'))).toEqual([
      `${PEOPLE}:29: field "for" in "context" of topic "melbrook" must be a list`,
    ]);
  });
});

describe('field values', () => {
  const FACT = '    - date: 2023-09\n      ar: حقيقة\n      en: A fact\n';
  const withFact = (fact: string) => corpus({ topics: TOPICS.replace(FACT, fact) });

  it('a by that is a list, or a named source without both languages', () => {
    expect(problems(withFact(FACT.replace('      ar:', '      by: [analysts]\n      ar:')))).toEqual([
      `${PEOPLE}:13: field "by" in fact 1 of topic "zorvath" must be article, analysts or a named source { ar, en }`,
    ]);
    expect(problems(withFact(FACT.replace('      ar:', '      by: { ar: مصدر }\n      ar:')))).toEqual([
      `${PEOPLE}:13: missing field "en" in "by" of fact 1 of topic "zorvath"`,
    ]);
    const explicit = compileSources(withFact(FACT.replace('      ar:', '      by: article\n      ar:')));
    expect(explicit.details.topics.zorvath?.facts[0]?.by).toEqual({ kind: 'article' });
  });

  it('a fact that is not a mapping, or lacks its text or citation', () => {
    const whole = `${FACT}      cite:\n        article: alpha\n        quote: Zorvath never came back\n`;
    expect(problems(corpus({ topics: TOPICS.replace(whole, '    - just a sentence\n') }))).toEqual([
      `${PEOPLE}:12: fact 1 of topic "zorvath" must be a mapping of fields`,
    ]);
    expect(problems(corpus({ topics: TOPICS.replace(whole, '    - date: 2023-09\n      ar: حقيقة\n') }))).toEqual([
      `${PEOPLE}:12: missing field "en" in fact 1 of topic "zorvath"`,
      `${PEOPLE}:12: missing field "cite" in fact 1 of topic "zorvath"`,
    ]);
    const noQuote = corpus({ topics: TOPICS.replace('        quote: Zorvath never came back\n', '') });
    expect(problems(noQuote)).toEqual([`${PEOPLE}:16: missing field "quote" in "cite" of fact 1 of topic "zorvath"`]);
  });

  it('a topic without an id is named as such; numbers are read as written', () => {
    const files = corpus({
      topics: TOPICS.replace('- id: quenlin\n', '- kind: person\n').replace(
        '  kind: person\n  name: { ar: كوينلين',
        '  name: { ar: كوينلين',
      ),
    });
    expect(problems(files)).toEqual([`${PEOPLE}:19: missing field "id" in a topic`]);
    const numbers = corpus({ topics: TOPICS.replace('  aliases: [Melbrook Town]', '  aliases: [Melbrook Town, Melbrook 1990]') });
    expect(compileSources(numbers).names.topics[2]?.aliases).toContain('Melbrook 1990');
    const year = corpus({ topics: TOPICS.replace('  aliases: [Melbrook Town]', '  aliases: [Melbrook Town, 1990]') });
    expect(compileSources(year).names.topics[2]?.aliases).toContain('1990');
    const padded = corpus({ topics: TOPICS.replace('  aliases: [Melbrook Town]', '  aliases: [Melbrook Town, 0071]') });
    expect(compileSources(padded).names.topics[2]?.aliases).toContain('0071');
  });

  it('null and absent optional fields read as their defaults', () => {
    const files = corpus({ topics: TOPICS.replace('- id: quenlin\n', '- id: quenlin\n  marked: null\n  aliases: null\n  related: ~\n') });
    const quenlin = compileSources(files).names.topics.find((t) => t.id === 'quenlin');
    expect(quenlin).toMatchObject({ marked: true, aliases: ['كوينلين', 'Quenlin'] });
  });

  it('an empty list entry, at its own line', () => {
    expect(problems(corpus({ topics: TOPICS.replace('    - زورفات\n', '    - زورفات\n    -\n') }))).toEqual([
      `${PEOPLE}:8: every entry of "aliases" in topic "zorvath" must be non-empty text`,
    ]);
  });
});
