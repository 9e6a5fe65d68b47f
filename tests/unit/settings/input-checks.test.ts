import { describe, expect, it } from 'vitest';

import { checkHoverDelay, checkSite } from '../../../lib/settings/input-checks';

describe('checkHoverDelay', () => {
  it('accepts whole and decimal milliseconds within the range', () => {
    expect(checkHoverDelay('250')).toEqual({ ok: true, value: 250 });
    expect(checkHoverDelay(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(checkHoverDelay('99.6')).toEqual({ ok: true, value: 100 });
  });

  it('refuses empty, negative, too large and non-numbers, saying why', () => {
    expect(checkHoverDelay('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkHoverDelay('-50')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(checkHoverDelay('99999')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(checkHoverDelay('1e3')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(checkHoverDelay('fast')).toEqual({ ok: false, reason: 'not-a-number' });
  });
});

describe('checkSite', () => {
  it('reduces a pasted address to its host', () => {
    expect(checkSite('https://www.aljazeera.net/news/2023/9/19/story?x=1#top')).toEqual({ ok: true, value: 'aljazeera.net' });
    expect(checkSite('http://localhost:8080/page')).toEqual({ ok: true, value: 'localhost:8080' });
    expect(checkSite('bbc.com/arabic')).toEqual({ ok: true, value: 'bbc.com' });
    expect(checkSite('  Example.COM ')).toEqual({ ok: true, value: 'example.com' });
  });

  it('refuses what is not a web site', () => {
    for (const bad of ['', 'not a site', 'ftp://example.com/x', 'javascript:alert(1)', 'file:///etc/passwd', '...', 'قناة الجزيرة']) {
      expect(checkSite(bad).ok, bad).toBe(false);
    }
  });
});

describe('checkHoverDelay at the ends of its range', () => {
  it('accepts both ends and any number of decimals, rounding to whole milliseconds', () => {
    expect(checkHoverDelay('1500')).toEqual({ ok: true, value: 1500 });
    expect(checkHoverDelay('1500.4')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(checkHoverDelay('250.75')).toEqual({ ok: true, value: 251 });
    expect(checkHoverDelay('   ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('checkSite, saying why', () => {
  it('calls blank input empty, and anything else that is no web site not-a-site', () => {
    expect(checkSite('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkSite(' \t ')).toEqual({ ok: false, reason: 'empty' });
    for (const bad of ['ftp://example.com/x', 'http://', 'https://exa mple.com/', '-', 'bbc.com.', 'not a site']) {
      expect(checkSite(bad), bad).toEqual({ ok: false, reason: 'not-a-site' });
    }
  });

  it('finds the host of an address pasted with spaces around it, with a user name, or with another address in its query', () => {
    expect(checkSite('  https://www.bbc.com/arabic  ')).toEqual({ ok: true, value: 'bbc.com' });
    expect(checkSite('reader@bbc.com/arabic')).toEqual({ ok: true, value: 'bbc.com' });
    expect(checkSite('bbc.com/share?url=https://example.com/')).toEqual({ ok: true, value: 'bbc.com' });
    expect(checkSite('aljazeera.net#top')).toEqual({ ok: true, value: 'aljazeera.net' });
  });

  it('accepts a host with no dot, such as localhost', () => {
    expect(checkSite('localhost')).toEqual({ ok: true, value: 'localhost' });
    expect(checkSite('localhost:3000')).toEqual({ ok: true, value: 'localhost:3000' });
  });
});
