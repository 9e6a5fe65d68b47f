// Settings as Preact state, kept live with storage, plus the interface language.
import { useEffect, useState } from 'preact/hooks';

import { direction, resolveLanguage, translator, type Lang, type Translate } from '../i18n/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';

export function useSettings(): {
  settings: Settings;
  loaded: boolean;
  lang: Lang;
  t: Translate;
  save: (next: Settings) => Promise<void>;
} {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    return watchSettings(setSettings);
  }, []);
  const lang = resolveLanguage(settings.language, navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = direction(lang);
    document.documentElement.dataset.theme = settings.theme;
    document.body.dataset.theme = settings.theme;
  }, [lang, settings.theme]);
  return {
    settings,
    loaded,
    lang,
    t: translator(lang),
    save: async (next) => {
      setSettings(next);
      await saveSettings(next);
    },
  };
}
