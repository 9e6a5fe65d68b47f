// Every content mistake names the file and line to fix.
import { describe, expect, it } from 'vitest';

import { compileSources, type SourceFile } from '../../../lib/knowledge/compile';
import { ContentError } from '../../../lib/knowledge/content-error';
import { article, corpus, TOPICS } from './corpus';
import { problems } from './problems';

/** A second topics file, sorted after people.yaml. */
const topics = (text: string): SourceFile => ({ path: 'content/topics/places.yaml', text });

/** TOPICS with one piece of text replaced (which must be there). */
function editTopics(from: string, to: string): SourceFile[] {
  expect(TOPICS).toContain(from);
  return corpus({ topics: TOPICS.replace(from, to) });
}

const PEOPLE = 'content/topics/people.yaml';

describe('content errors', () => {
  it('a duplicate topic id, at the second definition', () => {
    const files = [
      ...corpus(),
      topics('- id: quenlin\n  kind: person\n  name: { ar: آخر, en: Another }\n  background: { ar: خ, en: B }\n'),
    ];
    expect(problems(files)).toEqual([`content/topics/places.yaml:1: topic id "quenlin" is also defined at ${PEOPLE}:19`]);
  });

  it('a duplicate article id', () => {
    const copy = article('alpha', 'Quenlin again.');
    const files = [...corpus(), { ...copy, path: 'other/articles/alpha.md' }];
    expect(problems(files)).toEqual(['other/articles/alpha.md:2: article id "alpha" is also used by content/articles/alpha.md:2']);
  });

  it('an article id that is not its file name', () => {
    const files = [...corpus(), article('gamma', 'Quenlin.', { id: 'delta' })];
    expect(problems(files)).toEqual(['content/articles/gamma.md:2: id "delta" differs from the file name "gamma"']);
  });

  it('an alias claimed by two topics, compared as the detector normalises them', () => {
    const other =
      '- id: other\n  kind: place\n  name: { ar: مكان, en: Place }\n  aliases:\n    - زُورفات\n    - MELBROOK\n  background: { ar: خ, en: B }\n';
    expect(problems([...corpus(), topics(other)])).toEqual([
      `content/topics/places.yaml:5: alias "زُورفات" is claimed by both zorvath (${PEOPLE}:7) and other`,
      `content/topics/places.yaml:6: alias "MELBROOK" is claimed by both melbrook (${PEOPLE}:25) and other`,
    ]);
  });

  it('an alias the detector already gets from another form of the same topic', () => {
    const files = editTopics('    - زورفات\n', '    - زورفات\n    - ZORVATH\n');
    expect(problems(files)).toEqual([
      `${PEOPLE}:8: alias "ZORVATH" of zorvath is "Zorvath" (line 5) to the detector; it need not be listed`,
    ]);
  });

  it('an exclude phrase that contains none of the topic’s forms', () => {
    const files = editTopics('exclude: [Melbrook Town Hall]', 'exclude: [Town Hall]');
    expect(problems(files)).toEqual([`${PEOPLE}:27: exclude phrase "Town Hall" of melbrook contains none of its names or aliases`]);
  });

  it('a citation of an article that does not exist', () => {
    const files = editTopics('article: alpha', 'article: gamma');
    expect(problems(files)).toEqual([`${PEOPLE}:16: a fact of zorvath cites article "gamma", which does not exist`]);
  });

  it('a quote that is not in the cited article word for word', () => {
    const files = editTopics('quote: Zorvath never came back', 'quote: Zorvath never returned');
    expect(problems(files)).toEqual([
      `${PEOPLE}:17: quote "Zorvath never returned" is not found word for word in one block of content/articles/alpha.md`,
    ]);
  });

  it('a quote that runs across two blocks', () => {
    const files = editTopics('quote: Zorvath never came back', 'quote: "Zorvath never came back. Quenlin stayed"');
    expect(problems(files)).toHaveLength(1);
    expect(problems(files)[0]).toMatch(/^content\/topics\/people\.yaml:17: quote /);
  });

  it('a related topic that does not exist, or is the topic itself, or is listed twice', () => {
    const files = editTopics('related: [zorvath, quenlin]', 'related: [zorvath, nobody, melbrook, zorvath]');
    expect(problems(files)).toEqual([
      `${PEOPLE}:29: related topic "nobody" of melbrook does not exist`,
      `${PEOPLE}:29: melbrook lists itself as related`,
      `${PEOPLE}:29: related topic "zorvath" of melbrook is listed twice`,
    ]);
  });

  it('a missing field, at the line of the mapping that lacks it', () => {
    const files = editTopics('  background: { ar: خلفية, en: Background }\n- id: melbrook', '- id: melbrook');
    expect(problems(files)).toEqual([`${PEOPLE}:19: missing field "background" in topic "quenlin"`]);
    const noEn = editTopics('name: { ar: كوينلين, en: Quenlin }', 'name: { ar: كوينلين }');
    expect(problems(noEn)).toEqual([`${PEOPLE}:21: missing field "en" in "name" of topic "quenlin"`]);
  });

  it('an unknown field, so that a typo cannot pass silently', () => {
    const files = editTopics('- id: quenlin\n', '- id: quenlin\n  alias: [Q]\n');
    expect(problems(files)).toEqual([
      `${PEOPLE}:20: unknown field "alias" in topic "quenlin" (allowed: id, kind, name, aliases, leads_here, exclude, marked, context, background, facts, related)`,
    ]);
    const front = [...corpus(), article('gamma', 'Quenlin.', { titel: 'x' })];
    expect(problems(front)[0]).toMatch(/^content\/articles\/gamma\.md:10: unknown field "titel" in the front matter/);
  });

  it('invalid values: kind, dates, language, url, id', () => {
    expect(problems(editTopics('  kind: place', '  kind: city'))).toEqual([
      `${PEOPLE}:24: kind "city" must be one of place, person, organisation, treaty, event`,
    ]);
    expect(problems(editTopics('date: 2023-09', 'date: 2023-02-30'))).toEqual([
      `${PEOPLE}:12: date "2023-02-30" must be YYYY-MM-DD, YYYY-MM, YYYY or null`,
    ]);
    expect(problems(editTopics('- id: quenlin', '- id: Quenlin'))[0]).toBe(
      `${PEOPLE}:19: id "Quenlin" must be lowercase letters, digits and single hyphens`,
    );
    const bad = article('gamma', 'Quenlin.', { language: 'fr', url: 'example.com', date: '19/09/2023' });
    expect(problems([...corpus(), bad])).toEqual([
      'content/articles/gamma.md:7: url "example.com" must be an http(s) address or "unknown"',
      'content/articles/gamma.md:8: language "fr" must be ar or en',
      'content/articles/gamma.md:9: date "19/09/2023" must be YYYY-MM-DD, YYYY-MM, YYYY or unknown',
    ]);
  });

  it('an inferred or unknown date without a note saying why', () => {
    const files = [...corpus(), article('gamma', 'Quenlin.', { date: '2023', date_inferred: 'true' })];
    expect(problems(files)).toEqual(['content/articles/gamma.md:9: date_note must say how the date was worked out']);
  });

  it('YAML syntax errors, at their line', () => {
    const files = editTopics('  name: { ar: كوينلين, en: Quenlin }', '  name: { ar: كوينلين, en: Quenlin');
    const found = problems(files);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/^content\/topics\/people\.yaml:2[12]: YAML: /);
  });

  it('a topics file that is not a list', () => {
    expect(problems([...corpus(), topics('id: x\n')])).toEqual(['content/topics/places.yaml:1: a topics file must be a list']);
  });

  it('article bodies: missing front matter, unclosed front matter, no body, other headings', () => {
    const files = [
      ...corpus(),
      { path: 'content/articles/no-front.md', text: 'Quenlin.\n' },
      { path: 'content/articles/open.md', text: '---\nid: open\n\nQuenlin.\n' },
      article('empty', ''),
      article('deep', 'Quenlin.\n\n### Melbrook\n'),
    ];
    expect(problems(files)).toEqual([
      'content/articles/deep.md:14: only "## " headings are allowed in an article body',
      'content/articles/empty.md:10: the article has no body after its front matter',
      'content/articles/no-front.md:1: an article must start with a "---" line opening its front matter',
      'content/articles/open.md:1: the front matter opened on line 1 is never closed with a "---" line',
    ]);
  });

  it('a topic that is not a mapping', () => {
    expect(problems([...corpus(), topics('- just text\n')])).toEqual(['content/topics/places.yaml:1: a topic must be a mapping of fields']);
  });

  it('each at the line of the field at fault, wherever the field stands in its mapping', () => {
    const other = (fields: string) => topics(`- kind: person\n  id: other\n  background: { ar: خ, en: B }\n${fields}`);
    expect(
      problems([...corpus(), topics('- kind: person\n  id: Bad_Id\n  name: { ar: آخر, en: Another }\n  background: { ar: خ, en: B }\n')]),
    ).toEqual(['content/topics/places.yaml:2: id "Bad_Id" must be lowercase letters, digits and single hyphens']);
    expect(problems([...corpus(), other('  name:\n    en: Other\n    ar: كوينلين\n')])).toEqual([
      `content/topics/places.yaml:6: alias "كوينلين" is claimed by both quenlin (${PEOPLE}:21) and other`,
    ]);
    const fact = (date: string, article: string) =>
      other(
        `  name: { ar: آخر, en: Another }\n  facts:\n    - ar: ر\n      en: R\n      date: ${date}\n      cite:\n        quote: Quenlin\n        article: ${article}\n`,
      );
    expect(problems([...corpus(), fact('2023-13', 'beta')])).toEqual([
      'content/topics/places.yaml:8: date "2023-13" must be YYYY-MM-DD, YYYY-MM, YYYY or null',
    ]);
    expect(problems([...corpus(), fact('2023-11', 'nowhere')])).toEqual([
      'content/topics/places.yaml:11: a fact of other cites article "nowhere", which does not exist',
    ]);
  });

  it('a file that is neither an article nor a topics file', () => {
    const files = [...corpus(), { path: 'content/topics/notes.txt', text: '' }];
    expect(problems(files)).toEqual([
      'content/topics/notes.txt:1: not an article (articles/<id>.md) or a topics file (topics/<name>.yaml)',
    ]);
  });

  it('an article in which the detector finds no topic', () => {
    const files = [...corpus(), article('gamma', 'Nothing of note happened.')];
    expect(problems(files)).toEqual(['content/articles/gamma.md:2: the detector finds no topic in article "gamma"']);
  });

  it('a topic that no article mentions and no fact cites', () => {
    const files = [
      ...corpus(),
      topics('- id: orphan\n  kind: place\n  name: { ar: يتيمستان, en: Orphanistan }\n  background: { ar: خ, en: B }\n'),
    ];
    expect(problems(files)).toEqual([
      'content/topics/places.yaml:1: no article mentions topic "orphan" and none of its facts cites one: its name and aliases match nothing (check them against the articles\' spelling)',
    ]);
  });

  it('collects every problem into one error, one per line, ordered by file and line', () => {
    const files = editTopics('quote: Zorvath never came back', 'quote: nowhere');
    files.push(article('gamma', 'Quenlin.', { id: 'delta' }));
    files.push(topics('- id: other\n  kind: thing\n'));
    let error: unknown;
    try {
      compileSources(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { message, problems, file, line } = error as ContentError;
    expect(message.split('\n')).toEqual([
      'content/articles/gamma.md:2: id "delta" differs from the file name "gamma"',
      'content/topics/places.yaml:1: missing field "name" in topic "other"',
      'content/topics/places.yaml:1: missing field "background" in topic "other"',
      'content/topics/places.yaml:2: kind "thing" must be one of place, person, organisation, treaty, event',
    ]);
    expect(problems).toHaveLength(4);
    expect([file, line]).toEqual(['content/articles/gamma.md', 2]);
  });
});
