// Options → My library: the saved articles with a search, delete one, delete
// all (after a confirmation), and whether private windows may save.
import { useEffect, useMemo, useState } from 'preact/hooks';

import { translator, type Lang } from '../../i18n/i18n';
import { lt } from '../../library/strings';
import type { SavedSummary } from '../../library/types';
import { sendToBackground } from '../../messaging/channel';
import type { Settings } from '../../settings/settings';
import { normalizeKey } from '../../text/normalize';
import { errorWords } from './error-text';
import { LibraryTransfer } from './LibraryTransfer';
import { TrackedNames } from './TrackedNames';

interface Props {
  lang: Lang;
  settings: Settings;
  save: (next: Settings) => Promise<void> | void;
}

export function LibrarySection({ lang, settings, save }: Props) {
  const [items, setItems] = useState<SavedSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const [version, setVersion] = useState(0);

  const apply = (reply: Awaited<ReturnType<typeof sendToBackground<'siyaq:library-list'>>>) => {
    if (reply.ok) {
      setItems([...reply.value].sort((a, b) => b.savedAt - a.savedAt));
      setProblem('');
    } else setProblem(errorWords(reply.error, lang, translator(lang)).text);
  };
  useEffect(() => {
    void sendToBackground('siyaq:library-list', {}).then(apply);
  }, [version]);

  const shown = useMemo(() => {
    const key = normalizeKey(query);
    if (!items || !key) return items ?? [];
    return items.filter((a) => normalizeKey(`${a.title} ${a.site} ${a.address}`).includes(key));
  }, [items, query]);

  const dateFormat = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en', { dateStyle: 'medium' });

  return (
    <section class="options__group library" aria-labelledby="siyaq-library-title">
      <h2 id="siyaq-library-title">{lt(lang, 'optionsLibrary')}</h2>
      <label class="options__row">
        <input
          id="siyaq-save-private"
          type="checkbox"
          checked={settings.saveInPrivate}
          onChange={(e) => void save({ ...settings, saveInPrivate: e.currentTarget.checked })}
        />
        {lt(lang, 'librarySaveInPrivate')}
      </label>
      {problem && (
        <p class="library__problem" role="alert">
          {problem}
        </p>
      )}
      <LibraryTransfer lang={lang} onImported={() => setVersion((v) => v + 1)} />
      {items && items.length === 0 && (
        <p class="library__empty" id="siyaq-library-empty">
          {lt(lang, 'libraryEmpty')}
        </p>
      )}
      {items && items.length > 0 && (
        <>
          <p class="library__count" id="siyaq-library-count">
            {lt(lang, 'libraryCount', items.length)}
          </p>
          <input
            id="siyaq-library-search"
            class="library__search"
            type="search"
            dir="auto"
            aria-label={lt(lang, 'librarySearch')}
            placeholder={lt(lang, 'librarySearch')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          {shown.length === 0 && <p class="library__empty">{lt(lang, 'libraryNoMatch')}</p>}
          <ul class="library__list" id="siyaq-library-list">
            {shown.map((a) => (
              <li key={a.id} class="library__item" data-id={a.id}>
                <div class="library__text">
                  <span class="library__title" dir="auto" lang={a.language}>
                    {a.title}
                  </span>
                  <span class="library__meta">
                    <bdi>{a.site}</bdi>
                    {a.date ? (
                      <>
                        {' · '}
                        <bdi dir="ltr">{a.date}</bdi>
                      </>
                    ) : null}{' '}
                    · {lt(lang, 'librarySavedOn', dateFormat.format(a.savedAt))}
                  </span>
                </div>
                <button
                  type="button"
                  class="siyaq-link library__delete"
                  aria-label={`${lt(lang, 'libraryDelete')}: ${a.title}`}
                  onClick={() => void sendToBackground('siyaq:library-delete', { ids: [a.id] }).then(apply)}
                >
                  {lt(lang, 'libraryDelete')}
                </button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div class="library__confirm" role="alertdialog" aria-labelledby="siyaq-library-confirm">
              <p id="siyaq-library-confirm">{lt(lang, 'libraryConfirmDeleteAll', items.length)}</p>
              <button
                type="button"
                id="siyaq-library-confirm-yes"
                onClick={() => {
                  setConfirming(false);
                  void sendToBackground('siyaq:library-clear', {}).then(apply);
                }}
              >
                {lt(lang, 'libraryConfirmYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {lt(lang, 'libraryCancel')}
              </button>
            </div>
          ) : (
            <button type="button" id="siyaq-library-delete-all" onClick={() => setConfirming(true)}>
              {lt(lang, 'libraryDeleteAll')}
            </button>
          )}
        </>
      )}
      {/* Last: its subheading would otherwise seem to head the saved articles after it. */}
      <TrackedNames lang={lang} version={version} />
    </section>
  );
}
