/**
 * A write plan turned into Office.js operations (pure data), with each
 * operation's request size estimated, and grouped into batches that each fit
 * one `context.sync` under Excel on the web's 5 MB request limit.
 */
import { cellA1, rangeA1, refA1 } from '../workbook/address';
import {
  NUMBER_FORMATS,
  blockSize,
  isFormulaCell,
  type CellBlock,
  type CellStyle,
  type ChartPlan,
  type PageSetupPlan,
  type PlanCell,
  type SheetPlan,
  type SheetVisibility,
  type WritePlan,
} from '../workbook/plan';
import { isCellError } from '../workbook/values';
import { fitCellText } from '../workbook/cellText';
import { jsonBytes, splitRows } from './payload';

/** Excel on the web refuses requests over 5 MB; we keep 1 MB for the envelope. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const BATCH_BUDGET_BYTES = 4 * 1024 * 1024;
/** One range write stays under 1 MB, so a full batch holds at least 3 MB of cells. */
export const MAX_WRITE_BYTES = 1024 * 1024;
/** Rough size of one queued command's envelope (object path, method, ids). */
export const OP_OVERHEAD_BYTES = 256;
/**
 * Column width from Excel's characters of the default font to points: 7 px a
 * character plus 5 px of padding, at 0.75 pt a pixel.
 */
const POINTS_PER_CHAR = 5.25;
const WIDTH_PADDING_POINTS = 3.75;

/** What Office.js accepts in `range.values` (a string may hold a formula). */
export type OfficeValue = string | number | boolean | null;

export type OfficeOp =
  | { kind: 'sheet'; sheet: string; replace: boolean; position: number; bytes: number }
  | { kind: 'values'; sheet: string; address: string; values: OfficeValue[][]; bytes: number }
  | { kind: 'numberFormat'; sheet: string; address: string; formats: string[][]; bytes: number }
  | { kind: 'style'; sheet: string; address: string; style: CellStyle; bytes: number }
  | {
      kind: 'columnWidth';
      sheet: string;
      column: number;
      points: number;
      wrap: boolean;
      bytes: number;
    }
  | { kind: 'pageLayout'; sheet: string; setup: PageSetupPlan; bytes: number }
  | { kind: 'freeze'; sheet: string; rows: number; columns: number; bytes: number }
  | { kind: 'table'; sheet: string; address: string; name: string; style: string; bytes: number }
  | { kind: 'chart'; sheet: string; chart: ChartPlan; bytes: number }
  | {
      kind: 'sheetProps';
      sheet: string;
      visibility: SheetVisibility;
      first: boolean;
      activate: boolean;
      bytes: number;
    }
  | {
      kind: 'name';
      name: string;
      reference: string;
      comment: string;
      replace: boolean;
      bytes: number;
    };

/**
 * A plan cell as Office.js must receive it. Every string gets Excel's text
 * prefix `'` (hidden, not part of the value), so text starting with = + - @,
 * or looking like a number or date, stays text; formulas go in as formulas.
 * Text over Excel's 32,767 characters is cut with a marker.
 */
export function toOfficeValue(cell: PlanCell): OfficeValue {
  if (typeof cell === 'string') return `'${fitCellText(cell)}`;
  if (isFormulaCell(cell)) return cell.formula;
  if (isCellError(cell)) return cell.error;
  return cell;
}

function rectangular(values: PlanCell[][], columns: number): OfficeValue[][] {
  return values.map((row) =>
    Array.from({ length: columns }, (_, c) => toOfficeValue(row[c] ?? null)),
  );
}

function valueOps(sheet: string, row: number, column: number, values: PlanCell[][]): OfficeOp[] {
  const { columns } = blockSize(values);
  if (columns === 0) return [];
  return splitRows(rectangular(values, columns), MAX_WRITE_BYTES).map((part) => ({
    kind: 'values',
    sheet,
    values: part.rows,
    address: rangeA1(row + part.start, column, part.rows.length, columns),
    bytes: jsonBytes(part.rows) + OP_OVERHEAD_BYTES,
  }));
}

function blockOps(sheet: string, block: CellBlock): OfficeOp[] {
  const ops = valueOps(sheet, block.row, block.column, block.values);
  const { rows, columns } = blockSize(block.values);
  if (block.style && rows && columns) {
    ops.push({
      kind: 'style',
      sheet,
      style: block.style,
      bytes: OP_OVERHEAD_BYTES,
      address: rangeA1(block.row, block.column, rows, columns),
    });
  }
  return ops;
}

function formatOps(sheet: string, plan: SheetPlan): OfficeOp[] {
  const ranges = [...(plan.formats ?? [])];
  for (const t of plan.tables ?? []) {
    t.columnFormats?.forEach(
      (format, c) =>
        format &&
        ranges.push({
          row: t.row + 1,
          column: t.column + c,
          rows: Math.max(1, t.rows.length),
          columns: 1,
          format,
        }),
    );
  }
  return ranges.flatMap((f) => {
    const rows = Array.from({ length: f.rows }, () =>
      Array<string>(f.columns).fill(NUMBER_FORMATS[f.format]),
    );
    return splitRows(rows, MAX_WRITE_BYTES).map((part) => ({
      kind: 'numberFormat' as const,
      sheet,
      formats: part.rows,
      address: rangeA1(f.row + part.start, f.column, part.rows.length, f.columns),
      bytes: jsonBytes(part.rows) + OP_OVERHEAD_BYTES,
    }));
  });
}

function tableOps(sheet: string, plan: SheetPlan): OfficeOp[] {
  return (plan.tables ?? []).flatMap((t) => {
    const body = t.rows.length ? t.rows : [t.header.map(() => null)];
    return [
      ...valueOps(sheet, t.row, t.column, [t.header, ...body]),
      {
        kind: 'table' as const,
        sheet,
        name: t.name,
        style: t.style ?? 'TableStyleMedium2',
        address: rangeA1(t.row, t.column, body.length + 1, t.header.length),
        bytes: OP_OVERHEAD_BYTES,
      },
    ];
  });
}

/** What the executor learnt in its first sync: sheets (with positions) and names. */
export interface WorkbookState {
  sheets: { name: string; position: number }[];
  names: string[];
}

/** Every operation of one sheet, in the order they must run; position -1 = new sheet. */
export function sheetOps(plan: SheetPlan, position: number): OfficeOp[] {
  const sheet = plan.name;
  const small = OP_OVERHEAD_BYTES;
  return [
    { kind: 'sheet', sheet, replace: position >= 0, position, bytes: small },
    // Widths (and column wrap) first, so a styled line's own format wins over its column's.
    ...(plan.columnWidths ?? []).map((w) => ({
      kind: 'columnWidth' as const,
      sheet,
      column: w.column,
      points: w.widthChars * POINTS_PER_CHAR + WIDTH_PADDING_POINTS,
      wrap: w.wrap ?? false,
      bytes: small,
    })),
    ...plan.blocks.flatMap((b) => blockOps(sheet, b)),
    ...tableOps(sheet, plan),
    ...formatOps(sheet, plan),
    ...(plan.pageSetup
      ? [{ kind: 'pageLayout' as const, sheet, setup: plan.pageSetup, bytes: small }]
      : []),
    ...((plan.frozenRows ?? 0) + (plan.frozenColumns ?? 0) > 0
      ? [
          {
            kind: 'freeze' as const,
            sheet,
            rows: plan.frozenRows ?? 0,
            columns: plan.frozenColumns ?? 0,
            bytes: small,
          },
        ]
      : []),
    ...(plan.charts ?? []).map((chart) => ({
      kind: 'chart' as const,
      sheet,
      chart,
      bytes: jsonBytes(chart) + small,
    })),
    {
      kind: 'sheetProps',
      sheet,
      visibility: plan.visibility ?? 'visible',
      first: plan.position === 'first',
      activate: plan.activate ?? false,
      bytes: small,
    },
  ];
}

/**
 * All operations of a plan against the workbook as it is (sheet and name
 * comparisons ignore case, as Excel's do). A `create` sheet that exists is
 * refused by the caller before this runs.
 */
export function planOps(plan: WritePlan, state: WorkbookState): OfficeOp[] {
  const position = (name: string) =>
    state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.position ?? -1;
  const names = new Set(state.names.map((n) => n.toLowerCase()));
  return [
    ...plan.sheets.flatMap((s) => sheetOps(s, position(s.name))),
    ...(plan.names ?? []).map((n) => ({
      kind: 'name' as const,
      name: n.name,
      reference: `=${refA1(n.ref)}`,
      comment: n.comment ?? '',
      replace: names.has(n.name.toLowerCase()),
      bytes: OP_OVERHEAD_BYTES,
    })),
  ];
}

/**
 * Groups operations, in order, into batches of at most `budgetBytes` each
 * (an operation larger than the budget gets a batch of its own). With every
 * operation under MAX_WRITE_BYTES, each batch but the last holds more than
 * budget − MAX_WRITE_BYTES, so a plan of P bytes needs at most
 * ⌊P / (budget − MAX_WRITE_BYTES)⌋ + 1 batches.
 */
export function batchOps(ops: OfficeOp[], budgetBytes = BATCH_BUDGET_BYTES): OfficeOp[][] {
  const batches: OfficeOp[][] = [];
  let current: OfficeOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length && bytes + op.bytes > budgetBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Excel's default cell size in pixels, to turn a chart's pixel size into cells. */
const DEFAULT_COLUMN_PX = 64;
const DEFAULT_ROW_PX = 20;
const DEFAULT_CHART_WIDTH_PX = 480;
const DEFAULT_CHART_HEIGHT_PX = 300;

/** Position of a chart: its top-left cell and the cell its bottom-right corner reaches. */
export function chartCorners(chart: ChartPlan): { start: string; end: string } {
  const columns = Math.ceil((chart.widthPx ?? DEFAULT_CHART_WIDTH_PX) / DEFAULT_COLUMN_PX);
  const rows = Math.ceil((chart.heightPx ?? DEFAULT_CHART_HEIGHT_PX) / DEFAULT_ROW_PX);
  return {
    start: cellA1(chart.row, chart.column),
    end: cellA1(chart.row + rows, chart.column + columns),
  };
}
