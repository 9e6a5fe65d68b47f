// More of content/'s checks, each at the line to fix, and what compiles
// around them: warnings for similarity matches, passages of unnamed topics,
// article headings and dates.
import { describe, expect, it } from 'vitest';

import { compileSources, type SourceFile } from '../../../lib/knowledge/compile';
import { formatProblem } from '../../../lib/knowledge/content-error';
import { ALPHA_BODY, article, corpus, TOPICS } from './corpus';
import { problems } from './problems';

function editTopics(from: string, to: string): SourceFile[] {
  expect(TOPICS).toContain(from);
  return corpus({ topics: TOPICS.replace(from, to) });
}

const PEOPLE = 'content/topics/people.yaml';
const EVENTS = 'content/topics/events.yaml';

describe('warnings', () => {
  it('name a word matched only by similarity at the line of its block', () => {
    const { warnings, details } = compileSources(corpus({ alpha: ALPHA_BODY.replace('Quenlin stayed', 'Quenlinn stayed') }));
    expect(warnings.map(formatProblem)).toEqual([
      'content/articles/alpha.md:17: "Quenlinn" is matched to quenlin only by similarity; list it as an alias if right, or exclude it if wrong',
    ]);
    expect(details.articles[0]!.blocks[2]!.mentions[0]).toEqual({ topic: 'quenlin', start: 0, end: 8 });
  });
});

describe('passages', () => {
  it('are listed once per sentence, and again for the same sentence of another article', () => {
    const files = [...corpus(), article('gamma', 'Quenlin spoke.'), article('delta', 'Quenlin spoke again.')];
    expect(compileSources(files).details.topics.quenlin?.passages.slice(-3)).toEqual([
      { article: 'beta', block: 0, sentence: 1 },
      { article: 'delta', block: 0, sentence: 0 },
      { article: 'gamma', block: 0, sentence: 0 },
    ]);
  });
});

describe('a topic no article names', () => {
  const departure = (facts: string) => `- id: departure
  kind: event
  name: { ar: الرحيل الكبير, en: The Great Departure }
  background: { ar: خلفية, en: Background }
  facts:
${facts}`;
  const fact = (quote: string) => `    - date: null\n      ar: رحل\n      en: He left\n      cite: { article: alpha, quote: ${quote} }\n`;

  it('takes each sentence its facts cite once, in citation order', () => {
    const facts = fact('never came back') + fact('Then Zorvath left') + fact('Zorvath never came') + fact('Quenlin stayed');
    const { details } = compileSources([...corpus(), { path: EVENTS, text: departure(facts) }]);
    expect(details.topics.departure?.passages).toEqual([
      { article: 'alpha', block: 1, sentence: 2 },
      { article: 'alpha', block: 1, sentence: 1 },
      { article: 'alpha', block: 2, sentence: 0 },
    ]);
    expect(details.topics.departure?.facts.map((f) => f.cite)).toEqual([
      { article: 'alpha', block: 1, start: 69, end: 84 },
      { article: 'alpha', block: 1, start: 33, end: 50 },
      { article: 'alpha', block: 1, start: 61, end: 79 },
      { article: 'alpha', block: 2, start: 0, end: 14 },
    ]);
  });

  it('is refused when none of its facts cites an article either', () => {
    expect(problems([...corpus(), { path: EVENTS, text: departure('    []\n').replace('  facts:\n    []\n', '') }])).toEqual([
      `${EVENTS}:1: no article mentions topic "departure" and none of its facts cites one: its name and aliases match nothing (check them against the articles' spelling)`,
    ]);
  });

  it('a quote in the second article of two with one id is sought in the first', () => {
    const files = [...corpus(), { ...article('alpha', 'Quenlin was elsewhere.'), path: 'content/articles/z/articles/alpha.md' }];
    expect(problems(files)).toEqual([
      'content/articles/z/articles/alpha.md:2: article id "alpha" is also used by content/articles/alpha.md:2',
    ]);
  });
});

describe('topic forms', () => {
  it('an alias with no letters the detector can match', () => {
    expect(problems(editTopics('    - زورفات\n', '    - زورفات\n    - "«ـَ»"\n'))).toEqual([
      `${PEOPLE}:8: alias "«ـَ»" of zorvath has no letters the detector can match`,
    ]);
  });

  it('both names may be one spelling; only an alias is redundant', () => {
    const { names } = compileSources(editTopics('name: { ar: كوينلين, en: Quenlin }', 'name: { ar: Quenlin, en: Quenlin }'));
    expect(names.topics.find((t) => t.id === 'quenlin')?.name).toEqual({ ar: 'Quenlin', en: 'Quenlin' });
  });

  it('an alias claimed by another topic of the same file, naming where it was claimed first', () => {
    expect(problems(editTopics('  aliases: [Melbrook Town]', '  aliases: [Melbrook Town, Quenlin]'))).toEqual([
      `${PEOPLE}:26: alias "Quenlin" is claimed by both quenlin (${PEOPLE}:21) and melbrook`,
    ]);
  });

  it('an exclude phrase holding an alias (not only a name) passes', () => {
    const { names } = compileSources(editTopics('exclude: [Melbrook Town Hall]', 'exclude: [the Melbrook Town fair]'));
    expect(names.topics.find((t) => t.id === 'melbrook')?.exclude).toEqual(['the Melbrook Town fair']);
  });

  it('lists the forms that hold another marked topic’s name, never its own or an unmarked one’s', () => {
    const extra = `- id: melbrook-war
  kind: event
  name: { ar: حرب ميلبروك, en: War of Melbrook Town }
  aliases: [Melbrook Town War Memorial Fight, Quenlin Feud, Great Feud]
  background: { ar: خلفية, en: Background }
  facts:
    - date: null
      ar: رحل
      en: He left
      cite: { article: alpha, quote: Zorvath never came back }
- id: hidden
  kind: place
  name: { ar: مخفي, en: Feud }
  marked: false
  background: { ar: خلفية, en: Background }
  facts:
    - date: null
      ar: رحل
      en: He left
      cite: { article: alpha, quote: Zorvath never came back }
`;
    const { names } = compileSources([...corpus(), { path: EVENTS, text: extra }]);
    const byId = new Map(names.topics.map((t) => [t.id, t]));
    expect(byId.get('melbrook-war')?.nested).toEqual([
      'حرب ميلبروك',
      'War of Melbrook Town',
      'Melbrook Town War Memorial Fight',
      'Quenlin Feud',
    ]);
    // Great Feud holds only the unmarked topic's name, Melbrook Town melbrook's own: neither is nested.
    expect(byId.get('melbrook-war')?.aliases).toContain('Great Feud');
    expect(byId.get('melbrook')?.nested).toEqual([]);
    expect(byId.get('hidden')?.nested).toEqual([]);
  });
});

describe('article bodies', () => {
  it('an empty heading, a heading without its space, and lines in a paragraph joined by one space', () => {
    const files = [...corpus(), article('gamma', '## \n\nQuenlin.\n#Melbrook is a hashtag\nlast  line.')];
    expect(problems(files)).toEqual(['content/articles/gamma.md:12: empty heading']);
    const ok = compileSources([...corpus(), article('gamma', 'Quenlin.\n#Melbrook is a hashtag')]);
    expect(ok.details.articles[2]!.blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'Quenlin. #Melbrook is a hashtag']]);
  });

  it('an unknown date without a note, and the front matter’s missing fields', () => {
    expect(problems([...corpus(), article('gamma', 'Quenlin.', { date: 'unknown' })])).toEqual([
      'content/articles/gamma.md:9: date_note must say why the date is unknown',
    ]);
    expect(problems([...corpus(), article('gamma', 'Quenlin.', { title: undefined, source_en: undefined })])).toEqual([
      'content/articles/gamma.md:2: missing field "title" in the front matter',
      'content/articles/gamma.md:2: missing field "source_en" in the front matter',
    ]);
  });

  it('takes http and https addresses, and a date_note with a known date', () => {
    const files = corpus();
    files[1] = article('beta', 'Quenlin.', {
      url: 'http://example.com/a?b=c',
      date: '2023',
      date_inferred: 'true',
      date_note: 'from the URL',
    });
    expect(compileSources(files).details.articles[1]).toMatchObject({
      url: 'http://example.com/a?b=c',
      date: { value: '2023', inferred: true, note: 'from the URL' },
    });
    files[1] = article('beta', 'Quenlin.', { url: 'https://example.com/a b' });
    expect(problems(files)).toEqual(['content/articles/beta.md:7: url "https://example.com/a b" must be an http(s) address or "unknown"']);
  });
});

describe('file paths', () => {
  it('take articles/<id>.md and topics/<name>.yaml or .yml under any folder, and nothing deeper or alike', () => {
    const [alpha, beta, people] = corpus();
    const moved = [
      { path: 'articles/alpha.md', text: alpha!.text },
      { path: 'x/articles/beta.md', text: beta!.text },
      { path: 'topics/people.yml', text: people!.text },
    ];
    expect(compileSources(moved).details.articles.map((a) => a.id)).toEqual(['alpha', 'beta']);
    const stray = [
      ...corpus(),
      { ...article('gamma', 'Quenlin.'), path: 'content/myarticles/gamma.md' },
      { ...article('delta', 'Quenlin.'), path: 'content/articles/drafts/delta.md' },
      { path: 'content/topics/x.yaml.bak', text: '' },
    ];
    const notContent = 'not an article (articles/<id>.md) or a topics file (topics/<name>.yaml)';
    expect(problems(stray)).toEqual([
      `content/articles/drafts/delta.md:1: ${notContent}`,
      `content/myarticles/gamma.md:1: ${notContent}`,
      `content/topics/x.yaml.bak:1: ${notContent}`,
    ]);
  });
});

describe('the front matter', () => {
  it('may close and open with trailing spaces, and reports YAML mistakes at their file line', () => {
    const [alpha, ...rest] = corpus();
    const spaced = { ...alpha!, text: alpha!.text.replace('---\n', '---  \n').replace('\n---\n', '\n--- \n') };
    expect(compileSources([spaced, ...rest]).details.articles[0]?.id).toBe('alpha');
    const broken = problems([...corpus(), article('gamma', 'Quenlin.', { title: 'a: b: c' })]);
    expect(broken).toContain('content/articles/gamma.md:3: YAML: Nested mappings are not allowed in compact mappings');
    expect(broken.every((p) => p.startsWith('content/articles/gamma.md:3: YAML: '))).toBe(true);
  });
});

describe('facts', () => {
  const FACT = '    - date: 2023-09\n      ar: حقيقة\n      en: A fact\n';

  it('are checked for attribution in the sentences they quote only', () => {
    const alpha = ALPHA_BODY.replace('Then Zorvath left', 'Then, analysts say, Zorvath left');
    expect(compileSources(corpus({ alpha })).details.topics.zorvath?.facts).toHaveLength(1);
    const across = TOPICS.replace('quote: Zorvath never came back', 'quote: "for good. Zorvath never"');
    expect(problems(corpus({ alpha, topics: across }))).toEqual([
      `${PEOPLE}:12: fact 1 of zorvath quotes a sentence that gives it to someone else («analysts»): say who states it with by: analysts or by: { ar, en }`,
    ]);
  });

  it('worded in time need a date or as_of, in either language', () => {
    const undatedAr = FACT.replace('2023-09', 'null').replace('حقيقة', 'غادر مؤخراً');
    expect(problems(corpus({ topics: TOPICS.replace(FACT, undatedAr) }))).toEqual([
      `${PEOPLE}:12: fact 1 of zorvath is worded in time («مؤخراً») but has no date: add as_of, the date it speaks from (its article's date when it has no other)`,
    ]);
    const dated = FACT.replace('A fact', 'Zorvath recently left');
    expect(compileSources(corpus({ topics: TOPICS.replace(FACT, dated) })).details.topics.zorvath?.facts[0]?.asOf).toBe('2023-09');
  });
});
