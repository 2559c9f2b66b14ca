/** Small parsers for what the analyst types in the wizard's fields. */

/** A number as typed: `1,200`, `25%` (→ 0.25), ` 3.5 `; undefined when not one. */
export function parseNumberInput(text: string): number | undefined {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return undefined;
  const percent = t.endsWith('%');
  const n = Number(percent ? t.slice(0, -1).trim() : t);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** Text in the form `yyyy-mm-dd` with a month 01–12, whether or not the day exists. */
export function isIsoShaped(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1;
}

/** A calendar date `yyyy-mm-dd` that exists (2025-02-30 does not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** Comma- or line-separated text as a list of trimmed, non-empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export interface ParsedOverride {
  name: string;
  value: number | string;
  /** 1-based line of the text it was read from. */
  line: number;
}

/**
 * One option's overrides, one `name = value` per line. Values that read as
 * numbers (`1,200`, `25%`) become numbers; words (routing) stay text.
 * @returns the overrides, or the 1-based number of the first bad line.
 */
export function parseOverrides(
  text: string,
): { overrides: ParsedOverride[] } | { badLine: number } {
  const overrides: ParsedOverride[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].trim();
    if (line === '') continue;
    const m = /^([a-z][a-z0-9_]*)\s*[=:]\s*(\S.*)$/.exec(line);
    if (!m) return { badLine: i + 1 };
    const number = parseNumberInput(m[2]);
    overrides.push({ name: m[1], value: number ?? m[2].trim(), line: i + 1 });
  }
  return { overrides };
}

/** Excel's day 0 is 1899-12-30; serial 25569 is 1970-01-01, where Date counts from. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * An Excel date-time serial as `yyyy-mm-dd hh:mm` (UTC, to the nearest minute).
 * @example serialDateTime(42429.30138888889) // '2016-02-29 07:14'
 */
export function serialDateTime(serial: number): string {
  const ms = (serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
  const rounded = Math.round(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
  return new Date(rounded).toISOString().slice(0, 16).replace('T', ' ');
}
