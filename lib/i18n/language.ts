// The interface language and how a message is filled, without any catalogue:
// the full one (i18n.ts) serves the extension's own pages, the page one
// (page-i18n.ts) only what a card in a web page shows.
import type en from '../../public/_locales/en/messages.json';
import type { InterfaceLanguage } from '../settings/settings';

export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalogue = Partial<Record<MessageKey, LocaleMessage>>;

export function resolveLanguage(setting: InterfaceLanguage, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function direction(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The message in that language (English when it has none); $NAME$ placeholders are filled from args in order. */
export function fill(catalogues: Record<Lang, Catalogue>, lang: Lang, key: MessageKey, args: readonly (string | number)[]): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return index >= 0 && index < args.length ? String(args[index]) : whole;
  });
}
