// The options page: every setting, saved as soon as it changes.
import { useState } from 'preact/hooks';

import { checkHoverDelay, checkSite } from '../../settings/input-checks';
import { HOVER_DELAY_RANGE, type InterfaceLanguage, type MarkStyle, type TextSize, type Theme } from '../../settings/settings';
import { useSettings } from '../use-settings';
import { CorrectionsSection } from './CorrectionsSection';
import { KnowledgeSection } from './KnowledgeSection';
import { LibrarySection } from './LibrarySection';

export function OptionsApp() {
  const { settings, loaded, lang, t, save } = useSettings();
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  /** The delay as typed, while it is not a valid value (null: show the stored one). */
  const [delayText, setDelayText] = useState<string | null>(null);
  const [delayError, setDelayError] = useState('');
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

      <div class="options__row options__row--column">
        <label for="siyaq-delay">{t('optionsHoverDelay')}</label>
        <input
          id="siyaq-delay"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={delayText ?? String(settings.hoverDelayMs)}
          aria-invalid={delayError ? 'true' : 'false'}
          aria-describedby={delayError ? 'siyaq-delay-error' : undefined}
          onInput={(e) => {
            setDelayText(e.currentTarget.value);
            setDelayError('');
          }}
          // Checked when the value is committed (Enter, or leaving the field), not at every keystroke.
          onChange={(e) => {
            const checked = checkHoverDelay(e.currentTarget.value);
            if (!checked.ok) {
              return setDelayError(
                checked.reason === 'empty'
                  ? t('optionsDelayEmpty')
                  : t('optionsDelayInvalid', HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max),
              );
            }
            setDelayText(null);
            void update({ ...settings, hoverDelayMs: checked.value });
          }}
        />
        {delayError && (
          <p id="siyaq-delay-error" class="options__error" role="alert">
            {delayError}
          </p>
        )}
      </div>

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

      {choice<TextSize>(
        t('optionsTextSize'),
        settings.textSize,
        [
          ['small', t('textSizeSmall')],
          ['medium', t('textSizeMedium')],
          ['large', t('textSizeLarge')],
          ['larger', t('textSizeLarger')],
        ],
        (textSize) => void update({ ...settings, textSize }),
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
            const checked = checkSite(site);
            if (!checked.ok) return setSiteError(t('optionsSiteInvalid', site.trim().slice(0, 80)));
            setSite('');
            setSiteError('');
            const host = checked.value;
            void update({ ...settings, disabledSites: [...settings.disabledSites.filter((x) => x !== host), host] }).then(() =>
              setStatus(t('optionsSiteAdded', host)),
            );
          }}
        >
          <input
            id="siyaq-site"
            type="text"
            dir="ltr"
            value={site}
            placeholder="example.com"
            aria-label={t('optionsAddSite')}
            aria-invalid={siteError ? 'true' : 'false'}
            aria-describedby={siteError ? 'siyaq-site-error' : undefined}
            onInput={(e) => {
              setSite(e.currentTarget.value);
              setSiteError('');
            }}
          />
          <button type="submit">{t('optionsAddSite')}</button>
        </form>
        {siteError && (
          <p id="siyaq-site-error" class="options__error" role="alert">
            {siteError}
          </p>
        )}
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
