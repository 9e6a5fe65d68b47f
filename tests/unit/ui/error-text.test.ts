import { describe, expect, it } from 'vitest';

import { translator } from '../../../lib/i18n/i18n';
import { decodeLibrary } from '../../../lib/library/library-file';
import { fail, readReply } from '../../../lib/messaging/reply';
import { decodePack, encodePack } from '../../../lib/packs/format';
import { PackError } from '../../../lib/packs/pack-error';
import { errorWords } from '../../../lib/ui/options/error-text';

const ar = (error: Parameters<typeof errorWords>[0]) => errorWords(error, 'ar', translator('ar'));
const en = (error: Parameters<typeof errorWords>[0]) => errorWords(error, 'en', translator('en'));

/** What the options page receives when the background refuses with this pack error. */
function refused(error: PackError) {
  const reply = readReply<never>(JSON.parse(JSON.stringify(fail('refused', error.message, error.reason))));
  if (reply.ok) throw new Error('expected a failure');
  return reply.error;
}

async function caught(work: () => Promise<unknown>): Promise<PackError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof PackError) return error;
    throw error;
  }
  throw new Error('expected a PackError');
}

const meta = { id: 'e2e-harbours', title: { ar: 'حزمة الموانئ', en: 'Harbours' }, version: '1.0', description: { ar: '', en: '' } };

describe('errors in the reader’s language', () => {
  it('carries a pack error’s reason through a reply, and words it in Arabic with the validator’s field path kept apart', async () => {
    const good = await encodePack(
      meta,
      { version: 1, topics: [] },
      { version: 1, articles: [], topics: {} },
      new Date('2026-01-01T00:00:00Z'),
    );
    const at = good.indexOf('\n');
    const header = JSON.parse(good.slice(0, at)) as { counts: { topics: number } };
    header.counts.topics = 3;
    const error = refused(await caught(() => decodePack(`${JSON.stringify(header)}${good.slice(at)}`)));
    expect(error.reason).toEqual({ key: 'invalid', args: ['counts.topics', 'says 3, the pack holds 0', 'count', '3', '0'] });
    expect(ar(error)).toEqual({
      reason: 'invalid',
      text: 'الحزمة غير صالحة: رأسها يذكر 3، وفيها 0. أول حقل خاطئ فيها، باسمه في الحزمة:',
      technical: 'counts.topics says 3, the pack holds 0',
    });
    expect(en(error).text).toBe('The pack is not valid: its header counts 3, but it holds 0. The first wrong field, as the pack names it:');
    // A problem this version cannot word (a newer background's) still gets a sentence, and the field line.
    const unknown = refused(new PackError('invalid', 'English', { args: ['x.y', 'is odd', 'odd'] }));
    expect(ar(unknown)).toEqual({
      reason: 'invalid',
      text: 'الحزمة غير صالحة: فيها حقل خاطئ. أول حقل خاطئ فيها، باسمه في الحزمة:',
      technical: 'x.y is odd',
    });

    expect(ar(refused(await caught(() => decodePack('hello'))))).toEqual({
      reason: 'not-a-pack',
      text: 'هذا الملف ليس حزمة معرفة لسياق (.siyaq).',
    });
    expect(ar(refused(await caught(() => decodePack(good.slice(0, at + 5)))))).toMatchObject({ reason: 'truncated' });
    expect(ar(refused(await caught(() => decodePack(good.replace('"topics":[]', '"topics":[ ]')))))).toMatchObject({
      reason: 'corrupted',
    });
  });

  it('names the installed pack in the interface language when a version is refused', () => {
    const error = refused(new PackError('refused', 'English', { key: 'older-version', args: ['حزمة الموانئ', 'Harbours', '1.0', '0.9'] }));
    expect(ar(error).text).toBe('«حزمة الموانئ» مثبّتة من قبل بالإصدار 1.0، وهذا الملف إصدار أقدم (0.9). لم يتغيّر شيء.');
    expect(en(error).text).toBe('“Harbours” version 1.0 is already installed; this file is an older version (0.9). Nothing was changed.');
  });

  it('words a library file that is a knowledge pack, a tracked name’s problem, and what it does not know', async () => {
    const pack = await encodePack(meta, { version: 1, topics: [] }, { version: 1, articles: [], topics: {} }, new Date());
    expect(ar(refused(await caught(() => decodeLibrary(pack))))).toEqual({
      reason: 'not-a-library',
      text: 'هذا الملف هو حزمة المعرفة «حزمة الموانئ» وليس مكتبة: استورده من قسم المعرفة.',
    });
    expect(ar({ code: 'refused', message: 'common', reason: { key: 'common', args: [] } }).text).toBe(
      'هذه كلمة شائعة وليست اسمًا: متابعتها ستعلّم كل صفحة.',
    );
    expect(ar({ code: 'failed', message: 'TypeError: x is undefined' })).toEqual({
      reason: 'failed',
      text: 'حدث خطأ داخل سياق. لم يتغيّر شيء.',
    });
    expect(ar({ code: 'unreachable', message: 'no answer' }).reason).toBe('unreachable');
    // A reason of the wrong shape from the other side is dropped, not trusted.
    const odd = readReply<never>({ ok: false, error: { code: 'refused', message: 'm', reason: { key: 'quota', args: [1] } } });
    expect(!odd.ok && odd.error.reason).toBe(undefined);
  });
});
