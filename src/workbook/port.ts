/**
 * The workbook port: everything LBF asks of a workbook, whichever program
 * holds it. Implemented by the Office.js adapter (src/excel, inside Excel)
 * and the ExcelJS adapter (src/xlsx, on the command line and in the task
 * pane's in-browser preview). Every call is async.
 */
import type { CellValues } from './values';
import type { ExecuteReport, SheetVisibility, WritePlan } from './plan';
import type { RangeRef } from './address';

/** One sheet of the workbook, in tab order. */
export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/** A sheet's used range: where it starts (0-based) and its values. */
export interface UsedRange {
  sheet: string;
  /** A1 address without the sheet, e.g. `B2:H40`. */
  address: string;
  row: number;
  column: number;
  values: CellValues;
}

/** The user's current selection (add-in only). */
export interface Selection {
  sheet: string;
  /** A1 address without the sheet, e.g. `B2:H40`. */
  address: string;
}

/** A workbook-scoped name and what it refers to. */
export interface NameInfo {
  name: string;
  /** Reference text as Excel shows it, e.g. `=Parameters!$A$2:$H$40`. */
  formula: string;
}

export interface Workbook {
  /** Sheets in tab order, hidden ones included. */
  listSheets(): Promise<SheetInfo[]>;

  /**
   * Values of `address` (A1, e.g. `A1:H40`) on `sheet`, rows first, every row
   * as wide as the range. Blank → null, dates → serial numbers, errors →
   * `{ error }`. Rejects with an LbfError when the sheet or address is unknown.
   */
  readRange(sheet: string, address: string): Promise<CellValues>;

  /** The sheet's used range, or null when the sheet is empty. */
  readUsedRange(sheet: string): Promise<UsedRange | null>;

  /** Executes a write plan: every sheet, table, format, chart and name in it. */
  execute(plan: WritePlan): Promise<ExecuteReport>;

  /**
   * The decision record stored in the workbook (raw JSON text as written by
   * `writeRecord`), or null when there is none. Rejects with an LbfError
   * (code badRecord) when the storage is damaged.
   */
  readRecord(): Promise<string | null>;

  /** Stores the decision record's JSON text (replacing the stored copy). */
  writeRecord(json: string): Promise<void>;

  /** Defines or redefines a workbook-scoped name (e.g. `LBF_Params`). */
  defineName(name: string, ref: RangeRef, comment?: string): Promise<void>;

  /** Workbook-scoped names. */
  listNames(): Promise<NameInfo[]>;

  /** The current selection; absent where there is no user (ExcelJS). */
  getSelection?(): Promise<Selection>;

  /** Brings a sheet to the front; absent where there is no user (ExcelJS). */
  activateSheet?(sheet: string): Promise<void>;
}
