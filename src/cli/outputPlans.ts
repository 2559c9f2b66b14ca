/**
 * Write plans of the sheets `lbf run` adds: LBF Scenarios (one row per
 * option, each metric an LBF.SCENARIO formula with its computed value cached,
 * then the trade-off) and LBF Projection (every option's weeks). Pure: the
 * same plans could be executed by the Office.js adapter.
 */
import { METRICS, PROJECTION_COLUMNS, type Metrics } from '../core/model';
import type { Scenario } from '../core/params';
import {
  columnLetters, formula, quoteSheetName, rangeA1, type ChartSeries, type PlanCell, type SheetPlan,
} from '../workbook';
import type { Evaluation, OptionRun } from './evaluate';
import type { Grid } from './sheetGrid';

export const SCENARIOS_SHEET = 'LBF Scenarios';
export const PROJECTION_SHEET = 'LBF Projection';
/** 0-based row of the scenario table's header (title and note above it). */
export const SCENARIO_HEADER_ROW = 3;

/** `'LBF Parameters'!$A$1:$H$40`: the whole parameter table as read. */
export function parameterRangeRef(grid: Grid): string {
  const rows = Math.max(1, grid.values.length);
  const columns = Math.max(2, grid.values[0]?.length ?? 2);
  return `${quoteSheetName(grid.sheet)}!${rangeA1(0, 0, rows, columns, true)}`;
}

/**
 * The cached result of a metric cell. A TRUE/FALSE metric is cached as 1/0:
 * LibreOffice recalculates formula cells whose cached value is a boolean (and
 * without the add-in that gives #NAME?), while it keeps cached numbers. Excel
 * with the add-in recalculates the cell to TRUE/FALSE.
 */
export function metricResult(metrics: Metrics, name: keyof Metrics): PlanCell {
  const value = metrics[name];
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === null ? { error: '#N/A' } : value;
}

/**
 * The formula of one metric cell: =LBF.SCENARIO(parameters, header names,
 * this row's values, this column's metric header).
 */
export function scenarioFormula(
  params: string, row: number, overrideColumns: number, metricColumn: number,
): string {
  const header = SCENARIO_HEADER_ROW + 1;
  const last = columnLetters(1 + overrideColumns);
  const names = overrideColumns > 0 ? `$C$${header}:$${last}$${header}` : '';
  const values = overrideColumns > 0 ? `$C${row + 1}:$${last}${row + 1}` : '';
  return `=LBF.SCENARIO(${params},${names},${values},${columnLetters(metricColumn)}$${header})`;
}

function overrideCell(run: OptionRun, name: string): PlanCell {
  const value = run.scenario[name as keyof Scenario];
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

function scenarioRows(e: Evaluation, params: string, overrideNames: string[]): PlanCell[][] {
  return e.runs.map((run, i) => {
    const row = SCENARIO_HEADER_ROW + 1 + i;
    const metrics = METRICS.map((d, m) => formula(
      scenarioFormula(params, row, overrideNames.length, 2 + overrideNames.length + m),
      metricResult(run.run.metrics, d.name) as never));
    return [run.option.id, run.option.name, ...overrideNames.map((n) => overrideCell(run, n)),
      ...metrics];
  });
}

function tradeoffBlock(e: Evaluation, top: number): SheetPlan['blocks'] {
  const t = e.tradeoff;
  const flip = (p?: { weight: number; to: string }, side = '') =>
    (p ? `${side} ${p.weight.toFixed(3)}: option ${p.to}` : `${side}: no change`);
  return [
    { row: top, column: 0, style: 'section', values: [['Trade-off: cost versus quality']] },
    { row: top + 1, column: 0, values: [
      ['Quality weight', t.qualityWeight],
      ['Recommended option', t.recommended ?? 'none: no option meets every hard constraint'],
      ['Recommendation changes below', flip(t.flipBelow, 'weight')],
      ['Recommendation changes above', flip(t.flipAbove, 'weight')],
    ] },
  ];
}

function tradeoffTable(e: Evaluation, row: number): NonNullable<SheetPlan['tables']>[number] {
  const names = new Map(e.runs.map((r) => [r.option.id, r.option.name]));
  return {
    name: 'LBF_Tradeoff', row, column: 0, style: 'TableStyleMedium2',
    header: ['Option', 'Name', 'Cost per week', 'Quality index', 'Efficiency index', 'Score',
      'Dominated by', 'Breaks constraints', 'Recommended'],
    rows: e.tradeoff.rows.map((r) => [r.name, names.get(r.name) ?? '', r.costPerWeek,
      r.qualityIndex, r.efficiencyIndex, r.score, r.dominatedBy ?? '', r.broken.join('; '),
      r.recommended]),
    columnFormats: [undefined, undefined, 'money0', 'decimal1', 'decimal1', 'decimal1'],
  };
}

/** The LBF Scenarios sheet. */
export function scenariosSheet(e: Evaluation, params: string, overrideNames: string[]): SheetPlan {
  const header = ['Option', 'Name', ...overrideNames,
    ...METRICS.map((d) => `${d.name} (${d.unit})`)];
  const rows = scenarioRows(e, params, overrideNames);
  const tradeTop = SCENARIO_HEADER_ROW + rows.length + 2;
  const tableRow = tradeTop + 6;
  const firstMetric = 2 + overrideNames.length;
  return {
    name: SCENARIOS_SHEET, mode: 'replace', frozenRows: SCENARIO_HEADER_ROW + 1,
    blocks: [
      { row: 0, column: 0, style: 'title', values: [['LBF Scenarios: one row per option']] },
      { row: 1, column: 0, style: 'note', values: [['Each metric cell is =LBF.SCENARIO(' +
        `${params}, the override names of row ${SCENARIO_HEADER_ROW + 1}, the row's values, ` +
        'the column\'s metric). Values are cached by lbf run; Excel with the LBF add-in ' +
        'recalculates them. Override cells show the value each option runs with.']] },
      ...tradeoffBlock(e, tradeTop),
    ],
    tables: [{ name: 'LBF_Scenarios', row: SCENARIO_HEADER_ROW, column: 0, header, rows,
      style: 'TableStyleMedium2' }, tradeoffTable(e, tableRow)],
    formats: [{ row: SCENARIO_HEADER_ROW + 1, column: firstMetric, rows: rows.length,
      columns: METRICS.length, format: 'decimal2' }],
    charts: [{ kind: 'scatter', title: 'Cost per week versus quality index',
      row: tableRow + rows.length + 2, column: 0, xAxisTitle: 'Cost per week',
      yAxisTitle: 'Quality index', series: tradeoffSeries(e, tableRow) }],
    columnWidths: header.map((h, column) => ({ column,
      widthChars: column === 1 ? 26 : Math.min(30, Math.max(11, h.length + 2)) })),
  };
}

function tradeoffSeries(e: Evaluation, tableRow: number): ChartSeries[] {
  return e.tradeoff.rows.map((r, i) => ({ name: r.name,
    x: { sheet: SCENARIOS_SHEET, row: tableRow + 1 + i, column: 2, rows: 1, columns: 1 },
    y: { sheet: SCENARIOS_SHEET, row: tableRow + 1 + i, column: 3, rows: 1, columns: 1 } }));
}

const PROJECTION_HEADER = ['Option', ...PROJECTION_COLUMNS.map((c) => `${c.name} (${c.unit})`),
  'backlog (tickets)'];

/** The LBF Projection sheet: every option's weekly figures in one table. */
export function projectionSheet(e: Evaluation): SheetPlan {
  const rows: PlanCell[][] = e.runs.flatMap((r) => r.run.projection.weeks.map((w) => [
    r.option.id, ...PROJECTION_COLUMNS.map((c) => (w[c.key] ?? { error: '#N/A' }) as PlanCell),
    w.backlogT1Tickets + w.backlogT2Tickets]));
  const weeks = e.runs[0]?.run.projection.weeks.length ?? 0;
  const backlogColumn = PROJECTION_HEADER.length - 1;
  const series: ChartSeries[] = e.runs.map((r, i) => ({ name: `${r.option.id} ${r.option.name}`,
    x: { sheet: PROJECTION_SHEET, row: 4 + i * weeks, column: 1, rows: weeks, columns: 1 },
    y: { sheet: PROJECTION_SHEET, row: 4 + i * weeks, column: backlogColumn, rows: weeks,
      columns: 1 } }));
  return {
    name: PROJECTION_SHEET, mode: 'replace', frozenRows: 4,
    blocks: [
      { row: 0, column: 0, style: 'title', values: [['LBF Projection: every option, week by week']] },
      { row: 1, column: 0, style: 'note', values: [['Values computed by lbf run; in Excel, ' +
        '=LBF.PROJECTION(parameters, names, values) gives one option\'s weeks live.']] },
    ],
    tables: [{ name: 'LBF_Projection', row: 3, column: 0, header: PROJECTION_HEADER, rows,
      style: 'TableStyleLight9' }],
    formats: [{ row: 4, column: 2, rows: Math.max(1, rows.length),
      columns: PROJECTION_HEADER.length - 2, format: 'decimal1' }],
    charts: [{ kind: 'line', title: 'Backlog by week per option', row: 3,
      column: PROJECTION_HEADER.length + 1, xAxisTitle: 'Week', yAxisTitle: 'Tickets', series }],
    columnWidths: PROJECTION_HEADER.map((h, column) =>
      ({ column, widthChars: Math.max(9, Math.min(28, h.length + 2)) })),
  };
}
