// A small valid in-memory content/ that tests copy and break one way at a time.
// Line numbers matter: tests assert them, so edit with care.
import type { SourceFile } from '../../../lib/knowledge/compile';

export const ARTICLE_FIELDS: Record<string, string> = {
  id: 'alpha', // line 2
  title: 'عنوان',
  title_en: 'Title',
  source: 'مصدر',
  source_en: 'Source',
  url: 'unknown',
  language: 'en',
  date: '2023-09-19',
};

/** An article file; front matter fields on lines 2–9, body from line 12. */
export function article(id: string, body: string, fields: Record<string, string | undefined> = {}): SourceFile {
  const front = Object.entries({ ...ARTICLE_FIELDS, id, ...fields }).flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${v}`]));
  return { path: `content/articles/${id}.md`, text: ['---', ...front, '---', '', body, ''].join('\n') };
}

export const ALPHA_BODY = [
  '## Zorvath and Quenlin', // line 12
  '',
  'Zorvath met Quenlin in Melbrook. Then Zorvath left', // line 14
  'for good. Zorvath never came back.',
  '',
  'Quenlin stayed in Melbrook.', // line 17
].join('\n');

export const BETA_BODY = 'Melbrook is a town. Its mayor is Quenlin.'; // line 12

export const TOPICS = `- id: zorvath
  kind: person
  name:
    ar: زورفاث
    en: Zorvath
  aliases:
    - زورفات
  background:
    ar: خلفية
    en: Background
  facts:
    - date: 2023-09
      ar: حقيقة
      en: A fact
      cite:
        article: alpha
        quote: Zorvath never came back
  related: [quenlin]
- id: quenlin
  kind: person
  name: { ar: كوينلين, en: Quenlin }
  background: { ar: خلفية, en: Background }
- id: melbrook
  kind: place
  name: { ar: ميلبروك, en: Melbrook }
  aliases: [Melbrook Town]
  exclude: [Melbrook Town Hall]
  background: { ar: خلفية, en: Background }
  related: [zorvath, quenlin]
`;
// Lines: zorvath 1 (aliases entry 7, article 16, quote 17, related 18),
// quenlin 19, melbrook 23 (aliases 26, exclude 27, related 29).

export function corpus(overrides: { alpha?: string; beta?: string; topics?: string } = {}): SourceFile[] {
  return [
    article('alpha', overrides.alpha ?? ALPHA_BODY),
    article('beta', overrides.beta ?? BETA_BODY),
    { path: 'content/topics/people.yaml', text: overrides.topics ?? TOPICS },
  ];
}
