/** Number formats for the units the record carries, and dates as serial numbers. */
import type { NumberFormatKind } from '../plan';
import { dateToSerial } from '../values';

const UNIT_FORMATS: [RegExp, NumberFormatKind][] = [
  [/^(%|share|percent|fraction|rate)$/i, 'percent1'],
  [/^(h|hours?)$/i, 'hours'],
  [/^(min|minutes?)$/i, 'minutes'],
  [/^(s|sec|seconds?)$/i, 'seconds'],
  [/^(money|cost|currency)(\b.*)?$|per week.*money|money.*per/i, 'money'],
  // FTE may be fractional (12.5 FTE), so it gets one decimal below.
  [/^(tickets?|contacts?|agents?|people|weeks?|count)(\b.*)?$/i, 'integer'],
  [/^(index|points?|days?|fte)$|^index\b/i, 'decimal1'],
  [/^(TRUE\/FALSE|yes\/no|boolean|flag)$/i, 'boolean'],
];

/**
 * The number format for a unit as the record writes it: `share` or `%` →
 * percent, `hours` → hours, `money…` → money, `tickets` → whole numbers,
 * `index 0–100` → one decimal, `TRUE/FALSE` → TRUE or FALSE (1 or 0 stored).
 * @example formatForUnit('hours') // 'hours'
 */
export function formatForUnit(unit: string): NumberFormatKind {
  const trimmed = unit.trim();
  return UNIT_FORMATS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? 'decimal2';
}

/**
 * A `YYYY-MM-DD` date as an Excel serial number (null stays null).
 * @example isoDateToSerial('2024-01-01') // 45292
 */
export function isoDateToSerial(iso: string | null): number | null {
  return iso === null ? null : dateToSerial(new Date(`${iso}T00:00:00Z`));
}
