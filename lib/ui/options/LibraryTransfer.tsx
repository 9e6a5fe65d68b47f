// Options → My library: export the library and tracked names as a .siyaq
// file, and import such a file (merged: the same article or name is one).
import { useState } from 'preact/hooks';

import type { Lang } from '../../i18n/i18n';
import { lt } from '../../library/strings';
import { sendToBackground } from '../../messaging/channel';

export function LibraryTransfer({ lang, onImported }: { lang: Lang; onImported: () => void }) {
  const [status, setStatus] = useState<{ good: boolean; text: string } | null>(null);

  const exportFile = async () => {
    const reply = await sendToBackground('siyaq:library-export', {});
    if (!reply.ok) return setStatus({ good: false, text: reply.error.message });
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
    if (!reply.ok) return setStatus({ good: false, text: lt(lang, 'libraryImportFailed', reply.error.message) });
    const { added, updated, unchanged } = reply.value;
    setStatus({ good: true, text: lt(lang, 'libraryImported', added, updated, unchanged) });
    onImported();
  };

  return (
    <div class="library__transfer">
      <button type="button" id="siyaq-library-export" onClick={() => void exportFile()}>
        {lt(lang, 'libraryExport')}
      </button>
      <label class="library__import">
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
        <p class={status.good ? 'library__status' : 'library__problem'} role="status">
          {status.text}
        </p>
      )}
    </div>
  );
}
