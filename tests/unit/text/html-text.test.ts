import { describe, expect, it } from 'vitest';

import { decodeEntities, htmlToText } from '../../../lib/text/html-text';

describe('htmlToText', () => {
  it('keeps visible text, one line per block', () => {
    const html = `<!doctype html><html><head><title>t</title><style>p{}</style></head>
      <body><nav>القائمة</nav><p>قال <b>باشينيان</b> إن<br>يريفان</p>
      <script>var x = "<p>روسيا</p>";</script><noscript>no</noscript><template><p>x</p></template>
      <!-- تعليق --><div>Kim&nbsp;Jong&#8209;un &amp; &#x41;&lt;</div></body></html>`;
    expect(htmlToText(html)).toBe('القائمة\nقال باشينيان إن\nيريفان\nKim\u00A0Jong\u2011un & A<');
  });

  it('hides every hidden element, in any letter case', () => {
    expect(htmlToText('<p>a</p><SCRIPT>x()</SCRIPT><p>b</p><script>y()</script><p>c</p><Style>.d{}</Style>')).toBe('a\nb\nc');
  });

  it('tolerates broken markup', () => {
    expect(htmlToText('<p>باكو <span>وموسكو<script>never closed')).toBe('باكو وموسكو');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
  });

  it('leaves unknown or invalid references readable', () => {
    expect(decodeEntities('&unknown; &#xD800; &#0;')).toBe('&unknown; \uFFFD \uFFFD');
  });
});
