import { describe, expect, it } from 'vitest';

import { backgroundParsers, parseMessage } from '../../../lib/messaging/protocol';
import { FrameTally, mergeCounts } from '../../../lib/page/frame-tally';

describe('FrameTally', () => {
  it("adds up every other frame's names, in order of first appearance", () => {
    const tally = new FrameTally();
    tally.report(1, 0, [{ topic: 'kursk', count: 2 }]);
    tally.report(1, 5, [
      { topic: 'kyiv', count: 1 },
      { topic: 'kursk', count: 1 },
    ]);
    tally.report(1, 7, [{ topic: 'yerevan', count: 3 }]);
    tally.report(2, 5, [{ topic: 'baku', count: 1 }]);
    expect(tally.othersThan(1, 0)).toEqual([
      { topic: 'kyiv', count: 1 },
      { topic: 'kursk', count: 1 },
      { topic: 'yerevan', count: 3 },
    ]);
  });

  it('forgets a frame that reports nothing, and a closed tab', () => {
    const tally = new FrameTally();
    tally.report(1, 5, [{ topic: 'kyiv', count: 1 }]);
    tally.report(1, 6, [{ topic: 'baku', count: 1 }]);
    tally.report(1, 5, []);
    expect(tally.othersThan(1, 0)).toEqual([{ topic: 'baku', count: 1 }]);
    tally.forgetTab(1);
    expect(tally.othersThan(1, 0)).toEqual([]);
  });

  it('merges counts of the same topic', () => {
    expect(mergeCounts([[{ topic: 'a', count: 1 }], [{ topic: 'a', count: 2 }]])).toEqual([{ topic: 'a', count: 3 }]);
  });

  it('a report must be well formed', () => {
    expect(parseMessage(backgroundParsers, { type: 'siyaq:frame-topics', topics: [{ topic: 'kyiv', count: 1 }] })).toEqual({
      type: 'siyaq:frame-topics',
      request: { topics: [{ topic: 'kyiv', count: 1 }] },
    });
    for (const topics of [[{ topic: 'Kyiv!', count: 1 }], [{ topic: 'kyiv', count: 0 }], [{ topic: 'kyiv', count: 1.5 }], 'kyiv', null]) {
      expect(parseMessage(backgroundParsers, { type: 'siyaq:frame-topics', topics })).toBe('malformed');
    }
  });
});
