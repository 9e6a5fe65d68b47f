// The page-metadata reader on the ten real news pages: the publication date
// each page gives (as listed in ../shared/realpages/README.md), the language
// of its text whatever it declares, and a title, site and address.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readPageMetadata } from '../../lib/article/page-metadata';
import { parseHtml } from '../unit/article/parse-html';

const DIR = resolve('../shared/realpages');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

// The README's table: | file | lang | site | published | origin |
const published = new Map<string, string>();
for (const line of readFileSync(resolve(DIR, 'README.md'), 'utf8').split('\n')) {
  const cells = line.split('|').map((c) => c.trim());
  const date = /^\d{4}-\d{2}-\d{2}/.exec(cells[4] ?? '');
  if (cells[1]?.endsWith('.html') && date) published.set(cells[1], date[0]);
}

describe.each(files)('%s', (file) => {
  const html = readFileSync(resolve(DIR, file), 'utf8');
  const url = `https://news.example/${file}`;
  const meta = readPageMetadata(parseHtml(html, url), url, { now: new Date('2026-11-29T00:00:00Z') });

  it('gives the publication date the page states', () => {
    expect(published.has(file)).toBe(true);
    expect(meta.date?.date).toBe(published.get(file));
    expect(meta.date?.note).toBeTruthy();
  });

  it('tells the language and direction from the text', () => {
    const lang = file.slice(0, 2);
    expect(meta.language).toBe(lang);
    expect(meta.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  });

  it('has a title, a site and the address', () => {
    expect(meta.title.length).toBeGreaterThan(10);
    expect(meta.title).not.toMatch(/\s[|–]\s/);
    expect(meta.site.length).toBeGreaterThan(1);
    expect(meta.address).toBe(url);
  });
});
