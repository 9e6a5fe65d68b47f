// A web page's interface strings: only the card's (vite-plugin.ts), so every
// tab does not carry the options page's.
import messages from 'virtual:siyaq/page-messages';

import { fill, type Lang, type Translate } from './language';

export function pageTranslator(lang: Lang): Translate {
  return (key, ...args) => fill(messages, lang, key, args);
}
