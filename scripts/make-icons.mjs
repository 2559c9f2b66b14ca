// Writes assets/icon-{16,32,64,80}.png: the LBF ribbon and add-in icons.
// Plain RGBA PNGs built with zlib, so no image tool or dependency is needed.
// Run: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES_PX = [16, 32, 64, 80];
const BRAND = [15, 108, 189, 255]; // Fluent UI brand blue #0F6CBD
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
// Three bars of unequal length over a rounded square: work spread across queues.
const BARS = [
  { top: 0.22, length: 0.56 },
  { top: 0.44, length: 0.4 },
  { top: 0.66, length: 0.64 },
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function pixel(x, y, size) {
  const radius = size * 0.18;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return CLEAR;
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const barHeight = 0.12;
  const onBar = BARS.some(
    (b) => v >= b.top && v < b.top + barHeight && u >= 0.18 && u < 0.18 + b.length,
  );
  return onBar ? WHITE : BRAND;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = [0]; // filter type 0 (none) for each scanline
    for (let x = 0; x < size; x += 1) row.push(...pixel(x, y, size));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES_PX) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(path.join(here, '..', 'assets', `icon-${size}.png`), png(size));
}
