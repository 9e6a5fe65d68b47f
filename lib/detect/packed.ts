// Typed arrays packed into one string and back: the string crosses extension
// messaging in every browser (base64 survives JSON and UTF-8 conversions
// unchanged), and unpacking makes views on one buffer instead of copies.

export type PackedArray = Int32Array | Uint16Array | Uint8Array;

/** Array kinds by number, in the header. */
const KINDS = [Int32Array, Uint16Array, Uint8Array] as const;
type Kind = (typeof KINDS)[number];

const align4 = (n: number): number => (n + 3) & ~3;

/** The platform's byte order must be the packer's: every browser engine today is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Base64Native {
  toBase64?: (this: Uint8Array) => string;
}
interface Base64FromNative {
  fromBase64?: (data: string) => Uint8Array;
}

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Native).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(data: string): Uint8Array {
  const native = (Uint8Array as Base64FromNative).fromBase64;
  if (native) return native(data);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function kindOf(array: PackedArray): number {
  return KINDS.findIndex((k) => array instanceof k);
}

/** Header: count, then kind and length of each array; then each array's bytes, 4-byte aligned. */
export function pack(arrays: readonly PackedArray[]): string {
  if (!LITTLE_ENDIAN) throw new Error('Matcher packing needs a little-endian platform');
  const header = 1 + arrays.length * 2;
  let size = header * 4;
  for (const a of arrays) size = align4(size + a.byteLength);
  const bytes = new Uint8Array(size);
  const head = new Int32Array(bytes.buffer, 0, header);
  head[0] = arrays.length;
  let at = header * 4;
  arrays.forEach((a, i) => {
    head[1 + i * 2] = kindOf(a);
    head[2 + i * 2] = a.length;
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = align4(at + a.byteLength);
  });
  return toBase64(bytes);
}

/** The arrays, as views; throws a clear error on data that is not a pack of the expected kinds. */
export function unpack(data: string, expected: readonly (Kind | readonly Kind[])[]): PackedArray[] {
  if (!LITTLE_ENDIAN) throw new Error('Matcher packing needs a little-endian platform');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(data);
  } catch {
    throw new Error('Matcher data is not base64');
  }
  const fail = (why: string): never => {
    throw new Error(`Matcher data is damaged: ${why}`);
  };
  if (bytes.length < 4) fail('too short');
  const count = new Int32Array(bytes.buffer, 0, 1)[0] ?? 0;
  if (count !== expected.length) fail(`${count} arrays, expected ${expected.length}`);
  const header = 1 + count * 2;
  if (bytes.length < header * 4) fail('header cut short');
  const head = new Int32Array(bytes.buffer, 0, header);
  const out: PackedArray[] = [];
  let at = header * 4;
  for (let i = 0; i < count; i++) {
    const Kind = KINDS[head[1 + i * 2] ?? -1];
    const length = head[2 + i * 2] ?? -1;
    const allowed = expected[i];
    if (!Kind || !(Array.isArray(allowed) ? allowed.includes(Kind) : allowed === Kind)) fail(`array ${i} has the wrong kind`);
    const byteLength = length * (Kind as Kind).BYTES_PER_ELEMENT;
    if (length < 0 || at + byteLength > bytes.length) fail(`array ${i} runs past the end`);
    out.push(new (Kind as Kind)(bytes.buffer as ArrayBuffer, at, length));
    at = align4(at + byteLength);
  }
  if (at !== bytes.length) fail('trailing bytes');
  return out;
}
