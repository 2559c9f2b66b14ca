/**
 * Runs the workbook's options through the weekly model and the trade-off:
 * the parameter table with each option's overrides, then cost versus quality
 * under the stated quality weight and hard constraints.
 */
import { runScenario, METRIC_NAMES, type ScenarioRun } from '../core/model';
import {
  nearestName, normalizeName, parseParameterTable, scenarioFromTable,
  type ParameterTable, type Scenario,
} from '../core/params';
import type { MetricRule } from '../core/record';
import { evaluateTradeoff, type Constraint, type Tradeoff } from '../core/tradeoff';
import { inputError, withLocation } from './cliError';
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

const PARAMETER_HEADERS = ['name', 'parameter', 'value', 'unit', 'units', 'low', 'min', 'high',
  'max', 'owner', 'source', 'note', 'notes', 'comment'];

/** A header row (Name in A1) may hold only known column names; a typo names its cell. */
function checkParameterHeader(grid: Grid): void {
  const first = grid.values[0] ?? [];
  const words = first.map((c) => (typeof c === 'string' ? normalizeName(c) : ''));
  if (words[0] !== 'name' && words[0] !== 'parameter') return;
  words.forEach((w, c) => {
    if (w === '' || PARAMETER_HEADERS.includes(w)) return;
    const near = nearestName(w, PARAMETER_HEADERS);
    inputError(`${whereOf(grid, 0, c)}: the header ${JSON.stringify(first[c])} is not a ` +
      `column of the parameter table${near ? `; did you mean ${capital(near)}?` : '.'} ` +
      'The columns are Name, Value, Unit, Low, High, Owner, Source, Note.');
  });
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Parses the parameter sheet (values from A1, so row numbers are sheet rows). */
export function readParameterTable(grid: Grid): ParameterTable {
  checkParameterHeader(grid);
  return withLocation(`sheet "${grid.sheet}"`,
    () => parseParameterTable(grid.values, { argument: grid.sheet }));
}

/** Hard constraints of the record as the trade-off reads them. */
export function toConstraints(rules: readonly MetricRule[]): Constraint[] {
  return rules.map((r) => ({ metric: r.metric, comparison: r.comparison,
    threshold: r.threshold, text: `${r.metric} ${r.comparison} ${r.threshold}` }));
}

/**
 * Runs every option and the trade-off.
 * @param onProgress called before each option, for a terminal progress line
 */
export function evaluateOptions(
  table: ParameterTable, options: readonly OptionInput[], rules: readonly MetricRule[],
  onProgress: (text: string) => void = () => undefined,
): Evaluation {
  const base = withLocation('sheet "LBF Parameters"', () => scenarioFromTable(table));
  if (base.budget_per_week === undefined) {
    inputError('Sheet "LBF Parameters" has no budget_per_week: the trade-off needs it to ' +
      'weigh cost against quality (efficiency index = budget ÷ cost per week). Add a row ' +
      'budget_per_week | <money per week>.');
  }
  const runs = options.map((option, i) => {
    onProgress(`option ${option.id} (${i + 1} of ${options.length})`);
    const where = `${option.where} (option ${option.id})`;
    const scenario = withLocation(where, () => scenarioFromTable(table, option.overrides));
    return { option, scenario, run: withLocation(where, () => runScenario(scenario)) };
  });
  const tradeoff = withLocation('the trade-off over the options', () => evaluateTradeoff(
    runs.map((r) => ({ name: r.option.id, metrics: r.run.metrics })),
    base.quality_weight, toConstraints(rules)));
  return { table, base, runs, tradeoff };
}

/** Every metric name the model computes (for triggers and constraints). */
export const KNOWN_METRICS: readonly string[] = METRIC_NAMES;
