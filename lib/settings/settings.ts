// User settings: one typed record, and a sanitiser that turns whatever is in
// storage (old versions, hand edits, garbage) into valid settings without throwing.

export type MarkStyle = 'underline' | 'background' | 'none';
export type InterfaceLanguage = 'auto' | 'ar' | 'en';
export type Theme = 'auto' | 'light' | 'dark';
/** Text size of cards and the popup, in steps (the pixel sizes per language are in card.css). */
export type TextSize = 'small' | 'medium' | 'large' | 'larger';

export interface Settings {
  enabled: boolean;
  /** Hostnames where Siyaq stays off. */
  disabledSites: string[];
  /** Hover-intent delay before a card opens. */
  hoverDelayMs: number;
  markStyle: MarkStyle;
  language: InterfaceLanguage;
  theme: Theme;
  textSize: TextSize;
  /** Whether "Save this article" works in private (incognito) windows; off unless the reader turns it on. */
  saveInPrivate: boolean;
}

export const HOVER_DELAY_RANGE = { min: 0, max: 1500 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 200,
  markStyle: 'underline',
  language: 'auto',
  theme: 'auto',
  textSize: 'medium',
  saveInPrivate: false,
});

const MARK_STYLES: readonly MarkStyle[] = ['underline', 'background', 'none'];
const LANGUAGES: readonly InterfaceLanguage[] = ['auto', 'ar', 'en'];
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large', 'larger'];

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** Lower-cased hostname, or null when the string is not one. */
export function normalizeSite(site: string): string | null {
  const host = site
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}(:\d{1,5})?$/.test(host) && !host.startsWith('.') ? host : null;
}

export function sanitizeSettings(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const delay = Number.isFinite(r.hoverDelayMs) ? (r.hoverDelayMs as number) : NaN;
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites : [];
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites.filter((s): s is string => typeof s === 'string').map(normalizeSite))].filter(
      (s): s is string => s !== null,
    ),
    hoverDelayMs: Number.isNaN(delay)
      ? DEFAULT_SETTINGS.hoverDelayMs
      : Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay))),
    markStyle: oneOf(r.markStyle, MARK_STYLES, DEFAULT_SETTINGS.markStyle),
    language: oneOf(r.language, LANGUAGES, DEFAULT_SETTINGS.language),
    theme: oneOf(r.theme, THEMES, DEFAULT_SETTINGS.theme),
    textSize: oneOf(r.textSize, TEXT_SIZES, DEFAULT_SETTINGS.textSize),
    saveInPrivate: r.saveInPrivate === true,
  };
}

/** Whether Siyaq should act on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeSite(hostname);
  return host === null || !settings.disabledSites.includes(host);
}

export function withSiteDisabled(settings: Settings, hostname: string, disabled: boolean): Settings {
  const host = normalizeSite(hostname);
  if (host === null) return settings;
  const rest = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: disabled ? [...rest, host] : rest };
}
