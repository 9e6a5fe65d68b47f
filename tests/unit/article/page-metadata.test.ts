import { describe, expect, it } from 'vitest';

import { detectLanguage, primaryLanguage } from '../../../lib/article/page-language';
import { cleanAddress, readPageLanguage, readPageMetadata } from '../../../lib/article/page-metadata';
import { parseHtml } from './parse-html';

const now = new Date('2026-11-29T12:00:00Z');

describe('readPageMetadata', () => {
  it('reads an Arabic news page declared as English', () => {
    const url = 'https://www.observer.example/2020/11/2338761/?utm_source=x&id=4#comments';
    const html = `<html dir="rtl" lang="en-US"><head>
      <title>سرقة منزل أميرة في باريس – Beirut Observer</title>
      <meta property="og:site_name" content="Beirut Observer">
      <meta property="og:title" content="سرقة منزل أميرة في باريس">
      <meta property="article:author" content="https://www.facebook.com/someone">
      <meta itemprop="author" content="Ziad Sankary">
      <link rel="canonical" href="https://www.observer.example/2020/11/2338761/">
      <meta itemprop="datePublished" content="2020-11-09">
      </head><body><h1><span>سرقة منزل أميرة في باريس</span></h1>
      <p>تعرض منزل أميرة سعودية في العاصمة الفرنسية باريس لعملية سرقة، وفق ما ذكرت وسائل إعلام فرنسية.</p></body></html>`;
    expect(readPageMetadata(parseHtml(html, url), url, { now })).toEqual({
      title: 'سرقة منزل أميرة في باريس',
      site: 'Beirut Observer',
      address: 'https://www.observer.example/2020/11/2338761/?id=4',
      canonical: 'https://www.observer.example/2020/11/2338761/',
      author: 'Ziad Sankary',
      language: 'ar',
      direction: 'rtl',
      languageNote: 'the text is in Arabic script (the page says "en")',
      date: { date: '2020-11-09', inferred: false, note: 'meta datepublished «2020-11-09»' },
    });
  });

  it('uses JSON-LD for headline, publisher and author, and drops a site suffix', () => {
    const url = 'https://globalnews.example/news/1/kyiv/';
    const html = `<html lang="en"><head><title>Russia hits Kyiv - National | Global News</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Russia hits Kyiv","publisher":{"@type":"Organization","name":"Global News"},
      "author":[{"@type":"Person","name":"Jane Doe"}],"datePublished":"2026-05-24T10:05:00-04:00"}</script></head>
      <body><p>The intense aerial assault damaged buildings across the Ukrainian capital.</p></body></html>`;
    const meta = readPageMetadata(parseHtml(html, url), url, { now });
    expect(meta).toMatchObject({ title: 'Russia hits Kyiv', site: 'Global News', author: 'Jane Doe', language: 'en', direction: 'ltr' });
    expect(meta.date?.date).toBe('2026-05-24');
    expect(meta.languageNote).toBeUndefined();
  });

  it('falls back to the host name and the document title; refuses a canonical link to the front page and an author that is the site', () => {
    const url = 'https://www.akhbar.example/news/3126898/story';
    const html = `<html><head><title>نعيمة عاكف | بوابة الأخبار</title><meta property="og:site_name" content="https://akhbar.example/">
      <meta name="author" content="akhbar"><link rel="canonical" href="//akhbar.example/news/"></head>
      <body><p>رحلت الفنانة نعيمة عاكف في سن مبكرة بعد مسيرة فنية قصيرة.</p></body></html>`;
    const meta = readPageMetadata(parseHtml(html, url), url, { now });
    expect(meta).toMatchObject({
      title: 'نعيمة عاكف | بوابة الأخبار',
      site: 'akhbar.example',
      canonical: null,
      author: null,
      language: 'ar',
    });
  });

  it('uses the extracted text, when given, to tell the language', () => {
    const html = '<html lang="ar"><head><title>x</title></head><body></body></html>';
    const meta = readPageMetadata(parseHtml(html), 'https://a.example/x', {
      now,
      text: 'An article written in English from start to end.',
    });
    expect(meta).toMatchObject({ language: 'und', direction: 'ltr' });
    expect(meta.languageNote).toBe('the text is in Latin script (the page says "ar")');
  });
});

describe('cleanAddress', () => {
  it('drops the fragment and tracking parameters, keeps the rest', () => {
    expect(cleanAddress('https://a.example/p?id=3&utm_medium=x&fbclid=y#top')).toBe('https://a.example/p?id=3');
    expect(cleanAddress('not a url')).toBe('not a url');
  });
});

describe('language', () => {
  it('reads primary subtags from tags and locales', () => {
    expect(['ar_AR', 'en-GB', 'AR', 'fa', '', 'x', 'english'].map(primaryLanguage)).toEqual(['ar', 'en', 'ar', 'fa', null, null, null]);
  });

  it('keeps a declared language that shares the script, and needs enough letters to decide', () => {
    expect(detectLanguage('این یک متن فارسی است که به خط عربی نوشته شده است', 'fa')).toEqual({ language: 'fa', direction: 'rtl' });
    expect(detectLanguage('Un article écrit en français du début à la fin.', 'fr')).toEqual({ language: 'fr', direction: 'ltr' });
    expect(detectLanguage('12 34', 'ar')).toEqual({ language: 'ar', direction: 'rtl' });
    expect(detectLanguage('', null)).toEqual({ language: 'und', direction: 'ltr' });
  });
});

describe('readPageLanguage', () => {
  it('goes by the text when the declaration says otherwise, and by the declaration when the text is too short', () => {
    const url = 'https://news.example/a';
    const arabic = '<p>تعرض منزل أميرة سعودية في العاصمة الفرنسية باريس لعملية سرقة، وفق ما ذكرت وسائل إعلام فرنسية.</p>';
    expect(readPageLanguage(parseHtml(`<html lang="en-US"><body>${arabic}</body></html>`, url))).toBe('ar');
    const english = '<p>Officials spoke today about the situation in Kursk after months of fighting.</p>';
    expect(readPageLanguage(parseHtml(`<html lang="en"><body>${english}</body></html>`, url))).toBe('en');
    expect(
      readPageLanguage(parseHtml('<html><head><meta property="og:locale" content="ar_AR"></head><body><p>Hi</p></body></html>', url)),
    ).toBe('ar');
    expect(readPageLanguage(parseHtml('<html><body><p>Hi</p></body></html>', url))).toBe('und');
  });
});
