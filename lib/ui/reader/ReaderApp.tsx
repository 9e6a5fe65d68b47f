// The reader: a whole bundled article, typeset for its language, with topic
// marks that open the same card as on pages, and deep links to a passage.
import { useEffect, useMemo, useState } from 'preact/hooks';

import { buildCardData, type CardData } from '../../cards/card-data';
import { direction, type Lang, type Translate } from '../../i18n/i18n';
import type { Article, Block, DetailsIndex, NamesIndex } from '../../knowledge/types';
import { readerSearch, readerTargetFromSearch, type PassageTarget } from '../../messaging/protocol';
import { TopicCard } from '../card/TopicCard';
import { formatArticleDate } from '../format';
import { useSettings } from '../use-settings';

export function ReaderApp(props: { names: NamesIndex; details: DetailsIndex; search: string }) {
  const { settings, lang, t } = useSettings();
  const target = readerTargetFromSearch(props.search);
  const article = props.details.articles.find((a) => a.id === target?.article) ?? null;
  const [card, setCard] = useState<CardData | null>(null);
  const passage = target && 'block' in target ? target : null;

  useEffect(() => {
    document.title = article ? `${article.title} · ${t('extName')}` : t('readerTitle');
    if (!passage) return;
    document.getElementById(`b${passage.block}`)?.scrollIntoView({ block: 'center' });
  }, [article?.id, passage?.block, passage?.sentence]);

  const openReader = (next: PassageTarget) => {
    location.search = readerSearch(next);
  };

  return (
    <div class="reader-layout siyaq-theme" data-theme={settings.theme} data-text-size={settings.textSize}>
      <main class="reader">
        {article ? (
          <ArticleView
            article={article}
            passage={passage}
            onTopic={(id) => setCard(buildCardData(props.names, props.details, id))}
            t={t}
            lang={lang}
          />
        ) : (
          <>
            {target && <p role="alert">{t('readerNotFound')}</p>}
            <ArticleList articles={props.details.articles} lang={lang} t={t} />
          </>
        )}
      </main>
      {card && (
        <aside class="reader__card" aria-label={t('cardLabel', card.name[lang])}>
          <TopicCard
            data={card}
            lang={lang}
            t={t}
            onClose={() => setCard(null)}
            onSelectTopic={(id) => setCard(buildCardData(props.names, props.details, id))}
            onOpenReader={openReader}
          />
        </aside>
      )}
    </div>
  );
}

function ArticleView(props: { article: Article; passage: PassageTarget | null; onTopic: (id: string) => void; t: Translate; lang: Lang }) {
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

/**
 * A paragraph with its topic mentions as inline buttons and the linked sentence
 * marked. The mentions are plain inline spans, never boxes (a <button> is always
 * an inline block), so Arabic letters join across them: the ل of لأوكرانيا
 * still forms its lam-alef with the name, and a clitic never stands isolated.
 */
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
        <span
          key={`m${from}`}
          role="button"
          tabIndex={0}
          class="reader__mention"
          data-topic={mention.topic}
          onClick={() => props.onTopic(mention.topic)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            props.onTopic(mention.topic);
          }}
        >
          {text}
        </span>
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

/** Every bundled article, newest first, each in its own language and direction. */
function ArticleList(props: { articles: Article[]; lang: Lang; t: Translate }) {
  const { lang, t } = props;
  const sorted = [...props.articles].sort((a, b) => (b.date.value ?? '').localeCompare(a.date.value ?? ''));
  return (
    <section class="reader__library" aria-labelledby="reader-library-title">
      <h1 id="reader-library-title" class="reader__title">
        {t('readerTitle')}
      </h1>
      <p class="reader__meta">{t('readerLibraryIntro', sorted.length)}</p>
      <ul class="reader__list">
        {sorted.map((a) => (
          <li key={a.id} class="reader__entry">
            <a class="reader__entry-title" href={`?article=${a.id}`} lang={a.language} dir={direction(a.language)}>
              {a.title}
            </a>
            <span class="reader__entry-meta">
              <bdi>{lang === 'ar' ? a.source : a.sourceEn}</bdi> · {formatArticleDate(a.date, lang, t)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
