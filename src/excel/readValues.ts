/** Office.js values and value types → the port's cell values. */
import { toErrorCode, type CellValue, type CellValues } from '../workbook/values';

/**
 * One cell: Empty → null, Error → `{ error }`, everything else as Excel gave
 * it (dates are already serial numbers in `values`).
 */
export function fromOffice(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: toErrorCode(String(value)) ?? '#VALUE!' };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  return String(value);
}

/** A loaded range's `values` and `valueTypes` as port values. */
export function fromOfficeRange(values: unknown[][], types: string[][]): CellValues {
  return values.map((row, r) => row.map((v, c) => fromOffice(v, types[r]?.[c])));
}
