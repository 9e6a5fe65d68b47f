// The toolbar popup: what this page mentions, a forgiving search over every
// enabled knowledge pack (answered by the background, which holds them), and
// the on/off switches.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';

import type { CardData } from '../../cards/card-data';
import type { Bilingual } from '../../knowledge/types';
import { sendToBackground, sendToTab } from '../../messaging/channel';
import type { PageMentionsReply, PassageTarget } from '../../messaging/protocol';
import { highlightSpans } from '../../search/highlight';
import type { SearchHit } from '../../search/search-index';
import { isActiveOn, normalizeSite, withSiteDisabled } from '../../settings/settings';
import { TopicCard } from '../card/TopicCard';
import { timesLabel } from '../count-label';
import { Highlighted } from '../Highlighted';
import { useSettings } from '../use-settings';
import { isRestrictedUrl, targetTab } from './active-tab';
import { Briefing } from './Briefing';
import { SaveArticleButton } from './SaveArticleButton';

type PageState =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  /** Opened as a page of its own (the context menu's search), not about any tab. */
  | { kind: 'search-page' }
  | { kind: 'off'; host: string }
  | { kind: 'ready'; host: string; topics: PageMentionsReply['topics']; date: string | null };

/** The two views of a page's names: the list, and the briefing of their facts. */
type PageView = 'names' | 'briefing';
const PAGE_VIEWS: readonly PageView[] = ['names', 'briefing'];

export function PopupApp(props: { search: string }) {
  const { settings, lang, t, save } = useSettings();
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [query, setQuery] = useState(() => new URLSearchParams(props.search).get('q') ?? '');
  const [active, setActive] = useState(0);
  const [card, setCard] = useState<CardData | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [names, setNames] = useState<Record<string, Bilingual>>({});
  const [view, setView] = useState<PageView>('names');
  const input = useRef<HTMLInputElement>(null);
  const cardView = useRef<HTMLElement>(null);
  const host = page.kind === 'ready' || page.kind === 'off' ? page.host : null;

  useEffect(() => {
    void (async () => {
      const own = await (async () => browser.tabs.getCurrent())().catch(() => undefined);
      if (own && !new URLSearchParams(props.search).has('tab')) return setPage({ kind: 'search-page' });
      const found = await targetTab(props.search);
      setTab(found);
      if (!found?.id || (found.url !== undefined && isRestrictedUrl(found.url))) return setPage({ kind: 'restricted' });
      const reply = await sendToTab(found.id, 'siyaq:page-mentions', {}, { frameId: 0 });
      if (!reply.ok) return setPage({ kind: 'restricted' });
      const { active, host, topics, date } = reply.value;
      setPage(active ? { kind: 'ready', host, topics, date } : { kind: 'off', host });
      const named = await sendToBackground('siyaq:topic-names', { topics: topics.map((t) => t.topic) });
      if (named.ok) setNames(named.value);
    })();
  }, [props.search, settings.enabled, settings.disabledSites.join(',')]);

  // Each keystroke asks the background; an answer to an older query is dropped.
  useEffect(() => {
    setActive(0);
    if (!query.trim()) return setHits([]);
    let current = true;
    void sendToBackground('siyaq:search', { query: query.slice(0, 200) }).then((reply) => {
      if (current) setHits(reply.ok ? reply.value : []);
    });
    return () => {
      current = false;
    };
  }, [query]);
  // The active result stays in view while arrow keys move through a long list.
  useLayoutEffect(() => document.getElementById(`siyaq-hit-${active}`)?.scrollIntoView({ block: 'nearest' }), [active, hits]);
  useEffect(() => input.current?.focus(), []);

  const openTopic = (id: string) =>
    void sendToBackground('siyaq:card', { topic: id }).then((reply) => {
      if (reply.ok) setCard(reply.value);
    });
  const openReader = (target: PassageTarget) => {
    void sendToBackground('siyaq:open-reader', { target });
  };
  const reveal = (topic: string) => {
    if (!tab?.id) return;
    void sendToTab(tab.id, 'siyaq:reveal', { topic }, { frameId: 0 });
  };
  const choose = (hit: SearchHit) => (hit.kind === 'topic' ? openTopic(hit.topic) : openReader(hit));

  // The tabs' keys as the ARIA tabs pattern has them: arrows (either way round, as the reader sees them) and Home/End.
  const onTabKey = (e: KeyboardEvent) => {
    const next =
      e.key === 'ArrowLeft' || e.key === 'ArrowRight'
        ? PAGE_VIEWS.find((v) => v !== view)
        : e.key === 'Home'
          ? PAGE_VIEWS[0]
          : e.key === 'End'
            ? PAGE_VIEWS[1]
            : undefined;
    if (!next) return;
    e.preventDefault();
    setView(next);
    document.getElementById(`siyaq-tab-${next}`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (e.key === 'Escape' && query) setQuery('');
    else return;
    e.preventDefault();
  };

  // The card view takes the focus (the search box it replaced is gone), so its keys reach it.
  useEffect(() => cardView.current?.focus(), [card]);
  const closeCard = () => {
    setCard(null);
    requestAnimationFrame(() => input.current?.focus());
  };
  // Escape, or Backspace as in a browser's history, leaves the card for the search box,
  // wherever the focus is in the card view (a link inside the card may hold it).
  // A layout effect: subscribed as the card view renders, so the first key after it is never missed.
  useLayoutEffect(() => {
    if (!card) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' && e.key !== 'Backspace') return;
      e.preventDefault();
      closeCard();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [card]);

  if (card) {
    return (
      <main
        ref={cardView}
        tabIndex={-1}
        aria-label={t('cardLabel', card.name[lang])}
        class="popup siyaq-theme"
        data-theme={settings.theme}
        data-text-size={settings.textSize}
      >
        <header class="popup__header">
          <h1 class="popup__title">{t('extName')}</h1>
          <button type="button" class="siyaq-link popup__back" onClick={closeCard}>
            {t('popupBack')}
          </button>
        </header>
        <TopicCard data={card} lang={lang} t={t} onSelectTopic={openTopic} onOpenReader={openReader} />
      </main>
    );
  }

  const siteOn = host !== null && isActiveOn({ ...settings, enabled: true }, host);
  return (
    <main class="popup siyaq-theme" data-theme={settings.theme} data-text-size={settings.textSize}>
      <header class="popup__header">
        <h1 class="popup__title">{t('extName')}</h1>
        <div class="popup__switches">
          <label class="switch">
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(e) => void save({ ...settings, enabled: e.currentTarget.checked })}
            />
            {t('popupEnabled')}
          </label>
          {host && normalizeSite(host) && (
            <label class="switch">
              <input
                type="checkbox"
                checked={siteOn}
                disabled={!settings.enabled}
                onChange={(e) => void save(withSiteDisabled(settings, host, !e.currentTarget.checked))}
              />
              {t('popupSiteEnabled')}
            </label>
          )}
        </div>
      </header>

      <div class="popup__search" role="search">
        <label for="siyaq-search" class="popup__label">
          {t('popupSearchLabel')}
        </label>
        <input
          id="siyaq-search"
          ref={input}
          type="search"
          role="combobox"
          list={undefined}
          aria-expanded={hits.length > 0 ? 'true' : 'false'}
          aria-controls={hits.length > 0 ? 'siyaq-results' : undefined}
          aria-activedescendant={hits[active] ? `siyaq-hit-${active}` : undefined}
          autocomplete="off"
          spellcheck={false}
          // Typed text takes its own direction; the empty field's hint follows the interface.
          dir={query === '' ? undefined : 'auto'}
          placeholder={t('popupSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>

      {query.trim().length > 0 ? (
        hits.length > 0 ? (
          <ul id="siyaq-results" class="popup__results" role="listbox" aria-label={t('popupSearchLabel')}>
            {hits.map((hit, i) => (
              <li
                id={`siyaq-hit-${i}`}
                key={i}
                role="option"
                aria-selected={i === active ? 'true' : 'false'}
                class={`popup__hit${i === active ? ' popup__hit--active' : ''}`}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(hit)}
              >
                {hit.kind === 'topic' ? (
                  <>
                    <span class="popup__hit-name">{hit.name[lang]}</span>
                    <span class="popup__hit-meta">
                      <bdi>
                        <Highlighted text={hit.matched} spans={highlightSpans(hit.matched, query)} />
                      </bdi>{' '}
                      · {t(`kind_${hit.topicKind}`)}
                    </span>
                  </>
                ) : (
                  <>
                    <span class="popup__hit-passage" lang="ar" dir="rtl">
                      <Highlighted text={hit.text} spans={highlightSpans(hit.text, query)} />
                    </span>
                    <span class="popup__hit-meta">
                      <bdi>{hit.articleTitle}</bdi>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="popup__empty" role="status">
            {/* The name in the other script than the query's may be known. */}
            {t(/\p{Script=Arabic}/u.test(query) ? 'popupNoResultsTryEnglish' : 'popupNoResultsTryArabic', query.trim())}
          </p>
        )
      ) : page.kind === 'search-page' ? (
        <p class="popup__hint">{t('popupSearchHint')}</p>
      ) : (
        <section class="popup__page" aria-labelledby="siyaq-on-page">
          <h2 id="siyaq-on-page" class="popup__heading">
            {t('popupOnThisPage')}
          </h2>
          {page.kind === 'restricted' && <p class="popup__empty">{t('popupRestrictedPage')}</p>}
          {page.kind === 'off' && <p class="popup__empty">{t('popupPageOff')}</p>}
          {page.kind === 'ready' && page.topics.length === 0 && <p class="popup__empty">{t('popupNothingOnPage')}</p>}
          {page.kind === 'ready' && page.topics.length > 0 && (
            <div class="popup__tabs" role="tablist" aria-labelledby="siyaq-on-page" onKeyDown={onTabKey}>
              {PAGE_VIEWS.map((v) => (
                <button
                  key={v}
                  id={`siyaq-tab-${v}`}
                  type="button"
                  role="tab"
                  class="popup__tab"
                  aria-selected={view === v ? 'true' : 'false'}
                  // Only the shown panel exists: the other is not rendered (the briefing is asked for when opened).
                  aria-controls={view === v ? `siyaq-panel-${v}` : undefined}
                  tabIndex={view === v ? 0 : -1}
                  onClick={() => setView(v)}
                >
                  {t(v === 'names' ? 'popupTabNames' : 'popupTabBriefing')}
                </button>
              ))}
            </div>
          )}
          {page.kind === 'ready' && page.topics.length > 0 && view === 'briefing' && (
            <div id="siyaq-panel-briefing" role="tabpanel" aria-labelledby="siyaq-tab-briefing">
              <Briefing
                topics={page.topics.map((p) => p.topic)}
                pageDate={page.date}
                lang={lang}
                t={t}
                onOpenTopic={openTopic}
                onOpenReader={openReader}
              />
            </div>
          )}
          {page.kind === 'ready' && page.topics.length > 0 && view === 'names' && (
            <div id="siyaq-panel-names" role="tabpanel" aria-labelledby="siyaq-tab-names">
              <ul class="popup__mentions">
                {page.topics.map(({ topic, count }) => (
                  <li key={topic}>
                    <button type="button" class="popup__mention" data-topic={topic} onClick={() => reveal(topic)}>
                      <span>{names[topic]?.[lang] ?? topic}</span>
                      <span class="popup__count">{timesLabel(count, lang, t)}</span>
                    </button>
                    <button
                      type="button"
                      class="siyaq-link popup__more"
                      onClick={() => openTopic(topic)}
                      aria-label={`${t('cardBackground')}: ${names[topic]?.[lang] ?? topic}`}
                    >
                      {t('cardBackground')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {tab?.id !== undefined && page.kind !== 'restricted' && <SaveArticleButton tabId={tab.id} lang={lang} t={t} />}
          <p class="popup__hint">{t('popupSearchHint')}</p>
        </section>
      )}

      <footer class="popup__footer">
        <button type="button" class="siyaq-link siyaq-link--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}
