/**
 * ExcelJS cell values → the port's cell values: dates become serial
 * numbers, formulas their cached result, rich text and links their text,
 * errors a typed `{ error }`.
 */
import type { Cell, Worksheet } from 'exceljs';
import {
  dateToSerial,
  isCellError,
  toErrorCode,
  type CellValue,
  type CellValues,
} from '../workbook/values';

type Raw = Cell['value'] | undefined;

function fromObject(raw: object): CellValue {
  if ('richText' in raw) return (raw.richText as { text: string }[]).map((r) => r.text).join('');
  if ('formula' in raw || 'sharedFormula' in raw) {
    return fromRaw((raw as { result?: Raw }).result ?? null);
  }
  if ('error' in raw) {
    const code = toErrorCode(String((raw as { error: unknown }).error));
    return code ? { error: code } : { error: '#VALUE!' };
  }
  if ('text' in raw) return fromRaw((raw as { text: Raw }).text);
  return null;
}

/** One ExcelJS value as a port value. */
export function fromRaw(raw: Raw): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (raw instanceof Date) return dateToSerial(raw);
  if (isCellError(raw)) return { error: raw.error };
  return fromObject(raw);
}

/**
 * One ExcelJS cell as a port value. A formula's cached result is taken from
 * the cell model: ExcelJS's `value` getter drops a cached result of 0.
 */
function cellValue(cell: Cell | undefined): CellValue {
  if (!cell) return null;
  const model = cell.model as { formula?: string; sharedFormula?: string; result?: Raw };
  if (model.formula !== undefined || model.sharedFormula !== undefined) {
    return fromRaw(model.result ?? null);
  }
  return fromRaw(cell.value);
}

/** Values of a 0-based rectangle, every row as wide as the rectangle. */
export function readRect(
  ws: Worksheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): CellValues {
  const out: CellValues = [];
  for (let r = 0; r < rows; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < columns; c++)
      line.push(cellValue(ws.findCell(row + r + 1, column + c + 1)));
    out.push(line);
  }
  return out;
}

/** The 0-based bounds of the cells holding a value, or null for an empty sheet. */
export function usedBounds(
  ws: Worksheet,
): { row: number; column: number; rows: number; columns: number } | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cellValue(cell) === null) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  if (bottom < 0) return null;
  return { row: top - 1, column: left - 1, rows: bottom - top + 1, columns: right - left + 1 };
}
