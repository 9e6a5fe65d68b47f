// Interface strings of the extension's own pages (popup, options, reader) and
// the background. The single source is public/_locales (also used by the
// manifest); both languages are bundled so the interface language can be
// chosen in the options, which browser.i18n alone cannot do. A web page's
// content script takes only its own messages (page-i18n.ts).
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { fill, type Lang, type MessageKey, type Translate } from './language';

export { direction, resolveLanguage, type Lang, type MessageKey, type Translate } from './language';

export function translate(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return fill({ ar, en }, lang, key, args);
}

export function translator(lang: Lang): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}
