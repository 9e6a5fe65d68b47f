import { describe, expect, it } from 'vitest';

import { checkTrackName, personalTopic, personalTopicId } from '../../../lib/library/track-name';

describe('checkTrackName', () => {
  it('accepts names, trimmed of quotes and punctuation', () => {
    expect(checkTrackName('  «سلمى حداد»، ')).toEqual({ ok: true, name: 'سلمى حداد' });
    expect(checkTrackName('Salma Haddad.')).toEqual({ ok: true, name: 'Salma Haddad' });
    expect(checkTrackName('ستيباناكرت')).toEqual({ ok: true, name: 'ستيباناكرت' });
  });

  it('refuses what is too short, too long, a sentence, a number or common words', () => {
    expect(checkTrackName('أب')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkTrackName(' ')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkTrackName('قال الرئيس إن الحكومة ستعقد اجتماعا طارئا غدا')).toEqual({ ok: false, reason: 'too-long' });
    expect(checkTrackName('Baku said. Then')).toEqual({ ok: false, reason: 'not-a-name' });
    expect(checkTrackName('2024')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkTrackName('الحكومة')).toEqual({ ok: false, reason: 'common' });
    expect(checkTrackName('The President')).toEqual({ ok: false, reason: 'common' });
    expect(checkTrackName('في هذه')).toEqual({ ok: false, reason: 'common' });
  });
});

describe('personal topics', () => {
  it('draws one id from a name however it is spelt, and unites aliases as the detector compares them', async () => {
    const id = await personalTopicId('سلمى حداد');
    expect(id).toMatch(/^mine-t-[0-9a-f]{16}$/);
    expect(await personalTopicId('سلمى  حدّاد')).toBe(id);
    expect(personalTopic(id, 'سلمى حداد', ['Salma Haddad', 'سلمي حداد', 'salma haddad'])).toEqual({
      id,
      kind: 'person',
      name: { ar: 'سلمى حداد', en: 'Salma Haddad' },
      aliases: ['سلمى حداد', 'Salma Haddad'],
      exclude: [],
      marked: true,
    });
  });
});
