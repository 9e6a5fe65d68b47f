// The two bundled articles must be the seed's article bodies, word for word:
// only page furniture is gone and paragraph breaks and subheadings restored.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_c82f50676b35041e.txt', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../../content/articles/', import.meta.url));

const EURONEWS = 'euronews-2023-09-19-moscow-yerevan';
const NOVOSTI = 'novosti-2025-04-28-kursk-north-korea';

const EURONEWS_HEADINGS = [
  'بماذا تطالب أذربيجان؟',
  'ما المطلب الأرميني؟',
  'ردود الفعل الدولية',
  'كيف نفسر الموقف الروسي؟',
  'الرهان الخاطئ؟',
];
const NOVOSTI_TITLE = 'كوريا الشمالية: الانتصار في كورسك أفشل مغامرات الغرب العسكرية والسياسية';

const FURNITURE = ['شارك هذا المقال', 'محادثة', 'كلمات دلالية', 'إقرأ أيضاً', 'مواضيع إضافية', 'المصدر:', 'تاريخ النشر', 'euronews'];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The seed's two article bodies, furniture cut off. */
function seedBodies(): Record<string, string> {
  const seed = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
  const lines = seed.split('\n');

  // Euronews: after the «تاريخ النشر» line, up to the share widget.
  const dateLine = lines.findIndex((l) => l.startsWith('تاريخ النشر:'));
  expect(dateLine).toBeGreaterThan(0);
  const afterDate = lines.slice(dateLine + 1).join('\n');
  const share = afterDate.indexOf('شارك هذا المقال');
  expect(share).toBeGreaterThan(0);
  const euronews = afterDate.slice(0, share);

  // Novosti: after its title line, up to the «المصدر:» line.
  const title = lines.findIndex((l) => l.trim() === NOVOSTI_TITLE);
  expect(title).toBeGreaterThan(dateLine);
  const end = lines.findIndex((l, i) => i > title && l.startsWith('المصدر:'));
  expect(end).toBeGreaterThan(title);
  const novosti = lines.slice(title + 1, end).join('\n');

  return { [EURONEWS]: euronews, [NOVOSTI]: novosti };
}

/** Sentences of a seed body: cut at line ends, glued headings and . ؟ ! */
function seedSentences(body: string, headings: string[]): string[] {
  let text = body;
  for (const h of headings) {
    expect(text, `heading «${h}» in the seed`).toContain(h);
    text = text.split(h).join(`\n${h}\n`);
  }
  return text
    .split('\n')
    .flatMap((line) => line.match(/[^.؟!]+[.؟!]*/g) ?? [])
    .map(collapse)
    .filter((s) => /\p{L}/u.test(s));
}

/** A content file: front matter and body. */
function contentFile(id: string): { front: string; body: string } {
  const raw = readFileSync(`${ARTICLES}${id}.md`, 'utf8').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  expect(m, `${id}.md has a front-matter block`).not.toBeNull();
  return { front: m![1]!, body: m![2]! };
}

/** The body as flat text: heading markers and paragraph breaks gone. */
const flatBody = (body: string): string => collapse(body.replace(/^##\s+/gm, ''));

const CASES = [
  { id: EURONEWS, headings: EURONEWS_HEADINGS },
  { id: NOVOSTI, headings: [] as string[] },
];

describe('bundled articles keep the seed text word for word', () => {
  const bodies = seedBodies();

  for (const { id, headings } of CASES) {
    describe(id, () => {
      const { front, body } = contentFile(id);
      const flat = flatBody(body);
      const sentences = seedSentences(bodies[id]!, headings);

      it('front matter names the article', () => {
        expect(front).toMatch(new RegExp(`^id: ${id}$`, 'm'));
      });

      it('has every sentence of the seed body', () => {
        expect(sentences.length).toBeGreaterThan(headings.length + 5);
        const missing = sentences.filter((s) => !flat.includes(s));
        expect(missing).toEqual([]);
      });

      it('has nothing but the seed body (whitespace aside)', () => {
        expect(squeeze(flatBody(body))).toBe(squeeze(bodies[id]!));
      });

      it('has no page furniture', () => {
        for (const f of FURNITURE) expect(body, f).not.toContain(f);
      });

      it('has the subheadings as headings and nothing else as one', () => {
        const found = body
          .split('\n')
          .filter((l) => l.startsWith('#'))
          .map((l) => l.replace(/^##\s+/, '').trim());
        expect(found).toEqual(headings);
      });

      it("has paragraphs, not the seed's glued lines", () => {
        const paragraphs = body
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean);
        expect(paragraphs.length).toBeGreaterThanOrEqual(bodies[id]!.split('\n').filter((l) => l.trim()).length);
        // No sentence end glued to the next word: ". X" seams were split.
        for (const p of paragraphs) expect(p, p.slice(0, 40)).not.toMatch(/[.؟!]["”]?(?=[^\s.؟!"”])/u);
      });
    });
  }
});
