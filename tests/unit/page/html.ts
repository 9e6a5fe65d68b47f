// Test pages from HTML written in the tests, parsed inert (DOMParser runs no
// script) and moved into happy-dom's document.

/** The nodes of an HTML fragment, parsed apart from the document. */
export function fragment(html: string): Node[] {
  return [...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes];
}

/** Replaces the children of el with the parsed fragment. */
export function fill(el: Element | ShadowRoot, html: string): void {
  el.replaceChildren(...fragment(html));
}
