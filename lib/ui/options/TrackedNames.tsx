// Options → My library: the names the reader tracks, each with its names and
// aliases (one per line, the first shown) and a way to stop tracking it.
import { useEffect, useState } from 'preact/hooks';

import { translator, type Lang } from '../../i18n/i18n';
import type { TopicName } from '../../knowledge/types';
import { lt } from '../../library/strings';
import { sendToBackground } from '../../messaging/channel';
import { errorWords, type ErrorWords } from './error-text';

export function TrackedNames({ lang, version }: { lang: Lang; version: number }) {
  const [topics, setTopics] = useState<TopicName[]>([]);
  const [problem, setProblem] = useState<ErrorWords | null>(null);
  const apply = (reply: Awaited<ReturnType<typeof sendToBackground<'siyaq:library-topics'>>>) => {
    if (reply.ok) {
      setTopics(reply.value);
      setProblem(null);
    } else setProblem(errorWords(reply.error, lang, translator(lang)));
  };
  useEffect(() => {
    void sendToBackground('siyaq:library-topics', {}).then(apply);
  }, [version]);

  return (
    <section class="library__topics" aria-labelledby="siyaq-tracked-title">
      <h3 id="siyaq-tracked-title">{lt(lang, 'libraryTopics')}</h3>
      {problem && (
        <p class="library__problem" role="alert" data-reason={problem.reason}>
          {lt(lang, 'libraryTopicRefused', problem.text)}
        </p>
      )}
      {topics.length === 0 ? (
        <p class="library__empty">{lt(lang, 'libraryTopicsEmpty')}</p>
      ) : (
        <ul class="library__list" id="siyaq-tracked-list">
          {topics.map((topic) => (
            <li key={topic.id} class="library__item library__topic" data-id={topic.id}>
              <form
                class="library__text"
                onSubmit={(e) => {
                  e.preventDefault();
                  const field = new FormData(e.currentTarget).get('names');
                  const names = (typeof field === 'string' ? field : '')
                    .split('\n')
                    .map((n) => n.trim())
                    .filter(Boolean);
                  if (names.length > 0) void sendToBackground('siyaq:library-topic-update', { id: topic.id, names }).then(apply);
                }}
              >
                <span class="library__title">{topic.name[lang]}</span>
                <label class="library__meta">
                  {lt(lang, 'libraryTopicNames')}
                  <textarea name="names" dir="auto" rows={Math.min(6, topic.aliases.length + 1)}>
                    {topic.aliases.join('\n')}
                  </textarea>
                </label>
                <button type="submit">{lt(lang, 'libraryTopicSave')}</button>
              </form>
              <button
                type="button"
                class="siyaq-link library__delete"
                onClick={() => void sendToBackground('siyaq:library-topic-delete', { id: topic.id }).then(apply)}
              >
                {lt(lang, 'libraryTopicDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
