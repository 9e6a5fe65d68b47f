// A local Arabic news page carrying the bundled articles, as a news site would
// show them: navigation, headlines, paragraphs, a sidebar. Used by `npm start`
// and by the real-browser tests.
import type { Article, DetailsIndex } from '../lib/knowledge/types';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function articleHtml(article: Article): string {
  const body = article.blocks
    .map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n      ');
  const date = article.date.value ?? '';
  return `
    <article class="story" lang="${article.language}" data-article="${article.id}">
      <h1>${escapeHtml(article.title)}</h1>
      <p class="byline">${escapeHtml(article.source)}${date ? ` · <time datetime="${date}" dir="ltr">${date}</time>` : ''}</p>
      ${body}
    </article>`;
}

export function renderNewsPage(details: DetailsIndex): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>أخبار اليوم — صفحة تجريبية لسياق</title>
<style>
  body { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, sans-serif; margin: 0; background: #faf9f6; color: #222; line-height: 1.9; }
  header.site { background: #8b1d1d; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
  header.site nav a { color: #fff; margin-inline-end: 16px; text-decoration: none; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 32px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
  .story { background: #fff; padding: 24px 32px; margin-bottom: 24px; border-radius: 6px; font-size: 18px; }
  .story h1 { line-height: 1.5; font-size: 28px; }
  .byline { color: #777; font-size: 14px; }
  aside { font-size: 15px; }
  aside li { margin-bottom: 8px; }
  @media (max-width: 700px) {
    main { grid-template-columns: minmax(0, 1fr); padding: 0 10px; gap: 12px; }
    .story { padding: 16px; }
  }
</style>
</head>
<body>
<header class="site"><strong>أخبار اليوم</strong>
  <nav><a href="#">الرئيسية</a><a href="#">العالم</a><a href="#">سياسة</a><a href="#">اقتصاد</a></nav>
</header>
<main>
  <div class="stories">${details.articles.map(articleHtml).join('\n')}
  </div>
  <aside>
    <h3>الأكثر قراءة</h3>
    <ul>
      <li>أسعار النفط ترتفع مع تراجع المخزونات</li>
      <li>منتخب الشباب يتأهل إلى النهائي</li>
      <li>موجة حر تضرب المنطقة الأسبوع المقبل</li>
    </ul>
  </aside>
</main>
<footer style="text-align:center;color:#888;padding:24px">صفحة تجريبية محلية — لا اتصال بالإنترنت</footer>
</body>
</html>`;
}
