/** Request sizes: what a value adds to an Office.js request, and splitting rows by size. */

/** UTF-8 length of the JSON text of `value`: what it adds to a request. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits rows of values into runs whose JSON stays under `maxBytes`. */
export function splitRows<T>(rows: T[][], maxBytes: number): { start: number; rows: T[][] }[] {
  const parts: { start: number; rows: T[][] }[] = [];
  let current: T[][] = [];
  let bytes = 0;
  let start = 0;
  rows.forEach((row, i) => {
    const rowBytes = jsonBytes(row) + 1;
    if (current.length && bytes + rowBytes > maxBytes) {
      parts.push({ start, rows: current });
      current = [];
      bytes = 0;
      start = i;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length) parts.push({ start, rows: current });
  return parts;
}
