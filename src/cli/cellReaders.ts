/**
 * Typed reads of single cells for the sheets LBF reads, each failing with the
 * sheet, the cell, what it held and how to write it.
 */
import { parseNumberText } from '../core/args';
import { serialToDate, type CellValue } from '../workbook';
import { inputError } from './cliError';
import { cellText, isEmptyCell } from './sheetGrid';

/** Where a value came from, for messages: `sheet "LBF Decision", cell C12`. */
export type Where = string;

function shown(value: CellValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : cellText(value);
}

/** Text of a cell ('' when blank). */
export function readText(value: CellValue): string {
  return cellText(value);
}

/** A non-empty text, or an error naming the column. */
export function readRequiredText(value: CellValue, where: Where, column: string): string {
  const text = cellText(value);
  if (text === '') inputError(`${where} (${column}) is empty; write the ${column.toLowerCase()}.`);
  return text;
}

/** A list typed in one cell: `Support EU, Support US` → two entries. */
export function readList(value: CellValue): string[] {
  return cellText(value)
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A number (also "1,200" or "25%" as text); undefined when blank. */
export function readNumber(value: CellValue, where: Where, column: string): number | undefined {
  if (isEmptyCell(value)) return undefined;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? parseNumberText(value)
        : undefined;
  if (n === undefined || !Number.isFinite(n)) {
    inputError(`${where} (${column}) must be a number; got ${shown(value)}. Write e.g. 24 or 90%.`);
  }
  return n;
}

/** A number that must be there. */
export function readRequiredNumber(value: CellValue, where: Where, column: string): number {
  const n = readNumber(value, where, column);
  if (n === undefined) inputError(`${where} (${column}) is empty; write a number.`);
  return n;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date cell or `YYYY-MM-DD` text → `YYYY-MM-DD`; null when blank. */
export function readIsoDate(value: CellValue, where: Where, column: string): string | null {
  if (isEmptyCell(value)) return null;
  if (typeof value === 'number' && value > 0 && value < 2_958_466) {
    return serialToDate(Math.floor(value)).toISOString().slice(0, 10);
  }
  const text = cellText(value);
  const m = ISO_DATE.exec(text);
  const valid =
    m &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!valid) {
    inputError(
      `${where} (${column}) must be a date; got ${shown(value)}. ` +
        'Enter a date cell or text written YYYY-MM-DD, e.g. 2026-05-04.',
    );
  }
  return text;
}

const TRUE_WORDS = ['true', 'yes', 'y', 'x', 'done', '1'];
const FALSE_WORDS = ['false', 'no', 'n', '', '0'];

/** TRUE/FALSE, yes/no, x or blank → boolean. */
export function readBoolean(value: CellValue, where: Where, column: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase();
  if (TRUE_WORDS.includes(text)) return true;
  if (FALSE_WORDS.includes(text)) return false;
  return inputError(
    `${where} (${column}) must be TRUE or FALSE (or yes / no); got ${shown(value)}.`,
  );
}

/** One of `choices` (case-insensitive); undefined when blank and not required. */
export function readChoice<T extends string>(
  value: CellValue,
  where: Where,
  column: string,
  choices: readonly T[],
): T | undefined {
  const text = cellText(value).toLowerCase();
  if (text === '') return undefined;
  const found = choices.find((c) => c.toLowerCase() === text);
  if (!found) {
    inputError(`${where} (${column}) must be one of ${choices.join(', ')}; got ${shown(value)}.`);
  }
  return found;
}
