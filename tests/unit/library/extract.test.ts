import { describe, expect, it } from 'vitest';

import { checkExtracted } from '../../../lib/library/check-extracted';
import { extractArticle, MAX_ARTICLE_CHARS } from '../../../lib/library/extract';
import { linkBlocks, savedArticleId } from '../../../lib/library/saved-record';
import { parseHtml } from '../article/parse-html';

const now = new Date('2026-11-29T12:00:00Z');
const paragraph = (i: number) =>
  `<p>الفقرة ${i}: أعلنت أذربيجان عملية عسكرية في إقليم قره باغ، وقال رئيس الوزراء الأرميني نيكول باشينيان إن بلاده لن تنجر إلى الحرب، فيما دعت موسكو الطرفين إلى ضبط النفس.</p>`;

function articlePage(body: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><title>قره باغ: يوم طويل | أخبار المثال</title>
    <meta property="og:site_name" content="أخبار المثال">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"قره باغ: يوم طويل","datePublished":"2023-09-19T10:00:00+03:00","author":{"name":"سلمى حداد"}}</script>
    </head><body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
    <article><h1>قره باغ: يوم طويل</h1>${body}</article>
    <footer>جميع الحقوق محفوظة</footer></body></html>`;
}

describe('extractArticle', () => {
  it('keeps the article text in blocks, with the page metadata', () => {
    const html = articlePage(
      [1, 2, 3, 4, 5].map(paragraph).join('') + '<h2>ردود الفعل</h2><ul><li>بيان من باكو حول العملية العسكرية في الإقليم.</li></ul>',
    );
    const result = extractArticle(parseHtml(html, 'https://news.example/a?utm_source=x'), 'https://news.example/a?utm_source=x', { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article).toMatchObject({
      title: 'قره باغ: يوم طويل',
      site: 'أخبار المثال',
      address: 'https://news.example/a',
      author: 'سلمى حداد',
      language: 'ar',
      direction: 'rtl',
      date: { date: '2023-09-19', inferred: false },
      truncated: false,
    });
    const texts = article.blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith('الفقرة 1:'))).toBe(true);
    expect(texts).toContain('بيان من باكو حول العملية العسكرية في الإقليم.');
    expect(article.blocks.find((b) => b.text === 'ردود الفعل')?.kind).toBe('heading');
    expect(texts.join(' ')).not.toMatch(/الرئيسية|جميع الحقوق/);
  });

  it('keeps markup and script written in the text as text', () => {
    const html = articlePage(
      [1, 2, 3].map(paragraph).join('') +
        '<p>قال الخبير: &lt;script&gt;alert(1)&lt;/script&gt; ليس رمزًا بل نص مقتبس في هذا المقال الطويل عن قره باغ.</p>',
    );
    const result = extractArticle(parseHtml(html), 'https://news.example/b', { now });
    expect(result.ok && result.article.blocks.some((b) => b.text.includes('<script>alert(1)</script>'))).toBe(true);
  });

  it('finds no article on a home page of headlines and saves nothing', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">عنوان الخبر رقم ${i} عن قره باغ</a></li>`).join('');
    const html = `<!doctype html><html lang="ar"><head><title>أخبار المثال</title></head><body><h1>أخبار المثال</h1><ul>${links}</ul></body></html>`;
    expect(extractArticle(parseHtml(html), 'https://news.example/', { now })).toEqual({ ok: false, reason: 'no-article' });
  });

  it('cuts a huge article at the size limit and says so', () => {
    const long = `<p>${'كلمة '.repeat(1000)}</p>`;
    const html = articlePage(Array.from({ length: 60 }, () => long).join(''));
    const result = extractArticle(parseHtml(html), 'https://news.example/c', { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.truncated).toBe(true);
    expect(result.article.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
  });
});

describe('checkExtracted', () => {
  const good = {
    title: 'T',
    site: 's',
    address: 'https://a.example/x',
    author: null,
    language: 'en',
    direction: 'ltr',
    date: null,
    blocks: [{ kind: 'paragraph', text: 'Some text.' }],
    truncated: false,
  };
  it('accepts what the extractor makes and refuses anything else', () => {
    expect(checkExtracted(good)).toEqual(good);
    expect(checkExtracted({ ...good, address: 'javascript:alert(1)' })).toBeNull();
    expect(checkExtracted({ ...good, blocks: [{ kind: 'script', text: 'x' }] })).toBeNull();
    expect(checkExtracted({ ...good, blocks: [] })).toBeNull();
    expect(checkExtracted({ ...good, date: { date: '2023-02-30', inferred: false, note: '' } })).toBeNull();
    expect(checkExtracted({ ...good, title: 7 })).toBeNull();
    expect(checkExtracted('nope')).toBeNull();
  });
});

describe('saved records', () => {
  it('names an address by a stable id and links blocks with the detector given', async () => {
    const id = await savedArticleId('https://a.example/x');
    expect(id).toMatch(/^mine-[0-9a-f]{20}$/);
    expect(await savedArticleId('https://a.example/x')).toBe(id);
    expect(await savedArticleId('https://a.example/y')).not.toBe(id);
    const blocks = linkBlocks([{ kind: 'paragraph', text: 'Baku spoke. Then Yerevan answered.' }], (text) => {
      const at = text.indexOf('Yerevan');
      return at < 0 ? [] : [{ topic: 'yerevan', start: at, end: at + 7 }];
    });
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Baku spoke. Then Yerevan answered.',
        sentences: [
          [0, 11],
          [12, 34],
        ],
        mentions: [{ topic: 'yerevan', start: 17, end: 24 }],
      },
    ]);
  });
});
