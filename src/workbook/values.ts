/**
 * Cell values as the port reads them: numbers, text, booleans, null for a
 * blank cell, dates as Excel serial numbers (days since 1899-12-30) and
 * errors as a typed value, never as look-alike text.
 */

/** The error values a cell can hold. */
export const EXCEL_ERROR_CODES = [
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** An error held by a cell, e.g. `{ error: '#N/A' }`. */
export interface CellError {
  error: ExcelErrorCode;
}

/** One cell as read through the port. Dates arrive as serial numbers. */
export type CellValue = number | string | boolean | null | CellError;

/** A rectangular block of read values, rows first. */
export type CellValues = CellValue[][];

/** True when `value` is a typed cell error. */
export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    EXCEL_ERROR_CODES.includes((value as CellError).error)
  );
}

/** Reads an error code from text such as `#N/A`; undefined when it is not one. */
export function toErrorCode(text: string): ExcelErrorCode | undefined {
  const upper = text.trim().toUpperCase();
  return EXCEL_ERROR_CODES.find((code) => code === upper);
}

const MILLISECONDS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system, after its 1900 leap-year bug: 1899-12-30. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Converts a JavaScript date (read as UTC wall-clock time, which is how
 * ExcelJS hands back cell dates) to an Excel serial number.
 * @example dateToSerial(new Date(Date.UTC(2024, 0, 1))) // 45292
 */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MILLISECONDS_PER_DAY;
}

/**
 * Converts an Excel serial number to a UTC date.
 * @example serialToDate(45292).toISOString() // '2024-01-01T00:00:00.000Z'
 */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * MILLISECONDS_PER_DAY));
}
