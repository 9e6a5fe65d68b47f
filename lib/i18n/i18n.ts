// Interface strings. The single source is public/_locales (also used by the
// manifest); both languages are bundled so the interface language can be chosen
// in the options, which browser.i18n alone cannot do.
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { InterfaceLanguage } from '../settings/settings';

export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof en;

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGUES: Record<Lang, Record<string, LocaleMessage>> = { ar, en };

export function resolveLanguage(setting: InterfaceLanguage, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function direction(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The message in that language; $NAME$ placeholders are filled from args in order. */
export function translate(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  const entry = CATALOGUES[lang][key] ?? CATALOGUES.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return index >= 0 && index < args.length ? String(args[index]) : whole;
  });
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}
