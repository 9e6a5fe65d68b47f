// @vitest-environment happy-dom
// The tab's matcher: fetched from the background, loaded once per revision,
// retried while the background (re)starts, and given up on other failures.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { compileMatcher } from '../../../lib/detect';
import { fail, ok, type Reply } from '../../../lib/messaging/reply';
import { PageKnowledge } from '../../../lib/page/page-knowledge';
import { FIXTURE_NAMES } from '../detect/fixture-names';

const replies = vi.hoisted(() => ({ queue: [] as Reply<unknown>[], sent: [] as string[] }));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: (type: string) => {
    replies.sent.push(type);
    return Promise.resolve(replies.queue.shift() ?? fail('failed', 'no reply queued'));
  },
}));

const matcher = compileMatcher(FIXTURE_NAMES);
const unreachable = () => fail('unreachable', 'restarting');

beforeEach(() => {
  replies.queue.length = 0;
  replies.sent.length = 0;
});

afterEach(() => vi.useRealTimers());

describe('PageKnowledge', () => {
  it('finds nothing and is not ready before a matcher is loaded', () => {
    const knowledge = new PageKnowledge();
    expect(knowledge.ready).toBe(false);
    expect(knowledge.detect('Yerevan and Baku')).toEqual([]);
  });

  it('loads the matcher the background sends and detects with it', async () => {
    const knowledge = new PageKnowledge();
    replies.queue.push(ok({ revision: 'r1', matcher }));
    expect(await knowledge.refresh()).toBe(true);
    expect(replies.sent).toEqual(['siyaq:matcher']);
    expect(knowledge.ready).toBe(true);
    const found = knowledge.detect('Talks in Yerevan and Baku.');
    expect(found.map((m) => [m.topic, m.start, m.end])).toEqual([
      ['yerevan', 9, 16],
      ['baku', 21, 25],
    ]);
  });

  it('asks nothing when told the revision it already has, and loads nothing new for the same revision', async () => {
    const knowledge = new PageKnowledge();
    replies.queue.push(ok({ revision: 'r1', matcher }));
    await knowledge.refresh();
    expect(await knowledge.refresh('r1')).toBe(false);
    expect(replies.sent).toHaveLength(1);
    // Another revision announced, but the background still has r1.
    replies.queue.push(ok({ revision: 'r1', matcher }));
    expect(await knowledge.refresh('r2')).toBe(false);
    expect(replies.sent).toHaveLength(2);
    // A new one.
    replies.queue.push(ok({ revision: 'r2', matcher: compileMatcher({ version: 1, topics: FIXTURE_NAMES.topics.slice(0, 1) }) }));
    expect(await knowledge.refresh('r2')).toBe(true);
    expect(knowledge.detect('Yerevan')).toEqual([]);
  });

  it('tries again while the background is unreachable, waiting longer each time', async () => {
    vi.useFakeTimers();
    const knowledge = new PageKnowledge();
    replies.queue.push(unreachable(), unreachable(), unreachable(), ok({ revision: 'r1', matcher }));
    const done = knowledge.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(replies.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(49);
    expect(replies.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(replies.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(149);
    expect(replies.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(replies.sent).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(400);
    expect(replies.sent).toHaveLength(4);
    expect(await done).toBe(true);
    expect(knowledge.ready).toBe(true);
  });

  it('gives up after five waits on an unreachable background', async () => {
    vi.useFakeTimers();
    const knowledge = new PageKnowledge();
    for (let i = 0; i < 7; i++) replies.queue.push(unreachable());
    const done = knowledge.refresh();
    await vi.advanceTimersByTimeAsync(50 + 150 + 400 + 1000 + 1999);
    expect(replies.sent).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(await done).toBe(false);
    expect(replies.sent).toHaveLength(6);
    expect(knowledge.ready).toBe(false);
  });

  it('does not retry an answer that is an error', async () => {
    const knowledge = new PageKnowledge();
    replies.queue.push(fail('failed', 'broken pack'), ok({ revision: 'r1', matcher }));
    expect(await knowledge.refresh()).toBe(false);
    expect(replies.sent).toHaveLength(1);
    expect(knowledge.ready).toBe(false);
  });
});
