import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { CardData } from '../../../lib/cards/card-data';
import { answer, handleBackground, sendToBackground, type Handlers } from '../../../lib/messaging/channel';
import { backgroundParsers, type BackgroundProtocol, type Parsers } from '../../../lib/messaging/protocol';
import { MessageError, readReply } from '../../../lib/messaging/reply';

type Mini = Pick<BackgroundProtocol, 'siyaq:card' | 'siyaq:open-reader'>;
const parsers: Parsers<Mini> = {
  'siyaq:card': backgroundParsers['siyaq:card'],
  'siyaq:open-reader': backgroundParsers['siyaq:open-reader'],
};
const card = { id: 'kursk' } as CardData;
const handlers: Handlers<Mini> = {
  'siyaq:card': ({ topic }) => {
    if (topic === 'boom') throw new Error('exploded');
    if (topic !== 'kursk') throw new MessageError('not-found', `no topic ${topic}`);
    return card;
  },
  'siyaq:open-reader': async ({ target }) => {
    if (target.block > 10) throw new MessageError('refused', 'too far');
    return true;
  },
};
const sender = {};

describe('answer', () => {
  it('wraps values and errors in the envelope', async () => {
    await expect(answer(parsers, handlers, { type: 'siyaq:card', topic: 'kursk' }, sender)).resolves.toEqual({
      ok: true,
      value: card,
    });
    await expect(answer(parsers, handlers, { type: 'siyaq:card', topic: 'baku' }, sender)).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no topic baku' },
    });
    await expect(answer(parsers, handlers, { type: 'siyaq:card', topic: 'boom' }, sender)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'exploded' },
    });
    await expect(answer(parsers, handlers, { type: 'siyaq:open-reader', target: { article: 'a', block: 11 } }, sender)).resolves.toEqual({
      ok: false,
      error: { code: 'refused', message: 'too far' },
    });
    await expect(answer(parsers, handlers, { type: 'siyaq:card', topic: 7 }, sender)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('stays silent on messages that are not its own', () => {
    expect(answer(parsers, handlers, { type: 'siyaq:reveal', topic: 'kursk' }, sender)).toBeUndefined();
    expect(answer(parsers, handlers, 'siyaq:card', sender)).toBeUndefined();
  });

  it('stays silent when the handler declines', () => {
    const silent: Handlers<Mini> = { ...handlers, 'siyaq:card': () => undefined };
    expect(answer(parsers, silent, { type: 'siyaq:card', topic: 'kursk' }, sender)).toBeUndefined();
  });
});

describe('readReply', () => {
  it('tells an unreachable receiver from an answer', () => {
    expect(readReply(undefined)).toEqual({ ok: false, error: { code: 'unreachable', message: 'no answer' } });
    expect(readReply({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(readReply({ ok: false, error: { code: 'weird', message: 'x' } })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'x' },
    });
    expect(readReply({ value: 1 }).ok).toBe(false);
  });
});

describe('sendToBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports an absent background as unreachable', async () => {
    const reply = await sendToBackground('siyaq:card', { topic: 'kursk' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('unreachable');
  });

  it('delivers to the handler and back, refusing other senders', async () => {
    const unused = () => {
      throw new Error('not in this test');
    };
    const all = Object.fromEntries(Object.keys(backgroundParsers).map((k) => [k, unused])) as unknown as Handlers<BackgroundProtocol>;
    const stop = handleBackground({ ...all, ...handlers });
    // The fake browser sends with an empty sender, like another extension would: not answered.
    const foreign = await sendToBackground('siyaq:card', { topic: 'kursk' });
    expect(foreign.ok).toBe(false);
    stop();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answer(parsers, handlers, message, sender));
    await expect(sendToBackground('siyaq:card', { topic: 'kursk' })).resolves.toEqual({ ok: true, value: card });
    await expect(sendToBackground('siyaq:card', { topic: 'baku' })).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
