import { describe, expect, it } from 'vitest';

import { translator } from '../../../lib/i18n/i18n';
import { fail, readReply } from '../../../lib/messaging/reply';
import { decodePack, PACK_FORMAT } from '../../../lib/packs/format';
import { PackError } from '../../../lib/packs/pack-error';
import { errorWords } from '../../../lib/ui/options/error-text';
import { compiled, MANIFEST, packText, withBody, withHeader } from './fixture';

async function codeOf(text: string): Promise<string> {
  try {
    await decodePack(text);
  } catch (error) {
    if (error instanceof PackError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'accepted';
}

/** The error as the options page receives it from the background. */
function readError(error: PackError) {
  const reply = readReply<never>(JSON.parse(JSON.stringify(fail('refused', error.message, error.reason))));
  if (reply.ok) throw new Error('expected a failure');
  return reply.error;
}

describe('pack file', () => {
  it('round-trips a compiled folder with its header', async () => {
    const text = await packText();
    const pack = await decodePack(text);
    const { names, details } = compiled();
    expect(pack.names).toEqual(names);
    expect(pack.details).toEqual(details);
    expect(pack.meta).toEqual({
      ...MANIFEST,
      created: '2026-11-01T10:00:00.000Z',
      counts: { articles: 2, topics: 3 },
      dates: { from: '2023-09-19', to: '2023-09-19' },
    });
    expect(pack.matcher.format).toBeTypeOf('number');
    expect(pack.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(text.split('\n')[0]).toContain(`"format":${PACK_FORMAT}`);
  });

  it('refuses a file that is not a pack', async () => {
    for (const text of [
      '',
      'hello',
      '<html><body>not a pack</body></html>',
      '{"a":1}\n{}',
      'PK\u0003\u0004'.repeat(100),
      '{"siyaq":"other"}\n{}',
    ]) {
      expect(await codeOf(text)).toMatch(/^not-a-pack: This file is not a Siyaq knowledge pack/);
    }
  });

  it('tells a truncated pack from a corrupted one', async () => {
    const text = await packText();
    expect(await codeOf(text.slice(0, text.length - 100))).toMatch(/^truncated: The pack is incomplete: \d[\d,]* of \d[\d,]* bytes/);
    expect(await codeOf(text.slice(0, 30))).toMatch(/^truncated: .*header/);
    expect(await codeOf(text.slice(0, text.indexOf('\n') + 1))).toMatch(/^truncated/);
    const at = text.indexOf('Zorvath met');
    const flipped = `${text.slice(0, at)}Xorvath met${text.slice(at + 'Zorvath met'.length)}`;
    expect(await codeOf(flipped)).toMatch(/^corrupted: The pack is damaged/);
    expect(await codeOf(`${text}garbage`)).toMatch(/^corrupted/);
  });

  it('refuses an unknown format version before reading the body', async () => {
    const text = withHeader(await packText(), (h) => (h.format = 2));
    expect(await codeOf(text)).toMatch(/^unknown-format: This pack uses format version 2; this version of Siyaq reads format 1/);
    expect(await codeOf(withHeader(await packText(), (h) => (h.format = '1')))).toMatch(/^unknown-format/);
  });

  it('names the wrong field of a header', async () => {
    const text = await packText();
    expect(await codeOf(withHeader(text, (h) => (h.id = 'Bad Id')))).toMatch(/^invalid: .*id must be lowercase/);
    expect(await codeOf(withHeader(text, (h) => (h.version = 'two')))).toMatch(/^invalid: .*version must be dotted numbers/);
    expect(await codeOf(withHeader(text, (h) => delete h.title))).toMatch(/^invalid: .*title must be an object/);
    expect(await codeOf(withHeader(text, (h) => ((h.counts as { topics: number }).topics = 9)))).toMatch(
      /counts.topics says 9, the pack holds 3/,
    );
  });
});

describe('pack validation', () => {
  const kindOfSentence = new Map<string, string[]>();
  const cases: [string, (body: Record<string, any>) => void, RegExp][] = [
    ['a topic without kind', (b) => delete b.names.topics[0].kind, /names\.topics\[0\]\.kind must be one of/],
    ['an alias that is not text', (b) => (b.names.topics[1].aliases[0] = 5), /names\.topics\[1\]\.aliases\[0\] must be text/],
    ['a duplicate topic', (b) => (b.names.topics[1].id = b.names.topics[0].id), /"[a-z-]*" is used twice/],
    ['a topic without details', (b) => delete b.details.topics.quenlin, /details\.topics has no entry for topic "quenlin"/],
    [
      'a passage into a missing block',
      (b) => (b.details.topics.quenlin.passages[0].block = 99),
      /passages\[0\]\.block must be a whole number/,
    ],
    ['a passage into a missing article', (b) => (b.details.topics.quenlin.passages[0].article = 'nope'), /names article "nope"/],
    ['a mention of an unknown topic', (b) => (b.details.articles[0].blocks[0].mentions[0].topic = 'ghost'), /names topic "ghost"/],
    [
      'a sentence beyond its text',
      (b) => (b.details.articles[1].blocks[0].sentences[0] = [0, 10_000]),
      /sentences\[0\]\[1\] must be a whole number/,
    ],
    ['a related topic the pack lacks', (b) => b.details.topics.zorvath.related.push('ghost'), /related\[1\] names topic "ghost"/],
    ['a wrong language', (b) => (b.details.articles[0].language = 'fr'), /language must be one of ar, en/],
    ['a bad date', (b) => (b.details.articles[0].date.value = '2023-13'), /date\.value must be a date/],
    ['no matcher', (b) => delete b.matcher, /matcher must be an object/],
  ];
  for (const [what, change, message] of cases) {
    it(`refuses ${what}, naming the field`, async () => {
      const error = await decodePack(await withBody(await packText(), change)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PackError);
      expect((error as PackError).code).toBe('invalid');
      expect((error as PackError).message).toMatch(message);
      // The options page words the problem in Arabic without a Latin word; the field line keeps the English.
      const words = errorWords(readError(error as PackError), 'ar', translator('ar'));
      expect(words.text).toMatch(/^الحزمة غير صالحة: [^.]+\. أول حقل خاطئ فيها، باسمه في الحزمة:$/);
      expect(words.text).not.toMatch(/[A-Za-z]/);
      expect(words.technical).toBe((error as PackError).message.replace(/^The pack is not valid: (.*)\.$/, '$1'));
      kindOfSentence.set(words.text, [...(kindOfSentence.get(words.text) ?? []), (error as PackError).reason.args[2] ?? '']);
    });
  }

  it('never words two kinds of problem alike in Arabic', () => {
    expect(new Set([...kindOfSentence.values()].flat()).size).toBeGreaterThan(6);
    for (const kinds of kindOfSentence.values()) expect(new Set(kinds).size).toBe(1);
  });

  it('keeps markup in text as text', async () => {
    const text = await withBody(await packText(), (b) => (b.details.topics.zorvath.background.en = '<img src=x onerror=alert(1)>'));
    const pack = await decodePack(text);
    expect(pack.details.topics.zorvath!.background.en).toBe('<img src=x onerror=alert(1)>');
  });
});
