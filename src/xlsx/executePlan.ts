/**
 * Executes a write plan into an ExcelJS workbook: values, formulas with cached
 * results, number formats, styles, column widths, frozen panes, tables,
 * visibility and workbook names. ExcelJS cannot write charts: their data is in
 * the plan's blocks, and a note at each chart's place says the add-in draws it.
 */
import type { Cell, CellValue as RawValue, Workbook as ExcelJsWorkbook, Worksheet } from 'exceljs';
import { fail } from '../core/errors';
import { cellA1, definedNameProblem, refA1, sheetNameProblem } from '../workbook/address';
import {
  NUMBER_FORMATS,
  isFormulaCell,
  type ChartPlan,
  type ExecuteReport,
  type NamePlan,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
  type WritePlan,
} from '../workbook/plan';
import { isCellError } from '../workbook/values';
import { breakLines, fitCellText } from '../workbook/cellText';
import { assertPlanWritable } from '../workbook/validatePlan';
import { XLSX_STYLES } from './styles';

/**
 * A plan cell as ExcelJS stores it. Strings stay strings (ExcelJS never parses
 * them), cut to Excel's 32,767 characters with a marker if longer.
 */
export function toRaw(cell: PlanCell): RawValue {
  if (typeof cell === 'string') return fitCellText(cell);
  if (isFormulaCell(cell)) {
    // ExcelJS wants the formula without its leading '='.
    const formula = cell.formula.replace(/^=/, '');
    return cell.result === undefined
      ? ({ formula, date1904: false } as RawValue)
      : ({ formula, result: cell.result, date1904: false } as RawValue);
  }
  if (isCellError(cell)) return { error: cell.error } as RawValue;
  return cell;
}

function setCell(cell: Cell, value: PlanCell): void {
  cell.value = toRaw(value);
}

type Ordered = Worksheet & { orderNo: number };

/** The sheet named `name`, compared without case as Excel compares sheet names. */
export function findSheet(wb: ExcelJsWorkbook, name: string): Worksheet | undefined {
  const lower = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

function prepareSheet(wb: ExcelJsWorkbook, plan: SheetPlan): Worksheet {
  const problem = sheetNameProblem(plan.name);
  if (problem)
    fail({
      code: 'badFile',
      argument: `Sheet name ${JSON.stringify(plan.name)}`,
      details: { reason: problem },
    });
  const existing = findSheet(wb, plan.name);
  if (existing && plan.mode === 'create') {
    fail({
      code: 'duplicateName',
      argument: 'Sheet',
      value: plan.name,
      details: { where: 'the workbook' },
    });
  }
  // ExcelJS orders sheets by an untyped `orderNo`: a replaced sheet keeps its place.
  const orderNo = existing ? (existing as Ordered).orderNo : undefined;
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(plan.name) as Ordered;
  if (orderNo !== undefined) ws.orderNo = orderNo;
  else if (plan.position === 'first') {
    ws.orderNo = Math.min(0, ...wb.worksheets.map((s) => (s as Ordered).orderNo)) - 1;
  }
  ws.state = plan.visibility ?? 'visible';
  return ws;
}

function writeBlocks(ws: Worksheet, plan: SheetPlan): number {
  let cells = 0;
  for (const block of plan.blocks) {
    const style = block.style ? XLSX_STYLES[block.style] : undefined;
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = ws.getCell(block.row + r + 1, block.column + c + 1);
        setCell(cell, value);
        if (style) {
          cell.font = style.font;
          if (style.fill) cell.fill = style.fill;
        }
        cells++;
      }),
    );
  }
  return cells;
}

function applyLayout(ws: Worksheet, plan: SheetPlan): void {
  for (const f of plan.formats ?? []) {
    for (let r = 0; r < f.rows; r++) {
      for (let c = 0; c < f.columns; c++) {
        ws.getCell(f.row + r + 1, f.column + c + 1).numFmt = NUMBER_FORMATS[f.format];
      }
    }
  }
  for (const w of plan.columnWidths ?? []) {
    const column = ws.getColumn(w.column + 1);
    column.width = w.widthChars;
    if (w.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  }
  keepStyledLinesUnwrapped(ws, plan);
  applyPageSetup(ws, plan.pageSetup);
  const ySplit = plan.frozenRows ?? 0;
  const xSplit = plan.frozenColumns ?? 0;
  if (ySplit > 0 || xSplit > 0) {
    ws.views = [{ state: 'frozen', ySplit, xSplit, topLeftCell: cellA1(ySplit, xSplit) }];
  }
}

/**
 * Titles, section heads, warnings and notes run on into the empty cells to
 * their right; a wrapped column would fold them into its width instead.
 */
function keepStyledLinesUnwrapped(ws: Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    if (!block.style) continue;
    block.values.forEach((line, r) =>
      line.forEach((_, c) => {
        ws.getCell(block.row + r + 1, block.column + c + 1).alignment = { wrapText: false };
      }),
    );
  }
}

function applyPageSetup(ws: Worksheet, setup: SheetPlan['pageSetup']): void {
  if (!setup) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.fitToPagesWide,
    // 0 = as many pages tall as needed.
    fitToHeight: 0,
    ...(setup.printTitleRows > 0 ? { printTitlesRow: `1:${setup.printTitleRows}` } : {}),
  };
}

function addTable(ws: Worksheet, table: TablePlan): number {
  const problem = definedNameProblem(table.name);
  if (problem)
    fail({ code: 'badFile', argument: `Table name ${table.name}`, details: { reason: problem } });
  const width = table.header.length;
  const rows = (table.rows.length ? table.rows : [[]]).map((row) =>
    Array.from({ length: width }, (_, c) => toRaw(row[c] ?? null)),
  );
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellA1(table.row, table.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style ?? 'TableStyleMedium2') as never, showRowStripes: true },
    columns: table.header.map((name) => ({ name: fitCellText(name), filterButton: true })),
    rows,
  });
  table.columnFormats?.forEach((format, c) => {
    if (!format) return;
    rows.forEach((_, r) => {
      ws.getCell(table.row + r + 2, table.column + c + 1).numFmt = NUMBER_FORMATS[format];
    });
  });
  return (rows.length + 1) * width;
}

/** The sentence written where a chart would be, naming its data ranges. */
export function chartNote(chart: ChartPlan): string {
  const data = chart.series.map((s) => `${s.name}: ${refA1(s.y, false)}`).join('; ');
  return (
    `Chart "${chart.title}" (${chart.kind}): drawn as a native chart by the LBF add-in; ` +
    `this file holds its data (${data}).`
  );
}

/**
 * Characters per row of a chart note. The note goes down the chart's place in
 * short rows: one long cell would run far to the right, and printing with
 * fit-to-width would shrink the whole page to reach its end.
 */
export const CHART_NOTE_LINE_CHARS = 40;

function writeChartNotes(ws: Worksheet, charts: ChartPlan[]): void {
  for (const chart of charts) {
    breakLines(chartNote(chart), CHART_NOTE_LINE_CHARS).forEach((line, i) => {
      const cell = ws.getCell(chart.row + 1 + i, chart.column + 1);
      cell.value = line;
      cell.font = XLSX_STYLES.note.font;
      cell.alignment = { wrapText: false };
    });
  }
}

/** Defines (or redefines) a workbook name in ExcelJS. */
export function defineXlsxName(wb: ExcelJsWorkbook, name: NamePlan): void {
  const problem = definedNameProblem(name.name);
  if (problem)
    fail({ code: 'badFile', argument: `Name ${name.name}`, details: { reason: problem } });
  for (const range of wb.definedNames.getRanges(name.name).ranges) {
    wb.definedNames.remove(range, name.name);
  }
  wb.definedNames.add(refA1(name.ref), name.name);
}

/** ExcelJS keeps a sheet's tables in an untyped map keyed by name. */
function tableNames(wb: ExcelJsWorkbook): string[] {
  return wb.worksheets.flatMap((ws) =>
    Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}),
  );
}

/** Excel refuses a workbook whose table names repeat (ignoring case). */
function refuseDuplicateTables(wb: ExcelJsWorkbook, plan: SheetPlan): void {
  const taken = new Set(tableNames(wb).map((n) => n.toLowerCase()));
  for (const table of plan.tables ?? []) {
    const key = table.name.toLowerCase();
    if (taken.has(key)) {
      fail({
        code: 'duplicateName',
        argument: 'Table',
        value: table.name,
        details: { where: 'the workbook' },
      });
    }
    taken.add(key);
  }
}

function writeSheet(wb: ExcelJsWorkbook, plan: SheetPlan, report: ExecuteReport): void {
  const ws = prepareSheet(wb, plan);
  refuseDuplicateTables(wb, plan);
  report.cellsWritten += writeBlocks(ws, plan);
  for (const table of plan.tables ?? []) report.cellsWritten += addTable(ws, table);
  applyLayout(ws, plan);
  writeChartNotes(ws, plan.charts ?? []);
  report.tables += plan.tables?.length ?? 0;
  report.chartsAsNotes += plan.charts?.length ?? 0;
  report.sheets.push(plan.name);
}

/**
 * Makes `name` the active tab, or, when none is asked for, moves the active
 * tab off a hidden sheet (Excel must open on a visible one).
 */
function activate(wb: ExcelJsWorkbook, name: string | undefined): void {
  const sheets = wb.worksheets;
  const current = wb.views?.[0]?.activeTab ?? 0;
  let index = name === undefined ? current : sheets.findIndex((s) => s.name === name);
  if (sheets[index]?.state !== 'visible') index = sheets.findIndex((s) => s.state === 'visible');
  if (index < 0 || (index === current && wb.views?.length)) return;
  wb.views = [{ ...(wb.views?.[0] ?? {}), activeTab: index, firstSheet: 0 } as never];
}

/**
 * Writes every sheet of the plan, in order, then its names.
 * @returns what was written; `chartsDrawn` is always 0 (ExcelJS cannot draw charts)
 */
export function executeXlsxPlan(wb: ExcelJsWorkbook, plan: WritePlan): ExecuteReport {
  assertPlanWritable(plan);
  const report: ExecuteReport = {
    sheets: [],
    cellsWritten: 0,
    tables: 0,
    chartsDrawn: 0,
    chartsAsNotes: 0,
  };
  for (const sheet of plan.sheets) writeSheet(wb, sheet, report);
  for (const name of plan.names ?? []) defineXlsxName(wb, name);
  activate(wb, plan.sheets.find((s) => s.activate)?.name);
  return report;
}
