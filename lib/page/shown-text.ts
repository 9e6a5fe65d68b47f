// The text of a run as the reader sees it: a headline written in lower case
// and shown in capitals by CSS (`text-transform: uppercase`) reads as
// "NIKOL PASHINYAN", and English names are only read with their capitals.
// Offsets must hold, so a transform that changes a text's length is left out.

/** A text node's data as its computed `text-transform` shows it. */
export function asShown(data: string, transform: string): string {
  let shown = data;
  if (transform === 'uppercase') shown = data.toUpperCase();
  else if (transform === 'capitalize')
    shown = data.replace(/(^|[^\p{L}\p{M}'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return shown.length === data.length ? shown : data;
}

/** Lower-case Latin letters: only such text can read differently once transformed (Arabic has no case). */
const LOWER_LATIN = /[a-z]/;

/** The joined text of a run's nodes as shown; style is read only for nodes with lower-case Latin letters. */
export function shownRunText(nodes: readonly Text[], text: string): string {
  let changed = false;
  const parts = nodes.map((node) => {
    const parent = node.parentElement;
    if (!parent || !LOWER_LATIN.test(node.data)) return node.data;
    const shown = asShown(node.data, getComputedStyle(parent).textTransform);
    if (shown !== node.data) changed = true;
    return shown;
  });
  return changed ? parts.join('') : text;
}
