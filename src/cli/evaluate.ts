/**
 * Runs the workbook's options through the weekly model and the trade-off:
 * the parameter table with each option's overrides, then cost versus quality
 * under the stated quality weight and hard constraints.
 */
import { runScenario, METRIC_NAMES, type ScenarioRun } from '../core/model';
import {
  nearestName,
  normalizeName,
  parseParameterTable,
  scenarioFromTable,
  type ParameterTable,
  type Scenario,
} from '../core/params';
import type { MetricRule } from '../core/record';
import { evaluateTradeoff, type Constraint, type Tradeoff } from '../core/tradeoff';
import { isLbfError } from '../core/errors';
import { cellA1 } from '../workbook';
import { CliError, inputError, withLocation } from './cliError';
import type { OptionInput } from './optionsSheet';
import { whereOf, type Grid } from './sheetGrid';

/** One option run: its input, the scenario used and the model's answer. */
export interface OptionRun {
  option: OptionInput;
  scenario: Scenario;
  run: ScenarioRun;
}

export interface Evaluation {
  table: ParameterTable;
  base: Scenario;
  runs: OptionRun[];
  tradeoff: Tradeoff;
}

const PARAMETER_HEADERS = [
  'name',
  'parameter',
  'value',
  'unit',
  'units',
  'low',
  'min',
  'high',
  'max',
  'owner',
  'source',
  'note',
  'notes',
  'comment',
];

/** A header row (Name in A1) may hold only known column names; a typo names its cell. */
function checkParameterHeader(grid: Grid): void {
  const first = grid.values[0] ?? [];
  const words = first.map((c) => (typeof c === 'string' ? normalizeName(c) : ''));
  if (words[0] !== 'name' && words[0] !== 'parameter') return;
  words.forEach((w, c) => {
    if (w === '' || PARAMETER_HEADERS.includes(w)) return;
    const near = nearestName(w, PARAMETER_HEADERS);
    inputError(
      `${whereOf(grid, 0, c)}: the header ${JSON.stringify(first[c])} is not a ` +
        `column of the parameter table${near ? `; did you mean ${capital(near)}?` : '.'} ` +
        'The columns are Name, Value, Unit, Low, High, Owner, Source, Note.',
    );
  });
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Parses the parameter sheet (values from A1, so row numbers are sheet rows). */
export function readParameterTable(grid: Grid): ParameterTable {
  checkParameterHeader(grid);
  try {
    return parseParameterTable(grid.values, { argument: grid.sheet });
  } catch (e) {
    if (!isLbfError(e)) throw e;
    throw new CliError(`Sheet "${grid.sheet}": ${withCells(e.message, grid)}`);
  }
}

/** Column of Value, Low and High: from the header row, else the positional layout. */
function columnOf(grid: Grid, which: string): number {
  const first = (grid.values[0] ?? []).map((c) => (typeof c === 'string' ? normalizeName(c) : ''));
  const words: Record<string, string[]> = {
    name: ['name', 'parameter'],
    value: ['value'],
    low: ['low', 'min'],
    high: ['high', 'max'],
  };
  const found = first.findIndex((w) => (words[which] ?? []).includes(w));
  return found >= 0 ? found : ({ name: 0, value: 1, low: 3, high: 4 }[which] ?? 1);
}

/**
 * The parser names rows ("quality_weight High (row 10)"); the command line
 * names the cell: "quality_weight High (cell 'LBF Parameters'!E10)".
 */
function withCells(message: string, grid: Grid): string {
  const aboutName = /unknown parameter|twice|duplicate/i.test(message);
  return message.replace(/(\b(Low|High) )?\(row (\d+)\)/g, (_all, _l, which, row) => {
    const c = columnOf(grid, (which ?? (aboutName ? 'name' : 'value')).toLowerCase());
    return `${_l ?? ''}(cell '${grid.sheet}'!${cellA1(Number(row) - 1, grid.column + c)})`;
  });
}

/** Hard constraints of the record as the trade-off reads them. */
export function toConstraints(rules: readonly MetricRule[]): Constraint[] {
  return rules.map((r) => ({
    metric: r.metric,
    comparison: r.comparison,
    threshold: r.threshold,
    text: `${r.metric} ${r.comparison} ${r.threshold}`,
  }));
}

/**
 * Runs every option and the trade-off.
 * @param onProgress called before each option, for a terminal progress line
 */
export function evaluateOptions(
  table: ParameterTable,
  options: readonly OptionInput[],
  rules: readonly MetricRule[],
  onProgress: (text: string) => void = () => undefined,
): Evaluation {
  const base = withLocation('sheet "LBF Parameters"', () => scenarioFromTable(table));
  if (base.budget_per_week === undefined) {
    inputError(
      'Sheet "LBF Parameters" has no budget_per_week: the trade-off needs it to ' +
        'weigh cost against quality (efficiency index = budget ÷ cost per week). Add a row ' +
        'budget_per_week | <money per week>.',
    );
  }
  const runs = options.map((option, i) => {
    onProgress(`option ${option.id} (${i + 1} of ${options.length})`);
    const where = `${option.where} (option ${option.id})`;
    const scenario = withLocation(where, () => scenarioFromTable(table, option.overrides));
    return { option, scenario, run: withLocation(where, () => runScenario(scenario)) };
  });
  const tradeoff = withLocation('the trade-off over the options', () =>
    evaluateTradeoff(
      runs.map((r) => ({ name: r.option.id, metrics: r.run.metrics })),
      base.quality_weight,
      toConstraints(rules),
    ),
  );
  return { table, base, runs, tradeoff };
}

/** Every metric name the model computes (for triggers and constraints). */
export const KNOWN_METRICS: readonly string[] = METRIC_NAMES;
