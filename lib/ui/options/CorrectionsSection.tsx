// Options: the reader's "not this one here" corrections, newest first, each
// with an undo that brings the marks back.
import { useEffect, useState } from 'preact/hooks';

import type { Correction } from '../../corrections/corrections';
import { loadCorrections, removeCorrection, watchCorrections } from '../../corrections/store';
import type { Translate } from '../../i18n/i18n';

export function CorrectionsSection({ t }: { t: Translate }) {
  const [list, setList] = useState<Correction[]>([]);
  useEffect(() => {
    void loadCorrections().then(setList);
    return watchCorrections(setList);
  }, []);
  return (
    <section class="options__group" aria-labelledby="corrections-heading" data-corrections={list.length}>
      <h2 id="corrections-heading">{t('correctionsHeading')}</h2>
      {list.length === 0 ? (
        <p>{t('correctionsNone')}</p>
      ) : (
        <ul class="options__corrections">
          {[...list]
            .sort((a, b) => b.at - a.at)
            .map((c) => (
              <li key={`${c.topic}:${c.key}:${c.site ?? ''}`} data-topic={c.topic}>
                <bdi>«{c.wording}»</bdi> — {c.topic} · {c.site ?? t('correctionsEverywhere')}{' '}
                <button type="button" onClick={() => void removeCorrection(c)}>
                  {t('correctionsUndo')}
                </button>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
