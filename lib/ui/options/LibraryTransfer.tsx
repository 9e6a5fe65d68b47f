// Options → My library: export the library and tracked names as a .siyaq
// file, and import such a file (merged: the same article or name is one).
import { useState } from 'preact/hooks';

import { translator, type Lang } from '../../i18n/i18n';
import { lt } from '../../library/strings';
import { sendToBackground } from '../../messaging/channel';
import { errorWords } from './error-text';

export function LibraryTransfer({ lang, onImported }: { lang: Lang; onImported: () => void }) {
  const [status, setStatus] = useState<{ good: boolean; text: string; technical?: string; reason?: string } | null>(null);
  const words = (error: Parameters<typeof errorWords>[0]) => errorWords(error, lang, translator(lang));

  const exportFile = async () => {
    const reply = await sendToBackground('siyaq:library-export', {});
    if (!reply.ok) return setStatus({ good: false, ...words(reply.error) });
    const url = URL.createObjectURL(new Blob([reply.value], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `siyaq-library-${new Date().toISOString().slice(0, 10)}.siyaq`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const reply = await sendToBackground('siyaq:library-import', { text: await file.text() });
    if (!reply.ok) {
      const { text, technical, reason } = words(reply.error);
      return setStatus({
        good: false,
        text: lt(lang, 'libraryImportFailed', file.name, text),
        reason,
        ...(technical ? { technical } : {}),
      });
    }
    const { added, updated, unchanged } = reply.value;
    setStatus({ good: true, text: lt(lang, 'libraryImported', added, updated, unchanged) });
    onImported();
  };

  return (
    <div class="library__transfer">
      <button type="button" id="siyaq-library-export" onClick={() => void exportFile()}>
        {lt(lang, 'libraryExport')}
      </button>
      <label class="library__import options__file">
        {lt(lang, 'libraryImport')}
        <input
          id="siyaq-library-import"
          type="file"
          accept=".siyaq"
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {status && (
        <div
          class={status.good ? 'library__status' : 'library__problem'}
          role={status.good ? 'status' : 'alert'}
          data-reason={status.reason}
        >
          <p>{status.text}</p>
          {status.technical && (
            <p>
              <code lang="en" dir="ltr">
                {status.technical}
              </code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
