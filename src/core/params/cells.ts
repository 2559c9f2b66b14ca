import { cellErrorText, isBlank, parseNumberText } from '../args';
import { fail } from '../errors';

/**
 * Reading one cell of a range as Excel (or ExcelJS) delivers it: blanks as
 * null or "", numbers stored as text ("1,200", "25%"), booleans, and error
 * values, which arrive as a CustomFunctions.Error object ({ code }), an
 * ExcelJS error cell ({ error: '#N/A' }) or the error's text.
 */

export { cellErrorText };

/**
 * Throws `cellError` naming `argument` when the cell holds an error value.
 * @example refuseErrorCell('inhouse_fte', '#REF!') // throws cellError naming inhouse_fte
 */
export function refuseErrorCell(argument: string, raw: unknown): void {
  const error = cellErrorText(raw);
  if (error !== undefined) fail({ code: 'cellError', argument, value: error });
}

/**
 * Percent text the shared reader does not take: any number it reads (".3",
 * "1,200") followed by `%`, so ".3%" is read as ".3" is.
 * @example parsePercentText('.3%') // 0.003
 */
export function parsePercentText(text: string): number | undefined {
  const match = /^(.*\S)\s*%\s*$/.exec(text.trim());
  const number = match ? parseNumberText(match[1]) : undefined;
  return number === undefined ? undefined : number / 100;
}

/** A number read from a cell, and whether its text carried a `%` sign. */
export interface CellNumber {
  value: number;
  percentText: boolean;
}

/**
 * Reads a numeric cell; undefined for a blank. Text numbers are accepted;
 * booleans, other text and error values are refused naming `argument`.
 * @example readCellNumber('tickets_per_week', '1,200') // { value: 1200, percentText: false }
 */
export function readCellNumber(
  argument: string,
  raw: unknown,
  expected = 'a number',
): CellNumber | undefined {
  if (isBlank(raw)) return undefined;
  refuseErrorCell(argument, raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw, percentText: false };
  if (typeof raw === 'string') {
    const value = parseNumberText(raw) ?? parsePercentText(raw);
    if (value !== undefined) return { value, percentText: /%\s*$/.test(raw) };
  }
  return fail({ code: 'notNumber', argument, value: raw, details: { expected } });
}

/**
 * Reads a text cell (names, units, notes); numbers become their text.
 * @example readCellText('Unit', ' per day ') // 'per day'
 */
export function readCellText(argument: string, raw: unknown): string {
  if (isBlank(raw)) return '';
  refuseErrorCell(argument, raw);
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return fail({ code: 'notText', argument, value: raw });
}
