import { describe, expect, it } from 'vitest';

import { backgroundParsers, parseMessage, readerSearch, readerTargetFromSearch, tabParsers } from '../../../lib/messaging/protocol';

describe('message parsing', () => {
  it('accepts well-formed requests', () => {
    expect(parseMessage(backgroundParsers, { type: 'siyaq:card', topic: 'kursk' })).toEqual({
      type: 'siyaq:card',
      request: { topic: 'kursk' },
    });
    expect(parseMessage(tabParsers, { type: 'siyaq:reveal', topic: 'baku' })).toEqual({ type: 'siyaq:reveal', request: { topic: 'baku' } });
    expect(parseMessage(backgroundParsers, { type: 'siyaq:briefing', topics: ['kursk', 'vladimir-putin'] })).toEqual({
      type: 'siyaq:briefing',
      request: { topics: ['kursk', 'vladimir-putin'] },
    });
    expect(parseMessage(tabParsers, { type: 'siyaq:page-mentions', extra: 1 })).toEqual({ type: 'siyaq:page-mentions', request: {} });
    expect(parseMessage(backgroundParsers, { type: 'siyaq:open-reader', target: { article: 'a-1', block: 3, sentence: 0 } })).toEqual({
      type: 'siyaq:open-reader',
      request: { target: { article: 'a-1', block: 3, sentence: 0 } },
    });
  });

  it('keeps only the fields of the shape', () => {
    const parsed = parseMessage(backgroundParsers, { type: 'siyaq:card', topic: 'kursk', html: '<b>' });
    expect(parsed).toEqual({ type: 'siyaq:card', request: { topic: 'kursk' } });
  });

  it('ignores what is not this protocol’s and flags known types with a wrong shape', () => {
    for (const other of [
      null,
      'siyaq:card',
      5,
      { type: 'other' },
      { type: 'siyaq:reveal', topic: 'x' },
      { type: 'toString' },
      { type: '__proto__' },
    ]) {
      expect(parseMessage(backgroundParsers, other)).toBeNull();
    }
    for (const bad of [
      { type: 'siyaq:card' },
      { type: 'siyaq:card', topic: '<img>' },
      { type: 'siyaq:card', topic: 'a'.repeat(101) },
      { type: 'siyaq:briefing', topics: ['kursk', '<b>'] },
      { type: 'siyaq:briefing', topics: Array.from({ length: 1001 }, () => 'kursk') },
      { type: 'siyaq:briefing', topics: 'kursk' },
      { type: 'siyaq:open-reader', target: { article: 'a', block: -1 } },
      { type: 'siyaq:open-reader', target: { article: 'a', block: 1.5 } },
      { type: 'siyaq:open-reader', target: { article: 'a', block: 1, sentence: '2' } },
      { type: 'siyaq:open-reader', target: { article: '../x', block: 1 } },
    ]) {
      expect(parseMessage(backgroundParsers, bad)).toBe('malformed');
    }
    expect(parseMessage(tabParsers, { type: 'siyaq:reveal', topic: 5 })).toBe('malformed');
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
