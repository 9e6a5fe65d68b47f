// The options page: every setting, saved as soon as it changes.
import { useState } from 'preact/hooks';

import { HOVER_DELAY_RANGE, normalizeSite, type InterfaceLanguage, type MarkStyle, type Theme } from '../../settings/settings';
import { useSettings } from '../use-settings';
import { CorrectionsSection } from './CorrectionsSection';
import { KnowledgeSection } from './KnowledgeSection';
import { LibrarySection } from './LibrarySection';

export function OptionsApp() {
  const { settings, loaded, lang, t, save } = useSettings();
  const [site, setSite] = useState('');
  const [status, setStatus] = useState('');
  const update = async (next: typeof settings) => {
    await save(next);
    setStatus(t('optionsSaved'));
  };
  if (!loaded) return null;

  const choice = <T extends string>(name: string, value: T, options: [T, string][], onChange: (v: T) => void) => (
    <fieldset class="options__group">
      <legend>{name}</legend>
      {options.map(([v, label]) => (
        <label key={v} class="options__choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <main class="options siyaq-theme" data-theme={settings.theme}>
      <h1>{t('optionsTitle')}</h1>
      <label class="options__row">
        <input
          id="siyaq-enabled"
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void update({ ...settings, enabled: e.currentTarget.checked })}
        />
        {t('optionsEnabled')}
      </label>

      <label class="options__row options__row--column">
        <span>{t('optionsHoverDelay')}</span>
        <input
          id="siyaq-delay"
          type="number"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => void update({ ...settings, hoverDelayMs: Number(e.currentTarget.value) })}
        />
      </label>

      {choice<MarkStyle>(
        t('optionsMarkStyle'),
        settings.markStyle,
        [
          ['underline', t('markUnderline')],
          ['background', t('markBackground')],
          ['none', t('markNone')],
        ],
        (markStyle) => void update({ ...settings, markStyle }),
      )}

      {choice<InterfaceLanguage>(
        t('optionsLanguage'),
        settings.language,
        [
          ['auto', t('languageAuto')],
          ['ar', t('languageAr')],
          ['en', t('languageEn')],
        ],
        (language) => void update({ ...settings, language }),
      )}

      {choice<Theme>(
        t('optionsTheme'),
        settings.theme,
        [
          ['auto', t('themeAuto')],
          ['light', t('themeLight')],
          ['dark', t('themeDark')],
        ],
        (theme) => void update({ ...settings, theme }),
      )}

      <section class="options__group">
        <h2>{t('optionsDisabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="options__muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="options__sites">
            {settings.disabledSites.map((s) => (
              <li key={s}>
                <bdi dir="ltr">{s}</bdi>{' '}
                <button
                  type="button"
                  class="siyaq-link"
                  onClick={() => void update({ ...settings, disabledSites: settings.disabledSites.filter((x) => x !== s) })}
                >
                  {t('optionsRemoveSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="options__add"
          onSubmit={(e) => {
            e.preventDefault();
            const host = normalizeSite(site);
            if (!host) return;
            setSite('');
            void update({ ...settings, disabledSites: [...settings.disabledSites.filter((x) => x !== host), host] });
          }}
        >
          <input
            type="text"
            dir="ltr"
            value={site}
            placeholder="example.com"
            aria-label={t('optionsAddSite')}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
          <button type="submit">{t('optionsAddSite')}</button>
        </form>
      </section>
      <KnowledgeSection />
      <CorrectionsSection t={t} />
      <LibrarySection lang={lang} settings={settings} save={update} />
      <p role="status" class="options__muted">
        {status}
      </p>
    </main>
  );
}
