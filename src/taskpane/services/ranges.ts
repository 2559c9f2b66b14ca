/** Selection, mapping and reading of the ranges the wizard names `LBF_...`. */
import {
  rangeA1,
  type CellValues,
  type RangeRef,
  type UsedRange,
  type Workbook,
} from '../../workbook';
import { RANGE_SPECS, rangeProblem, type RangeKind } from '../state/rangeSpecs';
import { parseRangeText, rangeText } from '../state/rangeText';
import { S } from '../strings';
import { InputProblem } from './errors';
import type { MappedRange } from './types';

/** The current selection as sheet-qualified text; the port must offer selections. */
export async function selectionText(workbook: Workbook): Promise<string> {
  if (!workbook.getSelection) throw new Error('This workbook has no user selection to read');
  const selection = await workbook.getSelection();
  const ref = parseRangeText(`'${selection.sheet.replace(/'/g, "''")}'!${selection.address}`);
  if (!ref) throw new InputProblem(S.v.address);
  return rangeText(ref);
}

/** Reads the values of a sheet-qualified range. */
export async function readRef(workbook: Workbook, ref: RangeRef): Promise<CellValues> {
  return workbook.readRange(ref.sheet, rangeA1(ref.row, ref.column, ref.rows, ref.columns));
}

/** Parses typed text into a range, or rejects with the way to write it. */
export function refOf(address: string): RangeRef {
  const ref = parseRangeText(address);
  if (!ref) throw new InputProblem(S.v.address);
  return ref;
}

/**
 * Up to this many cells a mapping is read as typed; past it (whole columns,
 * `A1:XFD1048576`) it is read through the sheet's used range, since asking for
 * 17 billion cells froze the page for minutes.
 */
const DIRECT_READ_MAX_CELLS = 100_000;
/** The most cells one mapping may hold: a 100,000-row log of 20 columns. */
export const MAX_MAPPED_CELLS = 2_000_000;

const cellsOf = (ref: RangeRef) => ref.rows * ref.columns;

/** The part of `ref` inside the used range, or null when they do not meet. */
function clip(ref: RangeRef, used: UsedRange): RangeRef | null {
  const usedRows = used.values.length;
  const usedColumns = used.values[0]?.length ?? 0;
  const row = Math.max(ref.row, used.row);
  const column = Math.max(ref.column, used.column);
  const rows = Math.min(ref.row + ref.rows, used.row + usedRows) - row;
  const columns = Math.min(ref.column + ref.columns, used.column + usedColumns) - column;
  return rows > 0 && columns > 0 ? { sheet: ref.sheet, row, column, rows, columns } : null;
}

/**
 * The range to map and its values: as typed when small, else clipped to the
 * sheet's used range (one read); refused when empty or past MAX_MAPPED_CELLS.
 */
export async function readMapping(
  workbook: Workbook,
  ref: RangeRef,
): Promise<{ ref: RangeRef; values: CellValues }> {
  if (cellsOf(ref) <= DIRECT_READ_MAX_CELLS) return { ref, values: await readRef(workbook, ref) };
  const used = await workbook.readUsedRange(ref.sheet);
  const clipped = used && clip(ref, used);
  if (!used || !clipped) throw new InputProblem(S.range.emptySelection(rangeText(ref)));
  if (cellsOf(clipped) > MAX_MAPPED_CELLS) {
    throw new InputProblem(S.range.tooLarge(rangeText(clipped), MAX_MAPPED_CELLS));
  }
  const top = clipped.row - used.row;
  const left = clipped.column - used.column;
  const values = used.values
    .slice(top, top + clipped.rows)
    .map((r) => r.slice(left, left + clipped.columns));
  return { ref: clipped, values };
}

/** Reads `address`, checks it fits `kind`, and names it. */
export async function mapRange(
  workbook: Workbook,
  kind: RangeKind,
  address: string,
): Promise<MappedRange> {
  const { ref, values } = await readMapping(workbook, refOf(address));
  const problem = rangeProblem(kind, values, ref.row, ref.column);
  if (problem) throw new InputProblem(problem);
  const name = RANGE_SPECS[kind].name;
  await workbook.defineName(name, ref);
  return { address: rangeText(ref), name };
}
