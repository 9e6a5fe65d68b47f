import { describe, expect, it } from 'vitest';

import { readPublicationDate } from '../../../lib/article/page-date';
import { parseHtml } from './parse-html';

const now = new Date('2026-11-29T12:00:00Z');
const read = (html: string, address?: string) => readPublicationDate(parseHtml(html), { address, now });

describe('readPublicationDate', () => {
  it('prefers JSON-LD datePublished of the article, through @graph', () => {
    const html = `<head>
      <script type="application/ld+json">{"@type":"WebSite","datePublished":"2001-01-01"}</script>
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-09-19T08:00:00+03:00","dateModified":"2023-09-20"}]}</script>
      <meta property="article:published_time" content="2022-01-01T00:00:00Z"></head><body></body>`;
    expect(read(html)).toEqual({ date: '2023-09-19', inferred: false, note: 'JSON-LD datePublished «2023-09-19T08:00:00+03:00»' });
  });

  it('skips a broken JSON-LD block and reads the meta tags', () => {
    const html = `<head><script type="application/ld+json">{"@type": "NewsArticle", broken</script>
      <meta property="article:published_time" content="2024-02-24T11:42:23.000Z"></head>`;
    expect(read(html)).toEqual({ date: '2024-02-24', inferred: false, note: 'meta article:published_time «2024-02-24T11:42:23.000Z»' });
  });

  it('reads a publication meta tag written in Arabic words', () => {
    const html = `<head><meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م"></head>`;
    expect(read(html)?.date).toBe('2020-10-07');
  });

  it('reads <time datetime> in the article, not the one of a comment or an update', () => {
    const html = `<body><div class="comments"><time datetime="2026-01-01">1 Jan</time></div>
      <article><time class="updated" datetime="2025-05-05">Updated</time><time datetime="2024-04-30">30 April</time></article></body>`;
    expect(read(html)).toEqual({ date: '2024-04-30', inferred: false, note: '<time datetime="2024-04-30">' });
  });

  it('reads an Arabic byline with Arabic-Indic digits, saying it is printed as the publication date', () => {
    const html = `<body><h1>عنوان</h1><div class="post-meta"><span class="date">نُشر في ١٧ آذار/مارس ٢٠٢٠</span></div></body>`;
    expect(read(html)).toEqual({ date: '2020-03-17', inferred: false, note: 'the page prints «نُشر في ١٧ آذار/مارس ٢٠٢٠»' });
  });

  it('says why when a printed date is only taken to be the publication date', () => {
    const html = `<body><div class="comment-meta"><a>May 24, 2026 at 4:31 pm</a></div>
      <div class="c-byline__date"><span>22 May 2026</span></div></body>`;
    const date = read(html);
    expect(date?.date).toBe('2026-05-22');
    expect(date?.inferred).toBe(true);
    expect(date?.note).toContain('without saying it is the publication date');
  });

  it('falls back to the update date, with the reason', () => {
    const html = `<head><meta property="og:updated_time" content="2020-11-09T18:34:47+00:00"></head><body><p>text</p></body>`;
    const date = read(html);
    expect(date?.date).toBe('2020-11-09');
    expect(date?.inferred).toBe(true);
    expect(date?.note).toContain('only the date it was last updated (meta og:updated_time');
  });

  it('falls back to a date in the address, with the reason', () => {
    expect(read('<body><p>no date</p></body>', 'https://www.theguardian.com/world/2024/feb/24/death-toll')).toEqual({
      date: '2024-02-24',
      inferred: true,
      note: 'read from the address (/2024/feb/24/); the page states no date',
    });
    expect(read('<body></body>', 'https://www.beirutobserver.com/2020/11/2338761/')?.date).toBe('2020-11');
  });

  it('refuses dates in the future and gives null when there is none', () => {
    const html = `<head><meta property="article:published_time" content="2031-01-01"></head><body></body>`;
    expect(read(html)).toBeNull();
    expect(read('<body><p>Nothing here 12 times.</p></body>', 'https://example.com/about')).toBeNull();
  });
});
