// A Document from an HTML string, parsed by happy-dom, for tests of the
// readers that take a page's Document.
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'https://news.example/2024/05/01/story'): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
