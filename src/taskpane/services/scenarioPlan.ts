/**
 * The write plan of step 4: the scenario table (one row per option, its
 * override values, then one `=LBF.SCENARIO(...)` cell per metric with the
 * value the core computed cached in it), the weekly backlog projection, and
 * the two charts (backlog by week per option; cost per week against quality).
 */
import { METRIC_BY_NAME, type Metrics } from '../../core/model';
import {
  formula,
  rangeA1,
  type NumberFormatKind,
  type PlanCell,
  type SheetPlan,
  type WritePlan,
} from '../../workbook';
import { RANGE_SPECS } from '../state/rangeSpecs';
import type { OptionRun } from './options';

export const SCENARIO_SHEET = 'LBF Scenarios';
export const PROJECTION_SHEET = 'LBF Projection';
/** The metrics the scenario table shows, cost and quality first (the scatter reads them). */
export const TABLE_METRICS = [
  'cost_per_week',
  'quality_index',
  'efficiency_index',
  'score',
  'backlog_end',
  'backlog_peak',
  'frt_hours',
  'frt_attainment',
  'resolution_rate',
  'cost_total',
] as const;
const HEADER_ROW = 3;
const UNIT_FORMATS: Record<string, NumberFormatKind> = {
  tickets: 'integer',
  hours: 'hours',
  share: 'percent1',
  money: 'money0',
  'money/week': 'money0',
  'index 0–100': 'decimal1',
};

function cached(metrics: Metrics, name: string): PlanCell {
  const value = metrics[name as keyof Metrics];
  return value === null || value === undefined ? { error: '#N/A' } : value;
}

/** Every override name used by any option, in first-seen order. */
function overrideNames(options: OptionRun[]): string[] {
  return [...new Set(options.flatMap((o) => Object.keys(o.overrides)))];
}

function scenarioSheet(options: OptionRun[], base: Record<string, unknown>): SheetPlan {
  const names = overrideNames(options);
  const first = 2;
  const metricColumn = first + names.length;
  const header = [
    'Option',
    'Description',
    ...names,
    ...TABLE_METRICS.map((m) => `${m} (${METRIC_BY_NAME.get(m)?.unit ?? ''})`),
  ];
  const namesRef = rangeA1(HEADER_ROW, first, 1, names.length, true);
  const rows = options.map((o, i): PlanCell[] => {
    const row = HEADER_ROW + 1 + i;
    const values = rangeA1(row, first, 1, names.length);
    const cells = names.map((n) => (o.overrides[n] ?? base[n] ?? null) as PlanCell);
    const metricCells = TABLE_METRICS.map((m) =>
      formula(
        `=LBF.SCENARIO(${RANGE_SPECS.parameters.name},${namesRef},${values},"${m}")`,
        cached(o.run.metrics, m) as number,
      ),
    );
    return [`${o.id}: ${o.name}`, o.description, ...cells, ...metricCells];
  });
  const formats = TABLE_METRICS.map((m, j) => ({
    row: HEADER_ROW + 1,
    column: metricColumn + j,
    rows: options.length,
    columns: 1,
    format: UNIT_FORMATS[METRIC_BY_NAME.get(m)?.unit ?? ''] ?? 'decimal2',
  }));
  const top = HEADER_ROW + options.length + 2;
  return {
    name: SCENARIO_SHEET,
    mode: 'replace',
    activate: true,
    frozenRows: HEADER_ROW + 1,
    blocks: [
      { row: 0, column: 0, values: [['LBF scenarios']], style: 'title' },
      {
        row: 1,
        column: 0,
        style: 'note',
        values: [
          [
            "Each metric is =LBF.SCENARIO(LBF_Params, override names, the option's values, " +
              'metric); ' +
              'values are in canonical units.',
          ],
        ],
      },
      { row: HEADER_ROW, column: 0, values: [header], style: 'header' },
      { row: HEADER_ROW + 1, column: 0, values: rows },
    ],
    formats,
    columnWidths: header.map((h, column) => ({
      column,
      widthChars: Math.min(28, Math.max(10, h.length + 2)),
    })),
    charts: [
      {
        kind: 'scatter',
        title: 'Cost per week against quality index',
        row: top,
        column: 0,
        xAxisTitle: 'Cost per week',
        yAxisTitle: 'Quality index',
        series: options.map((o, i) => ({
          name: o.id,
          x: {
            sheet: SCENARIO_SHEET,
            row: HEADER_ROW + 1 + i,
            column: metricColumn,
            rows: 1,
            columns: 1,
          },
          y: {
            sheet: SCENARIO_SHEET,
            row: HEADER_ROW + 1 + i,
            column: metricColumn + 1,
            rows: 1,
            columns: 1,
          },
        })),
      },
    ],
  };
}

function projectionSheet(options: OptionRun[]): SheetPlan {
  const weeks = Math.max(...options.map((o) => o.run.projection.weeks.length));
  const header = ['Week', ...options.map((o) => `Backlog ${o.id} (tickets)`)];
  const rows = Array.from({ length: weeks }, (_x, w): PlanCell[] => [
    w + 1,
    ...options.map((o) => {
      const week = o.run.projection.weeks[w];
      return week ? week.backlogT1Tickets + week.backlogT2Tickets : null;
    }),
  ]);
  return {
    name: PROJECTION_SHEET,
    mode: 'replace',
    frozenRows: 1,
    blocks: [
      { row: 0, column: 0, values: [header], style: 'header' },
      { row: 1, column: 0, values: rows },
    ],
    formats: [{ row: 1, column: 1, rows: weeks, columns: options.length, format: 'integer' }],
    columnWidths: header.map((h, column) => ({ column, widthChars: Math.max(8, h.length + 2) })),
    charts: [
      {
        kind: 'line',
        title: 'Backlog by week',
        row: 1,
        column: options.length + 2,
        xAxisTitle: 'Week',
        yAxisTitle: 'Tickets',
        series: options.map((o, i) => ({
          name: `${o.id}: ${o.name}`,
          x: { sheet: PROJECTION_SHEET, row: 1, column: 0, rows: weeks, columns: 1 },
          y: { sheet: PROJECTION_SHEET, row: 1, column: 1 + i, rows: weeks, columns: 1 },
        })),
      },
    ],
  };
}

/**
 * The scenario and projection sheets for the options' runs.
 * @param base canonical base values (the parameter table with defaults), for
 *   override columns an option leaves at the base
 */
export function scenarioPlan(options: OptionRun[], base: Record<string, unknown>): WritePlan {
  return { sheets: [projectionSheet(options), scenarioSheet(options, base)] };
}
