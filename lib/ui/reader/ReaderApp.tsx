// The reader: a whole article from any enabled knowledge pack, typeset for
// its language, with topic marks that open the same card as on pages, and deep
// links to a passage. Articles and cards come from the background.
import { useEffect, useMemo, useState } from 'preact/hooks';

import type { CardData } from '../../cards/card-data';
import { direction } from '../../i18n/i18n';
import type { Article, Block } from '../../knowledge/types';
import { sendToBackground } from '../../messaging/channel';
import { readerSearch, readerTargetFromSearch, type ArticleShelf, type PassageTarget } from '../../messaging/protocol';
import { TopicCard } from '../card/TopicCard';
import { formatArticleDate } from '../format';
import { useSettings } from '../use-settings';

type Loaded = { kind: 'loading' } | { kind: 'article'; article: Article } | { kind: 'list'; shelves: ArticleShelf[]; missing: boolean };

export function ReaderApp(props: { search: string }) {
  const { settings, lang, t } = useSettings();
  const target = readerTargetFromSearch(props.search);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [card, setCard] = useState<CardData | null>(null);
  const passage = target && 'block' in target ? target : null;
  const article = loaded.kind === 'article' ? loaded.article : null;

  useEffect(() => {
    void (async () => {
      if (target) {
        const reply = await sendToBackground('siyaq:article', { article: target.article });
        if (reply.ok) return setLoaded({ kind: 'article', article: reply.value.article });
      }
      const shelves = await sendToBackground('siyaq:articles', {});
      setLoaded({ kind: 'list', shelves: shelves.ok ? shelves.value : [], missing: target !== null });
    })();
  }, [props.search]);

  useEffect(() => {
    document.title = article ? `${article.title} · ${t('extName')}` : t('readerTitle');
    if (!passage || !article) return;
    document.getElementById(`b${passage.block}`)?.scrollIntoView({ block: 'center' });
  }, [article?.id, passage?.block, passage?.sentence]);

  const openReader = (next: PassageTarget) => {
    location.search = readerSearch(next);
  };
  const openTopic = (id: string) =>
    void sendToBackground('siyaq:card', { topic: id }).then((reply) => {
      if (reply.ok) setCard(reply.value);
    });

  return (
    <div class="reader-layout siyaq-theme" data-theme={settings.theme}>
      <main class="reader">
        {article && <ArticleView article={article} passage={passage} onTopic={openTopic} t={t} lang={lang} />}
        {loaded.kind === 'list' && (
          <>
            {loaded.missing && <p role="alert">{t('readerNotFound')}</p>}
            {loaded.shelves.map((shelf) => (
              <section key={shelf.pack.id} class="reader__shelf" data-pack={shelf.pack.id}>
                <h2 class="reader__shelf-title">{shelf.pack.title[lang]}</h2>
                <ul class="reader__list">
                  {shelf.articles.map((a) => (
                    <li key={a.id} lang={a.language} dir={direction(a.language)}>
                      <a href={`?article=${a.id}`}>{a.title}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </main>
      {card && (
        <aside class="reader__card" aria-live="polite">
          <TopicCard data={card} lang={lang} t={t} onClose={() => setCard(null)} onSelectTopic={openTopic} onOpenReader={openReader} />
        </aside>
      )}
    </div>
  );
}

function ArticleView(props: {
  article: Article;
  passage: PassageTarget | null;
  onTopic: (id: string) => void;
  t: ReturnType<typeof useSettings>['t'];
  lang: ReturnType<typeof useSettings>['lang'];
}) {
  const { article, passage, t, lang } = props;
  return (
    <article class="siyaq-reader" lang={article.language} dir={direction(article.language)}>
      <header class="reader__header">
        <h1 class="reader__title">{article.title}</h1>
        <p class="reader__meta" lang={lang} dir={direction(lang)}>
          <span>
            {t('readerSource')}: <bdi>{lang === 'ar' ? article.source : article.sourceEn}</bdi>
          </span>
          {' · '}
          <span>
            {t('readerPublished')}: {formatArticleDate(article.date, lang, t)}
          </span>
        </p>
        {article.date.inferred && (
          <p class="reader__note" lang="en" dir="ltr">
            {article.date.note}
          </p>
        )}
      </header>
      {article.blocks.map((block, i) =>
        block.kind === 'heading' ? (
          <h2 key={i} id={`b${i}`} class="reader__heading">
            {block.text}
          </h2>
        ) : (
          <p key={i} id={`b${i}`} class="reader__paragraph">
            <BlockText block={block} targetSentence={passage?.block === i ? passage.sentence : undefined} onTopic={props.onTopic} />
          </p>
        ),
      )}
    </article>
  );
}

/** A paragraph with its topic mentions as buttons and the linked sentence marked. */
function BlockText(props: { block: Block; targetSentence: number | undefined; onTopic: (id: string) => void }) {
  const { block } = props;
  const target = props.targetSentence !== undefined ? block.sentences[props.targetSentence] : undefined;
  const parts = useMemo(() => {
    const cuts = new Set<number>([0, block.text.length]);
    for (const m of block.mentions) cuts.add(m.start).add(m.end);
    if (target) cuts.add(target[0]).add(target[1]);
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const text = block.text.slice(from, to);
      const mention = block.mentions.find((m) => m.start <= from && to <= m.end);
      let node = mention ? (
        <button
          key={`m${from}`}
          type="button"
          class="reader__mention"
          data-topic={mention.topic}
          onClick={() => props.onTopic(mention.topic)}
        >
          {text}
        </button>
      ) : (
        text
      );
      if (target && target[0] <= from && to <= target[1])
        node = (
          <mark key={`t${from}`} class="reader__target">
            {node}
          </mark>
        );
      out.push(node);
    }
    return out;
  }, [block, target?.[0], target?.[1]]);
  return <>{parts}</>;
}
