/**
 * Production bundle sizes (issue 8), read from dist/addin after
 * `npm run build` (the bench script builds first). The row's time is the
 * median time V8 takes to parse and compile the bundle, what every pane or
 * formula pays before the first line runs; the size and its target are in
 * the note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { measure, type BenchRow } from './harness';

const KB = 1024;
const BUNDLES = [
  // Loads before any formula computes: keep it small.
  { file: 'functions.js', targetKb: 300 },
  { file: 'taskpane.js', targetKb: 1200 },
];

function bundleRow(dir: string, file: string, targetKb: number): BenchRow {
  const path = resolve(dir, file);
  if (!existsSync(path)) {
    return {
      name: `${file}: missing`,
      medianMs: Number.NaN,
      note: `run npm run build:addin (${path})`,
    };
  }
  const source = readFileSync(path, 'utf8');
  const sizeKb = Buffer.byteLength(source) / KB;
  const gzipKb = gzipSync(source).length / KB;
  let run = 0;
  // A unique trailing comment per run keeps V8's compilation cache from answering.
  const row = measure(
    `${file}: parse + compile (${sizeKb.toFixed(1)} KB minified)`,
    () => new Script(`${source}\n//${run++}`),
    { repeats: 7 },
  );
  const verdict = sizeKb < targetKb ? 'met' : 'MISSED';
  return { ...row, note: `gzip ${gzipKb.toFixed(1)} KB; size target < ${targetKb} KB: ${verdict}` };
}

/** One row per bundle. */
export function bundlesBench(dir = resolve(process.cwd(), 'dist/addin')): BenchRow[] {
  return BUNDLES.map((b) => bundleRow(dir, b.file, b.targetKb));
}
