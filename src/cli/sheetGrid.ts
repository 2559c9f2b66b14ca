/**
 * A sheet's used range with its position, so readers can name the exact cell
 * of a problem ("sheet LBF Options, cell D4").
 */
import { cellA1, isCellError, type CellValue, type UsedRange } from '../workbook';
import { inputError } from './cliError';

export interface Grid {
  sheet: string;
  /** 0-based row and column of values[0][0] on the sheet. */
  row: number;
  column: number;
  values: CellValue[][];
}

/** A grid from the port's used range (or an empty one). */
export function gridOf(sheet: string, used: UsedRange | null): Grid {
  if (!used) return { sheet, row: 0, column: 0, values: [] };
  return { sheet, row: used.row, column: used.column, values: used.values };
}

/** The cell at grid-relative (r, c), null when outside. */
export function cellAt(grid: Grid, r: number, c: number): CellValue {
  return grid.values[r]?.[c] ?? null;
}

/** A1 address of grid-relative (r, c). */
export function addressOf(grid: Grid, r: number, c: number): string {
  return cellA1(grid.row + r, grid.column + c);
}

/** `sheet "X", cell B7` for grid-relative (r, c). */
export function whereOf(grid: Grid, r: number, c: number): string {
  return `sheet "${grid.sheet}", cell ${addressOf(grid, r, c)}`;
}

/** True when the cell holds nothing (blank or spaces). */
export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** True when every cell of row r is empty. */
export function isEmptyRow(grid: Grid, r: number): boolean {
  return (grid.values[r] ?? []).every(isEmptyCell);
}

/** Cell text, trimmed; numbers and booleans as written; blank → ''. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value).trim();
}

/** Header text normalised for matching: lower case, single spaces. */
export function headerKey(value: CellValue): string {
  return cellText(value)
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * Refuses a cell holding an Excel error (#N/A, #REF! …) with its address.
 */
export function refuseErrorCell(grid: Grid, r: number, c: number): void {
  const value = cellAt(grid, r, c);
  if (isCellError(value)) {
    inputError(`${whereOf(grid, r, c)} holds the error ${value.error}; fix that cell first.`);
  }
}
