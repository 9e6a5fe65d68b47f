// The words a page says about itself before its body: title and description.
// They name a story's subject, so they count as context for every sentence.

const HEAD_META = ['og:title', 'og:description', 'description', 'twitter:title'];

export function pageHeadText(doc: Document): string {
  const parts = [doc.title];
  for (const key of HEAD_META) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = el?.getAttribute('content');
    if (content) parts.push(content.slice(0, 500));
  }
  return parts.join(' . ');
}
