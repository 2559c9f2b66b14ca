/**
 * The ExcelJS adapter of the workbook port. It does no file I/O: it loads
 * from and saves to bytes, so both the command line (Node) and the task
 * pane's in-browser preview can run it.
 */
import ExcelJS from 'exceljs';
import { fail, isLbfError } from '../core/errors';
import { parseA1, rangeA1, type RangeRef } from '../workbook/address';
import type { ExecuteReport, WritePlan } from '../workbook/plan';
import type { NameInfo, SheetInfo, UsedRange, Workbook } from '../workbook/port';
import { RECORD_SHEET_NAME, readRecordCells, recordWritePlan } from '../workbook/recordStore';
import type { CellValues } from '../workbook/values';
import { defineXlsxName, executeXlsxPlan, findSheet } from './executePlan';
import { loadQuietly } from './loadWorkbook';
import { readRect, usedBounds } from './readCells';

/** Bytes of an .xlsx file as Node or a browser hands them over. */
export type XlsxBytes = ArrayBuffer | Uint8Array;

export class XlsxWorkbook implements Workbook {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** An empty workbook (no sheets). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** Loads an .xlsx from bytes; rejects with an LbfError (badFile) if they are not one. */
  static async load(bytes: XlsxBytes): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    try {
      await loadQuietly(wb, toArrayBuffer(bytes));
    } catch (e) {
      if (isLbfError(e)) throw e;
      fail({
        code: 'badFile',
        argument: 'The workbook',
        details: {
          reason: `it could not be read as .xlsx (${(e as Error).message})`,
          hint: 'Save it from Excel as an Excel Workbook (.xlsx).',
        },
      });
    }
    return new XlsxWorkbook(wb);
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    const out = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(out as ArrayBuffer);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state }));
  }

  async readRange(sheet: string, address: string): Promise<CellValues> {
    const ws = this.sheet(sheet);
    const rect = parseA1(address);
    if (!rect) {
      fail({
        code: 'badFile',
        argument: `Address ${JSON.stringify(address)}`,
        details: {
          reason: 'it is not a cell or range address',
          hint: 'Write it as A1 or A1:H40.',
        },
      });
    }
    return readRect(ws, rect.row, rect.column, rect.rows, rect.columns);
  }

  async readUsedRange(sheet: string): Promise<UsedRange | null> {
    const ws = this.sheet(sheet);
    const b = usedBounds(ws);
    if (!b) return null;
    return {
      sheet,
      address: rangeA1(b.row, b.column, b.rows, b.columns),
      row: b.row,
      column: b.column,
      values: readRect(ws, b.row, b.column, b.rows, b.columns),
    };
  }

  async execute(plan: WritePlan): Promise<ExecuteReport> {
    return executeXlsxPlan(this.workbook, plan);
  }

  async readRecord(): Promise<string | null> {
    const ws = findSheet(this.workbook, RECORD_SHEET_NAME);
    if (!ws) return null;
    const b = usedBounds(ws);
    const rows = b ? b.row + b.rows : 1;
    return readRecordCells(readRect(ws, 0, 0, rows, 4));
  }

  async writeRecord(json: string): Promise<void> {
    executeXlsxPlan(this.workbook, recordWritePlan(json));
  }

  async defineName(name: string, ref: RangeRef, comment?: string): Promise<void> {
    defineXlsxName(this.workbook, { name, ref, comment });
  }

  async listNames(): Promise<NameInfo[]> {
    return this.workbook.definedNames.model.map((n) => ({
      name: n.name,
      formula: `=${n.ranges.join(',')}`,
    }));
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = findSheet(this.workbook, name);
    if (!ws) {
      const known = this.workbook.worksheets.map((s) => s.name).join(', ');
      fail({
        code: 'unknownName',
        argument: 'sheet',
        value: name,
        details: {
          hint: `The workbook has: ${known || 'no sheets'}.`,
        },
      });
    }
    return ws;
  }
}

function toArrayBuffer(bytes: XlsxBytes): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
