import { describe, expect, it } from 'vitest';

import { parseBackgroundRequest, parseTabRequest, readerSearch, readerTargetFromSearch } from '../../../lib/messaging/protocol';

describe('message parsing', () => {
  it('accepts well-formed requests', () => {
    expect(parseBackgroundRequest({ type: 'siyaq:card', topic: 'kursk' })).toEqual({ type: 'siyaq:card', topic: 'kursk' });
    expect(parseTabRequest({ type: 'siyaq:reveal', topic: 'baku' })).toEqual({ type: 'siyaq:reveal', topic: 'baku' });
    expect(parseBackgroundRequest({ type: 'siyaq:open-reader', target: { article: 'a-1', block: 3, sentence: 0 } })).toEqual({
      type: 'siyaq:open-reader',
      target: { article: 'a-1', block: 3, sentence: 0 },
    });
  });

  it('rejects anything else', () => {
    for (const bad of [
      null,
      'siyaq:card',
      { type: 'siyaq:card' },
      { type: 'siyaq:card', topic: '<img>' },
      { type: 'other' },
      { type: 'siyaq:open-reader', target: { article: 'a', block: -1 } },
      { type: 'siyaq:open-reader', target: { article: 'a', block: 1.5 } },
    ]) {
      expect(parseBackgroundRequest(bad)).toBeNull();
    }
    expect(parseTabRequest({ type: 'siyaq:reveal', topic: 5 })).toBeNull();
  });

  it('round-trips reader links', () => {
    expect(readerTargetFromSearch(readerSearch({ article: 'x-1', block: 4, sentence: 2 }))).toEqual({
      article: 'x-1',
      block: 4,
      sentence: 2,
    });
    expect(readerTargetFromSearch('?article=x-1')).toEqual({ article: 'x-1' });
    expect(readerTargetFromSearch('?article=x-1&block=nope')).toEqual({ article: 'x-1' });
    expect(readerTargetFromSearch('?article=../../etc')).toBeNull();
  });
});
