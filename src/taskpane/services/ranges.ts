/** Selection, mapping and reading of the ranges the wizard names `LBF_...`. */
import { rangeA1, type CellValues, type RangeRef, type Workbook } from '../../workbook';
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

/** Reads `address`, checks it fits `kind`, and names it. */
export async function mapRange(
  workbook: Workbook,
  kind: RangeKind,
  address: string,
): Promise<MappedRange> {
  const ref = refOf(address);
  const values = await readRef(workbook, ref);
  const problem = rangeProblem(kind, values, ref.row, ref.column);
  if (problem) throw new InputProblem(problem);
  const name = RANGE_SPECS[kind].name;
  await workbook.defineName(name, ref);
  return { address: rangeText(ref), name };
}
