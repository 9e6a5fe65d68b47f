// "Save this article" in the popup, for the tab the popup is about. Says what
// happened in the reader's language; a page with no article saves nothing.
import { useState } from 'preact/hooks';

import type { Lang, Translate } from '../../i18n/i18n';
import { outcomeText } from '../../library/outcome-text';
import { lt } from '../../library/strings';
import { sendToBackground } from '../../messaging/channel';

export function SaveArticleButton(props: { tabId: number; lang: Lang; t: Translate }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ good: boolean; text: string } | null>(null);
  const save = async () => {
    setBusy(true);
    setStatus(null);
    const reply = await sendToBackground('siyaq:library-save', { tab: props.tabId });
    setBusy(false);
    if (!reply.ok) return setStatus({ good: false, text: lt(props.lang, 'libraryFailed') });
    const good = reply.value.outcome === 'saved' || reply.value.outcome === 'updated';
    setStatus({ good, text: outcomeText(props.lang, reply.value) });
  };
  return (
    <div class="library-save">
      <button type="button" class="library-save__button" id="siyaq-save-article" disabled={busy} onClick={() => void save()}>
        {busy ? lt(props.lang, 'librarySaving') : lt(props.lang, 'librarySave')}
      </button>
      {status && (
        <p class={`library-save__status${status.good ? '' : ' library-save__status--problem'}`} role="status">
          <bdi>{status.text}</bdi>
        </p>
      )}
    </div>
  );
}
