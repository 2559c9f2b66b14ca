/**
 * Queues Office.js commands for operations (no sync here). Enum values are
 * written as their string literals so this file runs where the `Excel`
 * namespace does not exist (tests with a recording fake).
 */
import { columnLetters, refA1 } from '../workbook/address';
import type { CellStyle, ChartPlan, PageSetupPlan } from '../workbook/plan';
import { chartCorners, type OfficeOp } from './ops';

type Ctx = Excel.RequestContext;

/** Office.js names of the plan's visibilities and chart kinds. */
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
const CHART_TYPE = { line: 'Line', scatter: 'XYScatter' } as const;

/** Fonts and fills per style, as Office.js colour strings. */
const OFFICE_STYLES: Record<
  CellStyle,
  { bold?: boolean; italic?: boolean; size?: number; color?: string; fill?: string }
> = {
  title: { bold: true, size: 14 },
  section: { bold: true, size: 12, color: '#1F3864', fill: '#D9E1F2' },
  header: { bold: true },
  label: { bold: true },
  warning: { color: '#9C0006', fill: '#FFC7CE' },
  good: { bold: true, color: '#006100', fill: '#C6EFCE' },
  note: { italic: true, color: '#595959' },
};

/** Temporary name of a replacement sheet while the old one is deleted (≤ 31 characters). */
export function temporaryName(index: number): string {
  return `LBF_tmp_${index}_${Date.now().toString(36)}`.slice(0, 31);
}

function sheetOf(ctx: Ctx, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

/**
 * Adds a sheet. A replacement is added under a temporary name first and the
 * old sheet deleted afterwards, so the workbook never loses its last visible
 * sheet, then renamed and moved to the old sheet's position.
 */
function addSheet(ctx: Ctx, op: Extract<OfficeOp, { kind: 'sheet' }>, index: number): void {
  const sheets = ctx.workbook.worksheets;
  if (!op.replace) {
    sheets.add(op.sheet);
    return;
  }
  const fresh = sheets.add(temporaryName(index));
  const old = sheets.getItem(op.sheet);
  // Office.js refuses to delete a very hidden sheet (the stored record's).
  old.visibility = VISIBILITY.hidden as Excel.SheetVisibility;
  old.delete();
  fresh.name = op.sheet;
  fresh.position = op.position;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const s = OFFICE_STYLES[style];
  if (s.bold !== undefined) range.format.font.bold = s.bold;
  if (s.italic !== undefined) range.format.font.italic = s.italic;
  if (s.size !== undefined) range.format.font.size = s.size;
  if (s.color !== undefined) range.format.font.color = s.color;
  if (s.fill !== undefined) range.format.fill.color = s.fill;
  // Styled lines run on into empty neighbours even in a wrapped column.
  range.format.wrapText = false;
}

function addChart(ctx: Ctx, sheet: Excel.Worksheet, plan: ChartPlan): void {
  const rangeOf = (ref: ChartPlan['series'][number]['y']) =>
    sheetOf(ctx, ref.sheet).getRange(refA1(ref).split('!').pop() as string);
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = sheet.charts.add(
    CHART_TYPE[plan.kind] as Excel.ChartType,
    rangeOf(first.y),
    'Columns' as Excel.ChartSeriesBy,
  );
  chart.title.text = plan.title;
  const { start, end } = chartCorners(plan);
  chart.setPosition(start, end);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(rangeOf(first.x));
  for (const series of rest) {
    const s = chart.series.add(series.name);
    s.setValues(rangeOf(series.y));
    s.setXAxisValues(rangeOf(series.x));
  }
  if (plan.xAxisTitle) chart.axes.categoryAxis.title.text = plan.xAxisTitle;
  if (plan.yAxisTitle) chart.axes.valueAxis.title.text = plan.yAxisTitle;
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows && columns) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows) sheet.freezePanes.freezeRows(rows);
  else sheet.freezePanes.freezeColumns(columns);
}

/**
 * Print setup (ExcelApi 1.9; the executor drops this operation where the
 * requirement set is missing): orientation, fit to N pages wide and as many
 * tall as needed (0), title rows repeated on every page.
 */
function applyPageLayout(sheet: Excel.Worksheet, setup: PageSetupPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = (
    setup.orientation === 'landscape' ? 'Landscape' : 'Portrait'
  ) as Excel.PageOrientation;
  layout.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: 0 };
  if (setup.printTitleRows > 0) layout.setPrintTitleRows(`$1:$${setup.printTitleRows}`);
}

function applySheetProps(ctx: Ctx, op: Extract<OfficeOp, { kind: 'sheetProps' }>): void {
  const sheet = sheetOf(ctx, op.sheet);
  sheet.visibility = VISIBILITY[op.visibility] as Excel.SheetVisibility;
  if (op.first) sheet.position = 0;
  if (op.activate && op.visibility === 'visible') sheet.activate();
}

/** Queues the commands of one operation. `index` keeps temporary names unique. */
export function applyOp(ctx: Ctx, op: OfficeOp, index: number): void {
  switch (op.kind) {
    case 'sheet':
      return addSheet(ctx, op, index);
    case 'values':
      sheetOf(ctx, op.sheet).getRange(op.address).values = op.values;
      return;
    case 'numberFormat':
      sheetOf(ctx, op.sheet).getRange(op.address).numberFormat = op.formats;
      return;
    case 'style':
      return applyStyle(sheetOf(ctx, op.sheet).getRange(op.address), op.style);
    case 'columnWidth': {
      const letters = columnLetters(op.column);
      const format = sheetOf(ctx, op.sheet).getRange(`${letters}:${letters}`).format;
      format.columnWidth = op.points;
      if (op.wrap) {
        format.wrapText = true;
        format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
      }
      return;
    }
    case 'pageLayout':
      return applyPageLayout(sheetOf(ctx, op.sheet), op.setup);
    case 'freeze':
      return freeze(sheetOf(ctx, op.sheet), op.rows, op.columns);
    case 'table': {
      const table = sheetOf(ctx, op.sheet).tables.add(op.address, true);
      table.name = op.name;
      table.style = op.style;
      return;
    }
    case 'chart':
      return addChart(ctx, sheetOf(ctx, op.sheet), op.chart);
    case 'sheetProps':
      return applySheetProps(ctx, op);
    case 'name':
      if (op.replace) ctx.workbook.names.getItem(op.name).delete();
      ctx.workbook.names.add(op.name, op.reference, op.comment || undefined);
      return;
  }
}
