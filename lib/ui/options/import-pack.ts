// Sends a chosen .siyaq file to the background in pieces, reporting progress.
// The file is read slice by slice (a streaming decoder keeps letters that
// straddle two slices whole), so a large file never sits in memory twice.
import { sendToBackground } from '../../messaging/channel';
import type { InstallResult } from '../../messaging/protocol';
import { fail, type Reply } from '../../messaging/reply';
import { MAX_PACK_BYTES } from '../../packs/format';

export type ImportProgress = { stage: 'sending'; fraction: number } | { stage: 'installing' };

export type ImportOutcome = Reply<InstallResult> | { ok: false; tooLarge: { bytes: number; max: number } };

export async function importPackFile(file: Blob, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, tooLarge: { bytes: file.size, max: MAX_PACK_BYTES } };
  const begun = await sendToBackground('siyaq:import-begin', { bytes: file.size });
  if (!begun.ok) return begun;
  const { session, chunkChars } = begun.value;
  // Abandoned if the page goes away mid-way; the background drops it anyway when it stops hearing from it.
  const cancel = () => void sendToBackground('siyaq:import-cancel', { session });
  addEventListener('pagehide', cancel);
  try {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let index = 0;
    for (let at = 0; at < file.size || index === 0; at += chunkChars) {
      const bytes = new Uint8Array(await file.slice(at, at + chunkChars).arrayBuffer());
      const last = at + chunkChars >= file.size;
      const text = decoder.decode(bytes, { stream: !last });
      const sent = await sendToBackground('siyaq:import-chunk', { session, index: index++, text });
      if (!sent.ok) return sent;
      onProgress({ stage: 'sending', fraction: Math.min(1, (at + bytes.length) / Math.max(1, file.size)) });
      if (last) break;
    }
    onProgress({ stage: 'installing' });
    return await sendToBackground('siyaq:import-commit', { session });
  } catch (error) {
    cancel();
    return fail('failed', error instanceof Error ? error.message : String(error));
  } finally {
    removeEventListener('pagehide', cancel);
  }
}
