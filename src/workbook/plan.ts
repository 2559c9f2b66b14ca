/**
 * Write plans: pure data describing what goes where in a workbook. Builders
 * (core results → plan) are pure functions; the adapters (Office.js in
 * src/excel, ExcelJS in src/xlsx) execute the same plan, so the command line
 * writes what the add-in writes.
 *
 * Rows and columns are 0-based indices on the plan's sheet.
 */
import type { CellError } from './values';
import type { RangeRef } from './address';

/** A formula with the value Excel would compute, cached so files read right unopened. */
export interface FormulaCell {
  /** Formula text including the leading `=`, e.g. `=SUM(B2:B9)`. */
  formula: string;
  /** Cached result written with the formula (ExcelJS) and used by tests. */
  result?: number | string | boolean | CellError;
}

/**
 * One cell to write. A `string` is ALWAYS written as text, whatever it starts
 * with (`=`, `+`, `-`, `@`, digits, TRUE): user text never becomes a formula or
 * a number. Formulas are written only through `FormulaCell`. Dates are
 * serial numbers with a date number format.
 */
export type PlanCell = number | string | boolean | null | FormulaCell | CellError;

/** Named number formats; adapters use the Excel format codes of `NUMBER_FORMATS`. */
export type NumberFormatKind =
  | 'general'
  | 'integer'
  | 'decimal1'
  | 'decimal2'
  | 'weight'
  | 'percent'
  | 'percent1'
  | 'hours'
  | 'minutes'
  | 'seconds'
  | 'money'
  | 'money0'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'text';

/** Excel format codes. Money carries no currency: the workbook's own applies. */
export const NUMBER_FORMATS: Record<NumberFormatKind, string> = {
  general: 'General',
  integer: '#,##0',
  decimal1: '#,##0.0',
  decimal2: '#,##0.00',
  /** A weight between 0 and 1 (quality weight): three decimals, never a percent. */
  weight: '0.000',
  percent: '0%',
  percent1: '0.0%',
  hours: '#,##0.0 "h"',
  minutes: '#,##0.0 "min"',
  seconds: '#,##0 "s"',
  money: '#,##0.00',
  money0: '#,##0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  /** TRUE/FALSE: Excel shows booleans so anyway; LibreOffice needs the code. */
  boolean: '"TRUE";"TRUE";"FALSE"',
  text: '@',
};

/** Visual roles; adapters map them to fonts and fills. */
export type CellStyle = 'title' | 'section' | 'header' | 'label' | 'warning' | 'good' | 'note';

/** A rectangle of cells whose top-left corner is (row, column). Rows may be ragged. */
export interface CellBlock {
  row: number;
  column: number;
  values: PlanCell[][];
  style?: CellStyle;
}

/** A number format over a rectangle. */
export interface FormatRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
  format: NumberFormatKind;
}

/** Width of one column in characters of the default font (Excel's unit). */
export interface ColumnWidth {
  column: number;
  widthChars: number;
  /** Wrap text in the whole column (long text columns), aligned to the top. */
  wrap?: boolean;
}

/**
 * How the sheet prints. Adapters apply it where they can (Office.js needs
 * ExcelApi 1.9 and skips it otherwise).
 */
export interface PageSetupPlan {
  orientation: 'portrait' | 'landscape';
  /** Scale so the used columns fit this many pages wide (pages tall stay automatic). */
  fitToPagesWide: number;
  /** Rows 1 … n repeat at the top of every printed page (0 = none). */
  printTitleRows: number;
}

/**
 * An Excel table. The adapter writes the header and rows itself; `rows` must
 * hold at least one row (Excel tables cannot be empty: builders pad a blank
 * row). Names follow `definedNameProblem` and are unique in the workbook.
 */
export interface TablePlan {
  name: string;
  row: number;
  column: number;
  header: string[];
  rows: PlanCell[][];
  /** Excel built-in style name, e.g. TableStyleMedium2. */
  style?: string;
  /** Number format per column (index in `header`); undefined keeps General. */
  columnFormats?: (NumberFormatKind | undefined)[];
}

/** One chart series: values in `y`, categories (line) or x values (scatter) in `x`. */
export interface ChartSeries {
  name: string;
  x: RangeRef;
  y: RangeRef;
}

/**
 * A chart. `line`: backlog by week per option (x = weeks). `scatter`: cost per
 * week (x) against quality index (y), one series per option. The data must be
 * written by a block or table of the same plan. The Office.js adapter draws a
 * native chart; ExcelJS cannot, so the .xlsx holds the data and a note.
 */
export interface ChartPlan {
  kind: 'line' | 'scatter';
  title: string;
  /** Top-left cell of the chart (0-based). */
  row: number;
  column: number;
  widthPx?: number;
  heightPx?: number;
  xAxisTitle?: string;
  yAxisTitle?: string;
  series: ChartSeries[];
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * Everything written on one sheet. `create` fails if a sheet of that name
 * exists; `replace` deletes an existing sheet of that name first and writes
 * a fresh one. Builders target only output sheets LBF owns; input sheets are
 * never in a plan.
 */
export interface SheetPlan {
  name: string;
  mode: 'create' | 'replace';
  visibility?: SheetVisibility;
  blocks: CellBlock[];
  formats?: FormatRange[];
  columnWidths?: ColumnWidth[];
  /** Rows kept in view at the top while scrolling (0 = none). */
  frozenRows?: number;
  frozenColumns?: number;
  tables?: TablePlan[];
  charts?: ChartPlan[];
  pageSetup?: PageSetupPlan;
  /** Make this the active sheet after writing. */
  activate?: boolean;
  /** Position among the sheets; omitted = after the last sheet. */
  position?: 'first' | 'last';
}

/** A workbook-scoped name, e.g. LBF_Params → 'Parameters'!$A$2:$H$40. */
export interface NamePlan {
  name: string;
  ref: RangeRef;
  comment?: string;
}

/** What one execution writes: sheets in order, then workbook names. */
export interface WritePlan {
  sheets: SheetPlan[];
  names?: NamePlan[];
}

/** What an adapter reports after executing a plan. */
export interface ExecuteReport {
  sheets: string[];
  cellsWritten: number;
  tables: number;
  /** Charts drawn natively (Office.js) — zero in ExcelJS output. */
  chartsDrawn: number;
  /** Charts written as data plus a note because the adapter cannot draw them. */
  chartsAsNotes: number;
  /** Office.js only: how many `context.sync` calls the plan took. */
  syncs?: number;
}

/** A formula cell with its cached result. */
export function formula(text: string, result?: FormulaCell['result']): FormulaCell {
  return { formula: text.startsWith('=') ? text : `=${text}`, result };
}

/** True when `cell` is a formula to write (as opposed to text or a value). */
export function isFormulaCell(cell: unknown): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

/** Number of rows and the widest row of a block of values. */
export function blockSize(values: readonly (readonly unknown[])[]): {
  rows: number;
  columns: number;
} {
  return { rows: values.length, columns: values.reduce((m, r) => Math.max(m, r.length), 0) };
}
