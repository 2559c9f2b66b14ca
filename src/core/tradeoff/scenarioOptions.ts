import { isBlank } from '../args';
import { fail, isLbfError, LbfError } from '../errors';
import { METRIC_NAMES, runScenario } from '../model';
import { flattenCells, parseOverrides, scenarioFromTable, type ParameterTable } from '../params';
import { readCellText } from '../params/cells';
import { parseConstraints } from './constraints';
import { evaluateTradeoff, type Tradeoff, type TradeoffOption } from './tradeoff';

/** One option: its name and the parameter overrides that define it. */
export interface ScenarioOption {
  name: string;
  overrides: Record<string, number | string>;
}

/**
 * Reads options from three ranges: option names (a column or a row), the
 * overridden parameter names, and a values block with one row per option
 * (names as a column of options) or one column per option (names as a row).
 * A blank value leaves that parameter at the table's value for that option.
 * @param optionNames the options' names, e.g. A, B, C; unique
 * @param overrideNames the parameters the options change
 * @param values n options × k names, or k × n
 * @returns the options in order
 * @example readOptions([['A'], ['B']], [['inhouse_fte']], [[10], [12]])[1].overrides
 * // { inhouse_fte: 12 }
 */
export function readOptions(
  optionNames: unknown,
  overrideNames: unknown,
  values: unknown,
): ScenarioOption[] {
  const names = optionNameCells(optionNames, values);
  if (names.length === 0) fail({ code: 'required', argument: 'optionNames' });
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) {
      fail({
        code: 'duplicateName',
        argument: 'Option',
        value: n,
        details: { where: `optionNames items ${names.indexOf(n) + 1} and ${i + 1}` },
      });
    }
  });
  const parameters = isBlank(overrideNames) ? [] : flattenCells(overrideNames);
  const rows = optionRows(optionNames, names.length, parameters.length, values);
  return names.map((name, i) => ({ name, overrides: pairs(parameters, rows[i]) }));
}

/**
 * The option names, trailing blank cells dropped. A blank name before a
 * named one, or a trailing blank whose values are filled in, is an option
 * without a name: say which cell, not that the block has the wrong shape.
 */
function optionNameCells(optionNames: unknown, values: unknown): string[] {
  const cells = flattenCells(optionNames).map((c, i) =>
    readCellText(`optionNames item ${i + 1}`, c),
  );
  let count = cells.length;
  while (count > 0 && cells[count - 1] === '') count -= 1;
  const block = grid(values);
  const valuesOf = (i: number): unknown[] =>
    block.length === cells.length ? block[i] : block.map((row) => row[i]);
  const blank = cells.findIndex(
    (name, i) => name === '' && (i < count || valuesOf(i).some((v) => !isBlank(v))),
  );
  if (blank >= 0) {
    fail({
      code: 'blankName',
      argument: `optionNames item ${blank + 1}`,
      details: {
        because: 'every option needs a name',
        hint: 'Name it, or remove its values from optionOverrideValues.',
      },
    });
  }
  return cells.slice(0, count);
}

function grid(values: unknown): unknown[][] {
  if (isBlank(values)) return [];
  if (!Array.isArray(values)) return [[values]];
  return (values as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
}

function optionRows(optionNames: unknown, n: number, k: number, values: unknown): unknown[][] {
  const block = grid(values);
  if (k === 0) return Array.from({ length: n }, () => []);
  const height = block.length;
  const width = height > 0 ? block[0].length : 0;
  const namesInColumn = Array.isArray(optionNames) && (optionNames as unknown[]).length > 1;
  const byRows = height === n && width === k;
  const byColumns = height === k && width === n;
  if (byRows && (namesInColumn || !byColumns)) return block;
  if (byColumns) return Array.from({ length: n }, (_, i) => block.map((row) => row[i]));
  return fail({
    code: 'shapeMismatch',
    argument: 'optionOverrideValues',
    value: `${height} × ${width} cells`,
    details: {
      problem:
        `must hold one value per option and parameter: ${n} × ${k} (options in rows) or ` +
        `${k} × ${n} (options in columns)`,
    },
  });
}

/** Blank values keep the table's value (parseOverrides skips them, items keep their numbers). */
function pairs(parameters: unknown[], row: unknown[]): Record<string, number | string> {
  return parseOverrides(
    parameters,
    parameters.map((_, j) => row[j] ?? ''),
  );
}

/**
 * The trade-off over options built from one parameter table: runs the model
 * per option, then `evaluateTradeoff`. The quality weight defaults to the
 * table's quality_weight (0.5 when not set).
 * @param table the parameter table
 * @param options names and overrides, from `readOptions`
 * @param qualityWeight share in [0, 1], or undefined for the table's
 * @param constraints constraint text or range (see `parseConstraints`), or null
 * @returns rows, recommendation and flip weights
 * @example scenarioTradeoff(table, readOptions(...), 0.5, 'cost_per_week<=50000').recommended
 */
export function scenarioTradeoff(
  table: ParameterTable,
  options: readonly ScenarioOption[],
  qualityWeight: number | undefined,
  constraints: unknown,
): Tradeoff {
  const parsed = parseConstraints(constraints, METRIC_NAMES);
  const weight = qualityWeight ?? scenarioFromTable(table).quality_weight;
  const runs: TradeoffOption[] = options.map((o) => ({
    name: o.name,
    metrics: metricsOf(table, o),
  }));
  return evaluateTradeoff(runs, weight, parsed);
}

function metricsOf(table: ParameterTable, option: ScenarioOption) {
  try {
    return runScenario(scenarioFromTable(table, option.overrides)).metrics;
  } catch (e) {
    if (!isLbfError(e)) throw e;
    throw new LbfError(
      { code: 'noSolution', argument: `Option ${option.name}`, details: { reason: e.message } },
      e.kind,
    );
  }
}
