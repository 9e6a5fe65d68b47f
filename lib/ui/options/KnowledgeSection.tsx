// Options → Knowledge: the installed packs (title, version, counts, dates,
// size, on/off, remove) and the import of .siyaq files by file input or drag
// and drop. Everything goes through the background, which owns the packs.
import { useEffect, useRef, useState } from 'preact/hooks';

import type { Lang, Translate } from '../../i18n/i18n';
import { sendToBackground } from '../../messaging/channel';
import type { MergeWarning, PackListing } from '../../messaging/protocol';
import type { Reply, ReplyError } from '../../messaging/reply';
import { formatIsoDate } from '../format';
import { useSettings } from '../use-settings';
import { errorWords } from './error-text';
import { importPackFile, type ImportProgress } from './import-pack';

/** Progress shows only for imports that take longer than this. */
const PROGRESS_AFTER_MS = 500;

/** detail: the problem, in the reader's language; technical: a validator's field path as written; reason: the machine key (for tests). */
type Status = { kind: 'info' | 'error'; text: string; detail?: string; technical?: string; reason?: string };

export function KnowledgeSection() {
  const { lang, t } = useSettings();
  const [packs, setPacks] = useState<PackListing[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [progress, setProgress] = useState<(ImportProgress & { name: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const show = (reply: Reply<PackListing[]>): boolean => {
    if (reply.ok) setPacks(reply.value);
    else setStatus(failure(reply.error, lang, t));
    return reply.ok;
  };
  useEffect(() => void sendToBackground('siyaq:packs', {}).then(show), []);

  const importFile = async (file: File | undefined) => {
    if (!file || busy) return;
    setBusy(true);
    setStatus(null);
    let latest: ImportProgress = { stage: 'sending', fraction: 0 };
    let visible = false;
    const timer = setTimeout(() => {
      visible = true;
      setProgress({ ...latest, name: file.name });
    }, PROGRESS_AFTER_MS);
    const outcome = await importPackFile(file, (p) => {
      latest = p;
      if (visible) setProgress({ ...p, name: file.name });
    });
    clearTimeout(timer);
    setProgress(null);
    setBusy(false);
    if (fileInput.current) fileInput.current.value = '';
    if ('tooLarge' in outcome) {
      return setStatus({
        kind: 'error',
        text: t('knowledgeFailed', file.name),
        detail: t('knowledgeTooLarge', size(outcome.tooLarge.bytes, lang), size(outcome.tooLarge.max, lang)),
        reason: 'too-large',
      });
    }
    if (!outcome.ok) {
      const { text, technical, reason } = failure(outcome.error, lang, t);
      return setStatus({ kind: 'error', text: t('knowledgeFailed', file.name), detail: text, technical, reason });
    }
    const { meta, replaced } = outcome.value;
    // The list first, then the message, so that whoever reads the message sees the new list.
    show(await sendToBackground('siyaq:packs', {}));
    setStatus({
      kind: 'info',
      text: replaced
        ? t('knowledgeUpdated', meta.title[lang], replaced, meta.version)
        : t('knowledgeInstalled', meta.title[lang], meta.version),
    });
  };

  const setEnabled = async (id: string, enabled: boolean) => show(await sendToBackground('siyaq:pack-enable', { pack: id, enabled }));
  const remove = async (pack: PackListing) => {
    if (show(await sendToBackground('siyaq:pack-remove', { pack: pack.meta.id })))
      setStatus({ kind: 'info', text: t('knowledgeRemoved', pack.meta.title[lang]) });
  };

  return (
    <section
      class={`options__group knowledge${dragging ? ' knowledge--dragging' : ''}`}
      aria-labelledby="siyaq-knowledge"
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFile(e.dataTransfer?.files[0]);
      }}
    >
      <h2 id="siyaq-knowledge">{t('knowledgeTitle')}</h2>
      <p class="options__muted">{t('knowledgeIntro')}</p>
      <ul class="knowledge__packs">
        {(packs ?? []).map((pack) => (
          <PackRow key={pack.meta.id} pack={pack} lang={lang} t={t} disabled={busy} onEnabled={setEnabled} onRemove={remove} />
        ))}
      </ul>
      <div class="knowledge__import">
        <label class="knowledge__file options__file">
          <span>{t('knowledgeImport')}</span>
          <input
            ref={fileInput}
            id="siyaq-pack-file"
            type="file"
            accept=".siyaq"
            disabled={busy}
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        <span class="options__muted">{t('knowledgeDrop')}</span>
      </div>
      {progress && (
        <div class="knowledge__progress" role="status">
          <span>{progress.stage === 'sending' ? t('knowledgeImporting', progress.name) : t('knowledgeInstalling', progress.name)}</span>
          {progress.stage === 'sending' ? <progress max={1} value={progress.fraction} /> : <progress />}
        </div>
      )}
      {status && (
        <div
          class={`knowledge__status knowledge__status--${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-reason={status.reason}
        >
          <p>{status.text}</p>
          {status.detail && <p>{status.detail}</p>}
          {status.technical && (
            <p>
              <code class="knowledge__technical" lang="en" dir="ltr">
                {status.technical}
              </code>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function PackRow(props: {
  pack: PackListing;
  lang: Lang;
  t: Translate;
  disabled: boolean;
  onEnabled: (id: string, enabled: boolean) => void;
  onRemove: (pack: PackListing) => void;
}) {
  const { pack, lang, t } = props;
  const { meta } = pack;
  const dates = [meta.dates.from, meta.dates.to].filter((d): d is string => d !== null).map((d) => formatIsoDate(d, lang));
  return (
    <li class="knowledge__pack" data-pack={meta.id} data-enabled={pack.enabled ? 'true' : 'false'}>
      <div class="knowledge__head">
        <strong class="knowledge__title">{meta.title[lang]}</strong>
        {pack.builtin && <span class="knowledge__badge">{t('knowledgeBuiltin')}</span>}
      </div>
      <p class="knowledge__meta options__muted">
        <span>{t('knowledgeVersion', meta.version)}</span> · <span>{t('knowledgeCounts', meta.counts.articles, meta.counts.topics)}</span>
        {dates.length > 0 && (
          <>
            {' '}
            · <span>{[...new Set(dates)].join(' – ')}</span>
          </>
        )}
        {pack.bytes > 0 && (
          <>
            {' '}
            · <bdi dir="ltr">{size(pack.bytes, lang)}</bdi>
          </>
        )}
      </p>
      {meta.description[lang] && <p class="knowledge__description">{meta.description[lang]}</p>}
      <div class="knowledge__actions">
        <label class="switch">
          <input
            type="checkbox"
            class="knowledge__toggle"
            checked={pack.enabled}
            disabled={props.disabled}
            onChange={(e) => props.onEnabled(meta.id, e.currentTarget.checked)}
          />
          {t('knowledgeOn')}
        </label>
        {!pack.builtin && (
          <button type="button" class="siyaq-link knowledge__remove" disabled={props.disabled} onClick={() => props.onRemove(pack)}>
            {t('knowledgeRemove')}
          </button>
        )}
      </div>
      {pack.warnings.length > 0 && (
        <div class="knowledge__warnings">
          <p>{t('knowledgeWarnings')}</p>
          <ul>
            {pack.warnings.map((w, i) => (
              <li key={i}>{warningText(w, t)}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function warningText(w: MergeWarning, t: Translate): string {
  return w.kind === 'alias'
    ? t('knowledgeWarningAlias', w.what, w.topic ?? '', w.keptBy.pack, w.keptBy.topic ?? '')
    : t('knowledgeWarningArticle', w.what, w.keptBy.pack);
}

function failure(error: ReplyError, lang: Lang, t: Translate): Status {
  const { text, technical, reason } = errorWords(error, lang, t);
  return { kind: 'error', text, reason, ...(technical ? { technical } : {}) };
}

function size(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
