// Draws the toolbar icons (a card with lines of text, one name underlined) as
// PNGs at every size the stores ask for. Run once after changing the design:
//   npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

import { readArgs } from './cli';

const TEAL = [11, 110, 99];
const WHITE = [255, 255, 255];
const GOLD = [253, 200, 60];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of pixel (x, y) by the icon's shapes, in unit coordinates, 4×4 supersampled. */
function pixel(size: number, x: number, y: number): number[] {
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  const n = 4;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = (x + (i + 0.5) / n) / size;
      const v = (y + (j + 0.5) / n) / size;
      const colour = shade(u, v);
      if (!colour) continue;
      r += colour[0]!;
      g += colour[1]!;
      b += colour[2]!;
      a += 255;
    }
  }
  const samples = n * n;
  return a === 0 ? [0, 0, 0, 0] : [r / (a / 255), g / (a / 255), b / (a / 255), a / samples].map(Math.round);
}

function shade(u: number, v: number): number[] | null {
  const radius = 0.2;
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if ((u - cx) ** 2 + (v - cy) ** 2 > radius * radius) return null;
  // Three right-aligned lines of "text", read right to left; the middle one underlined in gold.
  const lines: [number, number, number][] = [
    [0.28, 0.2, 0.8],
    [0.47, 0.32, 0.8],
    [0.66, 0.2, 0.8],
  ];
  for (const [top, left, right] of lines) if (v >= top && v <= top + 0.08 && u >= left && u <= right) return WHITE;
  if (v >= 0.575 && v <= 0.615 && u >= 0.32 && u <= 0.62) return GOLD;
  return TEAL;
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(size, x, y);
      raw.set([r!, g!, b!, a!], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

readArgs({
  name: 'make-icons',
  help: `usage: npx tsx scripts/make-icons.ts

Draws the toolbar icons and writes public/icon/{16,32,48,96,128}.png.`,
});
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
