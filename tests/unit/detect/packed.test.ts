import { describe, expect, it } from 'vitest';

import { pack, unpack, type PackedArray } from '../../../lib/detect/packed';

const ANY = [Int32Array, Uint16Array, Uint8Array] as const;

/** Raw bytes as base64: what a damaged or forged pack looks like on the wire. */
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const bytesOf = (data: string): Uint8Array => new Uint8Array(Buffer.from(data, 'base64'));
const int32Bytes = (values: number[]): Uint8Array => new Uint8Array(Int32Array.from(values).buffer);

describe('pack and unpack', () => {
  it('gives back every array with its kind, length and values, odd lengths and empty ones included', () => {
    const arrays: PackedArray[] = [
      Int32Array.from([-1, 0, 2_000_000_000, -2_000_000_000]),
      Uint16Array.from([0xffff, 1, 2]),
      Uint8Array.from([255, 0, 7, 9, 1]),
      new Int32Array(0),
      Uint8Array.from([42]),
    ];
    const out = unpack(pack(arrays), [Int32Array, Uint16Array, Uint8Array, Int32Array, Uint8Array]);
    expect(out.map((a) => a.constructor)).toEqual(arrays.map((a) => a.constructor));
    expect(out.map((a) => [...a])).toEqual(arrays.map((a) => [...a]));
  });

  it('packs no arrays at all', () => {
    expect(unpack(pack([]), [])).toEqual([]);
  });

  it('reads a subarray as its own values, not its whole buffer', () => {
    const whole = Int32Array.from([1, 2, 3, 4, 5]);
    const [part] = unpack(pack([whole.subarray(1, 3)]), [Int32Array]);
    expect([...(part as Int32Array)]).toEqual([2, 3]);
  });

  it('unpacks to views on one buffer, not copies', () => {
    const out = unpack(pack([Uint8Array.from([1, 2, 3]), Int32Array.from([4])]), [Uint8Array, Int32Array]);
    expect(out[0]?.buffer).toBe(out[1]?.buffer);
  });

  it('carries large arrays whole (past one chunk of the base64 encoder)', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff);
    const [back] = unpack(pack([big]), [Uint8Array]);
    expect(back).toEqual(big);
  });

  it('accepts either kind where two are allowed', () => {
    const small = unpack(pack([Uint8Array.from([1])]), [[Uint8Array, Uint16Array]]);
    const wide = unpack(pack([Uint16Array.from([300])]), [[Uint8Array, Uint16Array]]);
    expect(small[0]).toBeInstanceOf(Uint8Array);
    expect([...(wide[0] as Uint16Array)]).toEqual([300]);
    expect(() => unpack(pack([Int32Array.from([1])]), [[Uint8Array, Uint16Array]])).toThrow('array 0 has the wrong kind');
  });

  it('writes base64 that survives JSON unchanged', () => {
    const data = pack([Uint16Array.from([0xd800, 0xdfff, 0x627])]);
    expect(data).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    expect(JSON.parse(JSON.stringify(data))).toBe(data);
  });
});

describe('unpack refuses what is not a pack of the expected arrays, saying why', () => {
  it('text that is not base64', () => {
    expect(() => unpack('%%%', [Uint8Array])).toThrow('Matcher data is not base64');
  });

  it('data too short to hold a count', () => {
    expect(() => unpack(base64(Uint8Array.from([1, 0])), [Uint8Array])).toThrow('Matcher data is damaged: too short');
    expect(() => unpack('', [Uint8Array])).toThrow('Matcher data is damaged: too short');
  });

  it('another number of arrays', () => {
    expect(() => unpack(pack([Uint8Array.from([1])]), [Uint8Array, Uint8Array])).toThrow('Matcher data is damaged: 1 arrays, expected 2');
  });

  it('a header cut short', () => {
    // Says two arrays, then ends.
    expect(() => unpack(base64(int32Bytes([2, 2])), [Uint8Array, Uint8Array])).toThrow('Matcher data is damaged: header cut short');
  });

  it('an array of another kind, or of no known kind', () => {
    expect(() => unpack(pack([Uint8Array.from([1])]), [Int32Array])).toThrow('Matcher data is damaged: array 0 has the wrong kind');
    expect(() => unpack(pack([Uint8Array.from([1]), Uint8Array.from([1])]), [Uint8Array, Int32Array])).toThrow(
      'array 1 has the wrong kind',
    );
    const bytes = bytesOf(pack([Uint8Array.from([1])]));
    new Int32Array(bytes.buffer, 0, 3)[1] = 7; // kind 7 does not exist
    expect(() => unpack(base64(bytes), ANY.slice(0, 1))).toThrow('array 0 has the wrong kind');
    new Int32Array(bytes.buffer, 0, 3)[1] = -1;
    expect(() => unpack(base64(bytes), ANY.slice(0, 1))).toThrow('array 0 has the wrong kind');
  });

  it('an array longer than the data, or of negative length', () => {
    const bytes = bytesOf(pack([Int32Array.from([1, 2])]));
    const head = new Int32Array(bytes.buffer, 0, 3);
    head[2] = 3;
    expect(() => unpack(base64(bytes), [Int32Array])).toThrow('Matcher data is damaged: array 0 runs past the end');
    head[2] = -1;
    expect(() => unpack(base64(bytes), [Int32Array])).toThrow('array 0 runs past the end');
    // Exactly up to the end is fine.
    head[2] = 2;
    expect([...(unpack(base64(bytes), [Int32Array])[0] as Int32Array)]).toEqual([1, 2]);
  });

  it('bytes left over after the last array', () => {
    const bytes = bytesOf(pack([Int32Array.from([1])]));
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    expect(() => unpack(base64(longer), [Int32Array])).toThrow('Matcher data is damaged: trailing bytes');
    const shorter = bytes.subarray(0, bytes.length - 4);
    expect(() => unpack(base64(shorter), [Int32Array])).toThrow('array 0 runs past the end');
  });
});
