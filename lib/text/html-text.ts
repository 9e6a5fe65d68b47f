// The visible text of an HTML page, for running the detector over a saved
// page from the command line. A small tolerant scanner, not a full parser:
// drops comments and the elements whose content is never shown, turns block
// boundaries into line breaks and decodes character references.

const HIDDEN_ELEMENTS = ['script', 'style', 'noscript', 'template', 'head', 'svg', 'math'];
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'title',
  'body',
  'html',
]);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
};

/** Decodes &name; &#123; and &#x1F; references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function stripHidden(html: string): string {
  let out = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  for (const name of HIDDEN_ELEMENTS) {
    // An unclosed hidden element hides the rest of the page, as browsers do.
    out = out.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?(?:</${name}\\s*>|$)`, 'gi'), ' ');
  }
  return out;
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const trimmed = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const body = stripHidden(html);
  const tag = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    line += decodeEntities(body.slice(last, m.index));
    if (m[1] && BLOCK_ELEMENTS.has(m[1].toLowerCase())) flush();
    last = m.index + m[0].length;
  }
  line += decodeEntities(body.slice(last));
  flush();
  return lines.join('\n');
}
