/* eslint-disable @typescript-eslint/no-explicit-any --
 * the metadata generator reads these signatures: Excel ranges are any[][]. */
/**
 * Custom functions for scenarios (MODEL.md sections 2–4): LBF.SCENARIO,
 * LBF.METRICS, LBF.PROJECTION and LBF.PARAMETERS. Thin adapters: ranges to a
 * parameter table and overrides, the core's metrics and weeks back to Excel.
 * A metric or weekly figure that is not defined becomes #N/A with the reason.
 */
import { fail } from '../core/errors';
import {
  METRIC_NAMES,
  METRICS,
  PROJECTION_COLUMNS,
  readMetricList,
  runScenario,
  type MetricName,
  type ProjectionColumn,
  type ScenarioRun,
} from '../core/model';
import {
  flattenCells,
  nearestName,
  normalizeName,
  parseOverrides,
  parseParameterTable,
  PARAMETERS,
  rangeText,
  readCellText,
  scenarioFromTable,
  type ParameterTable,
} from '../core/params';
import { excelError, guard } from './excelErrors';

type Cell = string | number | boolean | ReturnType<typeof excelError>;

/** Column names picked from a range: one per cell, or `,`/`;`-separated; "x (unit)" is x. */
function pickNames<T>(
  argument: string,
  raw: unknown,
  all: readonly string[],
  lookup: (name: string) => T | undefined,
): T[] | undefined {
  const typed = flattenCells(raw)
    .map((c, i) => readCellText(`${argument} item ${i + 1}`, c))
    .flatMap((text) => text.split(/[,;]/))
    .filter((text) => text.trim() !== '')
    .map((text) => normalizeName(text.replace(/\s*\(.*\)\s*$/, '')));
  if (typed.length === 0) return undefined;
  return typed.map(
    (name) =>
      lookup(name) ??
      fail({
        code: 'unknownName',
        argument,
        value: name,
        details: { suggestion: nearestName(name, all) },
      }),
  );
}

function pickMetrics(raw: unknown): MetricName[] {
  return readMetricList('metric', raw) ?? [...METRIC_NAMES];
}

function pickColumns(raw: unknown): readonly ProjectionColumn[] {
  const names = PROJECTION_COLUMNS.map((c) => c.name);
  return (
    pickNames('column', raw, names, (n) => PROJECTION_COLUMNS.find((c) => c.name === n)) ??
    PROJECTION_COLUMNS
  );
}

/**
 * Parsed parameter tables by content: a scenario table evaluates LBF.SCENARIO
 * once per row on the same parameter range, and parsing it is most of a row's
 * cost. Parsed tables are never mutated, so sharing them is safe.
 */
const parsedTables = new Map<string, ParameterTable>();
const PARSED_TABLES_KEPT = 16;

function parseCached(parameters: unknown): ParameterTable {
  const key = JSON.stringify(parameters) ?? '';
  let table = parsedTables.get(key);
  if (table === undefined) {
    table = parseParameterTable(parameters as unknown[][]);
    if (parsedTables.size >= PARSED_TABLES_KEPT) parsedTables.clear();
    parsedTables.set(key, table);
  }
  return table;
}

function run(parameters: unknown, names: unknown, values: unknown): ScenarioRun {
  const table = parseCached(parameters);
  return runScenario(scenarioFromTable(table, parseOverrides(names, values)));
}

function metricCell(result: ScenarioRun, name: MetricName): Cell {
  const value = result.metrics[name];
  if (value === null)
    return excelError('na', result.unavailable[name] ?? `${name} is not defined.`);
  return value;
}

/**
 * One row of scenario metrics for a parameter table with overrides applied. Build a
 * scenario table with one row per option: the override names in the header, the
 * values in the row, LBF.SCENARIO at its end.
 * @customfunction SCENARIO
 * @param parameters Parameter table: columns Name, Value and optionally Unit, Low, High, Owner, Source, Note; header row optional.
 * @param [names] Parameter names to override (a row or a column), e.g. the scenario table's header.
 * @param [values] Override values in the parameters' canonical units (see LBF.PARAMETERS), one per name; "25%" is read as 0.25.
 * @param [metrics] Metric names to return, in order (default: all, as LBF.METRICS lists them).
 * @returns One row of metrics; a metric that is not defined shows #N/A with the reason.
 */
export function scenario(
  parameters: any[][],
  names?: any[][],
  values?: any[][],
  metrics?: any[][],
): any[][] {
  return guard(() => {
    const picked = pickMetrics(metrics);
    const result = run(parameters, names, values);
    return [picked.map((name) => metricCell(result, name))];
  }) as any[][];
}

/**
 * Header row for LBF.SCENARIO: each metric's name and unit, e.g. "frt_hours (hours)".
 * @customfunction METRICS
 * @param [metrics] Metric names, in order (default: all).
 * @returns One row of headers.
 */
export function metricsHeader(metrics?: any[][]): any[][] {
  return guard(() => [
    pickMetrics(metrics).map((name) => {
      const unit = METRICS.find((m) => m.name === name)?.unit ?? '';
      return `${name} (${unit})`;
    }),
  ]) as any[][];
}

/**
 * The scenario's weekly table, with a header row, for charts and checks.
 * @customfunction PROJECTION
 * @param parameters Parameter table: columns Name, Value and optionally Unit, Low, High, Owner, Source, Note; header row optional.
 * @param [names] Parameter names to override (a row or a column).
 * @param [values] Override values in canonical units, one per name.
 * @param [columns] Column names to return, in order (default: all), e.g. "week, inbound, backlog_t1, frt".
 * @returns Header row "name (unit)" then one row per week; #N/A where a week's figure is not defined.
 */
export function projection(
  parameters: any[][],
  names?: any[][],
  values?: any[][],
  columns?: any[][],
): any[][] {
  return guard(() => {
    const picked = pickColumns(columns);
    const weeks = run(parameters, names, values).projection.weeks;
    const header = picked.map((c) => `${c.name} (${c.unit})`);
    return [
      header,
      ...weeks.map((week) =>
        picked.map((c): Cell => {
          const value = week[c.key];
          if (typeof value === 'number' && !Number.isFinite(value)) {
            return excelError(
              'na',
              `${c.name} in week ${week.week} is beyond the range of numbers LBF can ` +
                "compute (it overflows); bring the extreme parameter values closer to a real team's.",
            );
          }
          return value === null
            ? excelError('na', `${c.name} is not defined in week ${week.week}.`)
            : value;
        }),
      ),
    ];
  }) as any[][];
}

/**
 * The parameter catalogue, laid out as a parameter table to start from: Name, Value
 * (the default; blank = required or not set), Unit, Range, Kind, Description.
 * @customfunction PARAMETERS
 * @returns Header row then one row per parameter.
 */
export function parameters(): any[][] {
  return guard(() => [
    ['Name', 'Value', 'Unit', 'Range', 'Kind', 'Description'],
    ...PARAMETERS.map((d) => [
      d.name,
      d.defaultValue ?? '',
      d.unit,
      rangeText(d),
      d.required ? `${d.kind}, required` : d.kind,
      d.description,
    ]),
  ]) as any[][];
}
