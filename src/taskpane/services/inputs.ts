/**
 * The parameter table: create one from LBF's catalogue (the list
 * `LBF.PARAMETERS` shows), and check a mapped one for unit and range problems
 * and the provenance pitfalls, each pointing at its cell.
 */
import { isLbfError } from '../../core/errors';
import { PARAMETERS, parseParameterTable, type ParameterRow } from '../../core/params';
import { checkPitfalls, emptyContent } from '../../core/record';
import {
  cellA1,
  quoteSheetName,
  safeSheetName,
  type CellValues,
  type PlanCell,
  type RangeRef,
  type Workbook,
} from '../../workbook';
import { RANGE_SPECS } from '../state/rangeSpecs';
import { rangeText } from '../state/rangeText';
import type { InputIssue, InputsDraft, WizardDraft } from '../state/types';
import { readRef, refOf } from './ranges';
import { keyInputs } from './recordContent';
import type { MappedRange } from './types';

export const PARAMETER_HEADER = ['Name', 'Value', 'Unit', 'Low', 'High', 'Owner', 'Source', 'Note'];
const COLUMN_BY_WORD: Record<string, number> = {
  Unit: 2,
  Low: 3,
  High: 4,
  Owner: 5,
  Source: 6,
  Note: 7,
};
const OWNER_COLUMN = COLUMN_BY_WORD.Owner;
/** Stop after this many errors: past it the table needs fixing wholesale, not cell by cell. */
const MAX_ERRORS = 25;
const SHEET_TITLE = 'LBF Parameters';
const WIDTHS_CHARS = [30, 12, 14, 10, 10, 16, 22, 60];

/** Writes a parameter table with the catalogue's defaults and names it LBF_Params. */
export async function createParameterTable(
  workbook: Workbook,
  horizonWeeks: number,
): Promise<MappedRange> {
  const sheets = (await workbook.listSheets()).map((s) => s.name);
  const sheet = safeSheetName(SHEET_TITLE, sheets);
  const rows: PlanCell[][] = PARAMETERS.map((def) => [
    def.name,
    def.name === 'horizon_weeks' ? horizonWeeks : (def.defaultValue ?? null),
    def.unit,
    null,
    null,
    '',
    '',
    def.description,
  ]);
  const ref: RangeRef = { sheet, row: 0, column: 0, rows: rows.length + 1, columns: 8 };
  await workbook.execute({
    sheets: [
      {
        name: sheet,
        mode: 'create',
        activate: true,
        frozenRows: 1,
        blocks: [
          { row: 0, column: 0, values: [PARAMETER_HEADER], style: 'header' },
          { row: 1, column: 0, values: rows },
        ],
        columnWidths: WIDTHS_CHARS.map((widthChars, column) => ({ column, widthChars })),
      },
    ],
    names: [{ name: RANGE_SPECS.parameters.name, ref }],
  });
  return { address: rangeText(ref), name: RANGE_SPECS.parameters.name };
}

/** The cell an LbfError from the table parser is about, from "row N" and the column word. */
function cellOf(ref: RangeRef, e: { argument: string; message: string }): string | undefined {
  const m = /row (\d+)/.exec(`${e.argument} ${e.message}`);
  if (!m) return undefined;
  const word = Object.keys(COLUMN_BY_WORD).find((w) => e.argument.includes(` ${w}`));
  const column = word ? COLUMN_BY_WORD[word] : 1;
  return `${quoteSheetName(ref.sheet)}!${cellA1(ref.row + Number(m[1]) - 1, ref.column + column)}`;
}

/**
 * Parses the table, and on an error blanks the offending row and parses
 * again, so every bad row is reported at once (up to {@link MAX_ERRORS}).
 */
function parseAll(
  ref: RangeRef,
  values: CellValues,
): { rows: ParameterRow[]; errors: InputIssue[] } {
  const working = values.map((r) => [...r]);
  const found: { row: number; issue: InputIssue }[] = [];
  // Errors are found in parse order (names first); the list reads top to bottom.
  const errors = () => found.sort((a, b) => a.row - b.row).map((f) => f.issue);
  while (found.length < MAX_ERRORS) {
    try {
      return { rows: parseParameterTable(working).rows, errors: errors() };
    } catch (e) {
      if (!isLbfError(e)) throw e;
      const row = /row (\d+)/.exec(`${e.argument} ${e.message}`);
      found.push({
        row: row ? Number(row[1]) : 0,
        issue: { severity: 'error', message: e.message, cell: cellOf(ref, e) },
      });
      if (!row) return { rows: [], errors: errors() };
      working[Number(row[1]) - 1] = working[Number(row[1]) - 1].map(() => null);
    }
  }
  return { rows: [], errors: errors() };
}

/**
 * The record's pitfall checks on the key inputs (no owner, source or quality
 * note; self-serve or staffing inputs without owner), each at its row's cell.
 */
function pitfalls(ref: RangeRef, draft: WizardDraft, rows: ParameterRow[]): InputIssue[] {
  const content = { ...emptyContent(), keyInputs: keyInputs(draft, rows) };
  return checkPitfalls(content)
    .filter((w) => w.section === 'keyInputs')
    .map((w) => {
      const row = rows.find((r) => r.name === w.subject);
      const column = !row?.owner ? OWNER_COLUMN : !row.source ? OWNER_COLUMN + 1 : OWNER_COLUMN + 2;
      const cell =
        row &&
        `${quoteSheetName(ref.sheet)}!${cellA1(ref.row + row.rowIndex, ref.column + column)}`;
      return { severity: 'warning' as const, message: w.message, cell };
    });
}

/** Checks the mapped parameter table. */
export async function checkInputs(
  workbook: Workbook,
  draft: WizardDraft,
): Promise<NonNullable<InputsDraft['checked']>> {
  const ref = refOf(draft.inputs.parameters.address);
  const values = await readRef(workbook, ref);
  const { rows, errors } = parseAll(ref, values);
  return { rows: rows.length, issues: [...errors, ...pitfalls(ref, draft, rows)] };
}

/** The parsed rows of the mapped table (for scenarios and the record). */
export async function readParameterRows(
  workbook: Workbook,
  address: string,
): Promise<ParameterRow[]> {
  const ref = refOf(address);
  return parseParameterTable(await readRef(workbook, ref)).rows;
}
