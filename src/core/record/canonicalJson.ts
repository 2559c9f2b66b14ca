/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * `undefined` members left out, numbers as JSON.stringify writes them. Two
 * records with the same content give the same text, so the same hash.
 */
import { fail } from '../errors';

/**
 * Canonical JSON text of a JSON-compatible value.
 * @param value plain data: objects, arrays, strings, finite numbers, booleans, null
 * @returns the text with keys sorted and no whitespace
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse(path, value, 'a finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((v, i) => (v === undefined ? 'null' : write(v, `${path}[${i}]`)));
    return `[${items.join(',')}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const members = entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${path}.${k}`)}`);
    return `{${members.join(',')}}`;
  }
  return refuse(path, value, 'plain JSON data (object, array, text, number, boolean or null)');
}

function refuse(path: string, value: unknown, expected: string): never {
  return fail({
    code: 'badRecord',
    argument: path,
    value,
    details: { reason: `${path} must be ${expected}` },
  });
}
