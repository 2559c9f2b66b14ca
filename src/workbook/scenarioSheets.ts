/**
 * The LBF Scenarios and LBF Projection sheets, one builder for both writers:
 * `lbf run` (ExcelJS adapter) and the task pane's step 4 (Office.js adapter,
 * or ExcelJS in the browser preview) execute the same plan. Pure: options'
 * runs in, write plan out. Every metric column is formatted by its unit.
 *
 * LBF Scenarios: the Excel table LBF_Scenarios (header in row 4): Option,
 * Name, the override columns, then every metric as `name (unit)`, each an
 * =LBF.SCENARIO formula with its computed value cached; below it the
 * trade-off (when the caller has one) and a cost-versus-quality scatter.
 * LBF Projection: the Excel table LBF_Projection (header in row 4), one row
 * per option and week, and a backlog-by-week line per option.
 */
import {
  METRICS,
  METRIC_BY_NAME,
  PROJECTION_COLUMNS,
  type Metrics,
  type WeekRow,
} from '../core/model';
import type { Tradeoff } from '../core/tradeoff';
import { columnLetters, type RangeRef } from './address';
import { formatForUnit } from './decisionLog/formats';
import {
  formula,
  type CellBlock,
  type ChartSeries,
  type FormatRange,
  type NumberFormatKind,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
  type WritePlan,
} from './plan';

export const SCENARIOS_SHEET = 'LBF Scenarios';
export const PROJECTION_SHEET = 'LBF Projection';
/** 0-based row of both sheets' table header (a title and a note above it). */
export const SCENARIO_HEADER_ROW = 3;
export const PROJECTION_HEADER_ROW = 3;

/** One option as both sheets show it. */
export interface ScenarioSheetOption {
  /** Option id (A, B …); the trade-off's rows are named by it. */
  id: string;
  name: string;
  /** Per override column, the value the option runs with (its override, else the table's). */
  values: Readonly<Record<string, number | string | null | undefined>>;
  metrics: Metrics;
  weeks: readonly WeekRow[];
}

export interface ScenarioSheetsInput {
  /** The parameter table in formulas: `'LBF Parameters'!$A$1:$H$38` or a name, `LBF_Params`. */
  parameters: string;
  /** The override columns, in order. */
  overrideNames: readonly string[];
  options: readonly ScenarioSheetOption[];
  /** Cost versus quality at the stated weight; without it the sheet has no trade-off part. */
  tradeoff?: Tradeoff;
  /** Make LBF Scenarios the active sheet. */
  activate?: boolean;
}

/**
 * The cached result of a metric cell. A TRUE/FALSE metric is cached as 1/0
 * (shown TRUE/FALSE by its format): LibreOffice recalculates formula cells
 * whose cached value is a boolean, which without the add-in gives #NAME?.
 * An undefined metric (null) is #N/A.
 * @example metricResult({ meets_targets: true } as Metrics, 'meets_targets') // 1
 */
export function metricResult(metrics: Metrics, name: keyof Metrics): PlanCell {
  const value = metrics[name];
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === null || value === undefined ? { error: '#N/A' } : value;
}

/**
 * The formula of one metric cell: =LBF.SCENARIO(parameters, the header's
 * override names, this row's values, this column's metric header).
 * @param params the parameter table reference or name
 * @param row 0-based sheet row of the option
 * @param overrideColumns override columns, from column C
 * @param metricColumn 0-based column of the metric
 * @example scenarioFormula('P!$A$1:$B$2', 4, 0, 2) // '=LBF.SCENARIO(P!$A$1:$B$2,,,C$4)'
 */
export function scenarioFormula(
  params: string,
  row: number,
  overrideColumns: number,
  metricColumn: number,
): string {
  const header = SCENARIO_HEADER_ROW + 1;
  const last = columnLetters(1 + overrideColumns);
  const names = overrideColumns > 0 ? `$C$${header}:$${last}$${header}` : '';
  const values = overrideColumns > 0 ? `$C${row + 1}:$${last}${row + 1}` : '';
  return `=LBF.SCENARIO(${params},${names},${values},${columnLetters(metricColumn)}$${header})`;
}

const unitFormat = (metric: string): NumberFormatKind =>
  formatForUnit(METRIC_BY_NAME.get(metric)?.unit ?? '');

function overrideCell(value: unknown): PlanCell {
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

function scenarioTable(input: ScenarioSheetsInput): TablePlan {
  const names = input.overrideNames;
  const first = 2 + names.length;
  const rows = input.options.map((o, i): PlanCell[] => {
    const row = SCENARIO_HEADER_ROW + 1 + i;
    const metrics = METRICS.map((d, m) =>
      formula(
        scenarioFormula(input.parameters, row, names.length, first + m),
        metricResult(o.metrics, d.name) as never,
      ),
    );
    return [o.id, o.name, ...names.map((n) => overrideCell(o.values[n])), ...metrics];
  });
  return {
    name: 'LBF_Scenarios',
    row: SCENARIO_HEADER_ROW,
    column: 0,
    style: 'TableStyleMedium2',
    header: ['Option', 'Name', ...names, ...METRICS.map((d) => `${d.name} (${d.unit})`)],
    rows,
    columnFormats: [
      ...Array<undefined>(first).fill(undefined),
      ...METRICS.map((d) => formatForUnit(d.unit)),
    ],
  };
}

function flipText(side: string, p?: { weight: number; to: string }): string {
  return p ? `weight ${p.weight.toFixed(3)}: option ${p.to}` : `${side}: no change`;
}

/** The trade-off's lines (quality weight as 0.000) and its table, from row `top`. */
function tradeoffPart(t: Tradeoff, input: ScenarioSheetsInput, top: number) {
  const names = new Map(input.options.map((o) => [o.id, o.name]));
  const blocks: CellBlock[] = [
    { row: top, column: 0, style: 'section', values: [['Trade-off: cost versus quality']] },
    {
      row: top + 1,
      column: 0,
      values: [
        ['Quality weight', t.qualityWeight],
        ['Recommended option', t.recommended ?? 'none: no option meets every hard constraint'],
        ['Recommendation changes below', flipText('weight', t.flipBelow)],
        ['Recommendation changes above', flipText('weight', t.flipAbove)],
      ],
    },
  ];
  const format: FormatRange = { row: top + 1, column: 1, rows: 1, columns: 1, format: 'weight' };
  const table: TablePlan = {
    name: 'LBF_Tradeoff',
    row: top + 6,
    column: 0,
    style: 'TableStyleMedium2',
    header: [
      'Option',
      'Name',
      'Cost per week',
      'Quality index',
      'Efficiency index',
      'Score',
      'Dominated by',
      'Breaks constraints',
      'Recommended',
    ],
    rows: t.rows.map((r) => [
      r.name,
      names.get(r.name) ?? '',
      r.costPerWeek,
      r.qualityIndex,
      r.efficiencyIndex,
      r.score,
      r.dominatedBy ?? '',
      r.broken.join('; '),
      r.recommended,
    ]),
    columnFormats: [
      undefined,
      undefined,
      unitFormat('cost_per_week'),
      unitFormat('quality_index'),
      unitFormat('efficiency_index'),
      unitFormat('score'),
    ],
  };
  return { blocks, format, table };
}

function cell(sheet: string, row: number, column: number, rows = 1): RangeRef {
  return { sheet, row, column, rows, columns: 1 };
}

/** Cost per week (x) against quality index (y), one series per option, from LBF_Scenarios. */
function scatterSeries(input: ScenarioSheetsInput): ChartSeries[] {
  const first = 2 + input.overrideNames.length;
  const cost = first + METRICS.findIndex((d) => d.name === 'cost_per_week');
  const quality = first + METRICS.findIndex((d) => d.name === 'quality_index');
  return input.options.map((o, i) => {
    const row = SCENARIO_HEADER_ROW + 1 + i;
    const x = cell(SCENARIOS_SHEET, row, cost);
    return { name: o.id, x, y: cell(SCENARIOS_SHEET, row, quality) };
  });
}

/** The LBF Scenarios sheet. */
export function scenariosSheet(input: ScenarioSheetsInput): SheetPlan {
  const table = scenarioTable(input);
  const top = SCENARIO_HEADER_ROW + input.options.length + 2;
  const trade = input.tradeoff ? tradeoffPart(input.tradeoff, input, top) : undefined;
  const chartRow = trade ? trade.table.row + trade.table.rows.length + 2 : top;
  return {
    name: SCENARIOS_SHEET,
    mode: 'replace',
    ...(input.activate ? { activate: true } : {}),
    frozenRows: SCENARIO_HEADER_ROW + 1,
    blocks: [
      { row: 0, column: 0, style: 'title', values: [['LBF Scenarios: one row per option']] },
      {
        row: 1,
        column: 0,
        style: 'note',
        values: [
          [
            `Each metric cell is =LBF.SCENARIO(` +
              `${input.parameters}, the override names of row ${SCENARIO_HEADER_ROW + 1}, the row's ` +
              "values, the column's metric), with the value LBF computed cached; Excel with the LBF " +
              'add-in recalculates it. Override cells show the value each option runs with.',
          ],
        ],
      },
      ...(trade?.blocks ?? []),
    ],
    tables: trade ? [table, trade.table] : [table],
    ...(trade ? { formats: [trade.format] } : {}),
    charts: [
      {
        kind: 'scatter',
        title: 'Cost per week versus quality index',
        row: chartRow,
        column: 0,
        xAxisTitle: 'Cost per week',
        yAxisTitle: 'Quality index',
        series: scatterSeries(input),
      },
    ],
    columnWidths: table.header.map((h, column) => ({
      column,
      widthChars: column === 1 ? 26 : Math.min(30, Math.max(11, h.length + 2)),
    })),
  };
}

const PROJECTION_HEADER = [
  'Option',
  ...PROJECTION_COLUMNS.map((c) => `${c.name} (${c.unit})`),
  'backlog (tickets)',
];

function weekCells(id: string, w: WeekRow): PlanCell[] {
  const values = PROJECTION_COLUMNS.map((c) => (w[c.key] ?? { error: '#N/A' }) as PlanCell);
  return [id, ...values, w.backlogT1Tickets + w.backlogT2Tickets];
}

/** Backlog by week, one series per option over that option's own rows. */
function backlogSeries(options: readonly ScenarioSheetOption[]): ChartSeries[] {
  const backlog = PROJECTION_HEADER.length - 1;
  let row = PROJECTION_HEADER_ROW + 1;
  return options.map((o) => {
    const rows = Math.max(1, o.weeks.length);
    const series = {
      name: `${o.id} ${o.name}`,
      x: cell(PROJECTION_SHEET, row, 1, rows),
      y: cell(PROJECTION_SHEET, row, backlog, rows),
    };
    row += o.weeks.length;
    return series;
  });
}

/** The LBF Projection sheet: every option's weekly figures in one table. */
export function projectionSheet(input: Pick<ScenarioSheetsInput, 'options'>): SheetPlan {
  const rows = input.options.flatMap((o) => o.weeks.map((w) => weekCells(o.id, w)));
  const header = PROJECTION_HEADER_ROW;
  return {
    name: PROJECTION_SHEET,
    mode: 'replace',
    frozenRows: header + 1,
    blocks: [
      {
        row: 0,
        column: 0,
        style: 'title',
        values: [['LBF Projection: every option, week by week']],
      },
      {
        row: 1,
        column: 0,
        style: 'note',
        values: [
          [
            'Values, computed when LBF wrote this ' +
              "sheet; =LBF.PROJECTION(parameters, names, values) gives one option's weeks live.",
          ],
        ],
      },
    ],
    tables: [
      {
        name: 'LBF_Projection',
        row: header,
        column: 0,
        header: PROJECTION_HEADER,
        rows,
        style: 'TableStyleLight9',
        columnFormats: [
          undefined,
          ...PROJECTION_COLUMNS.map((c) => formatForUnit(c.unit)),
          formatForUnit('tickets'),
        ],
      },
    ],
    charts: [
      {
        kind: 'line',
        title: 'Backlog by week per option',
        row: header,
        column: PROJECTION_HEADER.length + 1,
        xAxisTitle: 'Week',
        yAxisTitle: 'Tickets',
        series: backlogSeries(input.options),
      },
    ],
    columnWidths: PROJECTION_HEADER.map((h, column) => ({
      column,
      widthChars: Math.max(9, Math.min(28, h.length + 2)),
    })),
  };
}

/**
 * Both sheets, LBF Scenarios first.
 * @example scenarioSheets({ parameters: 'LBF_Params', overrideNames: [], options: [] })
 *   .sheets.map((s) => s.name) // ['LBF Scenarios', 'LBF Projection']
 */
export function scenarioSheets(input: ScenarioSheetsInput): WritePlan {
  return { sheets: [scenariosSheet(input), projectionSheet(input)] };
}
