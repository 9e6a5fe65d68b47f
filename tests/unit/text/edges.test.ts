// What mutation testing showed untested in lib/text: character references at
// the edges of Unicode, comments never closed, whitespace runs, text that
// grows when folded, surrogate pairs at the end of a span, digits at the ends
// of their ranges, and which code units count as word letters.
import { describe, expect, it } from 'vitest';

import { foldCodePoint } from '../../../lib/text/fold-char';
import { decodeEntities, htmlToText } from '../../../lib/text/html-text';
import { normalize, normalizeKey, originalSpan } from '../../../lib/text/normalize';
import { isWordCode } from '../../../lib/text/word-chars';

describe('decodeEntities', () => {
  it('reads hexadecimal references with either x, and decimal ones', () => {
    expect(decodeEntities('&#x41;&#X42;&#67;')).toBe('ABC');
    expect(decodeEntities('&#x10FFFF;')).toBe('\u{10FFFF}');
  });

  it('turns references that name no character into the replacement character', () => {
    for (const ref of ['&#0;', '&#x110000;', '&#xD800;', '&#xDFFF;', '&#56320;']) expect(decodeEntities(ref), ref).toBe('\uFFFD');
    expect(decodeEntities('&#xD7FF;&#xE000;')).toBe('\uD7FF\uE000');
  });
});

describe('htmlToText', () => {
  it('hides the rest of the page after a comment that is never closed, and keeps words apart around a comment', () => {
    expect(htmlToText('<p>kept</p><!-- never closed <p>hidden</p>')).toBe('kept');
    expect(htmlToText('<p>one<!-- x -->two</p>')).toBe('one two');
    expect(htmlToText('<p>a<!---->b</p>')).toBe('a b');
  });

  it('keeps words apart around a hidden element, and collapses every run of whitespace to one space', () => {
    expect(htmlToText('<p>one<script>x()</script>two</p>')).toBe('one two');
    expect(htmlToText('<p>one<style>.a{}</style>two</p>')).toBe('one two');
    expect(htmlToText('<p>one \t\n\f two</p>')).toBe('one two');
  });

  it('reads doctype, processing instructions and tags with attributes as no text', () => {
    expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?><p class="x" data-a=">">text</p>')).toBe('">text');
    expect(htmlToText('<p title="a">one</p><div id=b>two</div>')).toBe('one\ntwo');
  });
});

describe('normalize', () => {
  it('grows its buffers for text that lengthens when folded, keeping the map', () => {
    const original = 'ß'.repeat(40) + 'ﷺ';
    const { text, toOriginal } = normalize(original);
    expect(text.startsWith('ss'.repeat(40))).toBe(true);
    expect(text).toBe(normalizeKey(original));
    expect(toOriginal.length).toBe(text.length + 1);
    expect(toOriginal[1]).toBe(0);
    expect(toOriginal[79]).toBe(39);
    expect(toOriginal[80]).toBe(40);
    expect(toOriginal[text.length]).toBe(original.length);
  });

  it('reads an astral letter as one code point, and a lone surrogate half as no letter', () => {
    const { text, toOriginal } = normalize('𝐀b');
    expect(text).toBe('ab');
    expect([...toOriginal]).toEqual([0, 2, 3]);
    expect(normalize('a\uD800b').text).toBe('a\uFFFDb');
    expect(normalize('a\uDFFFb').text).toBe('a\uFFFDb');
    expect(normalize('\uFFFF').text).toBe(normalizeKey('\uFFFF'));
  });

  it('leaves out an invisible mark after an astral letter at the end of a span, never half of the pair', () => {
    const original = 'x 😀\u200F y';
    const norm = normalize(original);
    const at = norm.text.indexOf('😀');
    expect(originalSpan(norm, original, at, at + 2)).toEqual([2, 4]);
    // A low surrogate alone before the mark is its own unit.
    const lone = 'x \uDC00\u200F y';
    const n2 = normalize(lone);
    expect(originalSpan(n2, lone, 2, 3)).toEqual([2, 3]);
  });
});

describe('fold and word letters', () => {
  it('folds the digits at both ends of the Arabic-Indic and Persian ranges, and the characters beside them not', () => {
    expect(['٠', '٩', '۰', '۹'].map((d) => foldCodePoint(d.codePointAt(0)!))).toEqual(['0', '9', '0', '9']);
    expect(foldCodePoint(0x066a)).not.toBe('0');
    expect(foldCodePoint(0x06ef)).not.toBe('9');
    expect(foldCodePoint(0x065f)).not.toMatch(/\d/);
  });

  it('turns a separator inside a decomposed form into a space', () => {
    // ¨ (U+00A8) decomposes to a space and a combining diaeresis; ⑴ to "(1)", which holds none.
    expect(foldCodePoint(0x00a8)).toBe(' ');
    expect(foldCodePoint(0x2474)).toBe('(1)');
    expect(normalizeKey('a¨b')).toBe('a b');
  });

  it('counts surrogate halves as letters, and the units just outside them by what they are', () => {
    expect(isWordCode(0xd800)).toBe(true);
    expect(isWordCode(0xdfff)).toBe(true);
    expect(isWordCode(0xd7ff)).toBe(false);
    expect(isWordCode(0xe000)).toBe(false);
    expect(isWordCode(0x0041)).toBe(true);
    expect(isWordCode(0x0020)).toBe(false);
    expect(isWordCode(0x10000)).toBe(false);
  });
});
