import { readMetricName, runScenario } from '../model';
import {
  normalizeName,
  PARAMETER_BY_NAME,
  scenarioFromTable,
  type ParameterTable,
  type Scenario,
} from '../params';
import type { DrawValues, Evaluate, MetricValues, UncertainParameter } from './simulate';
import { checkTriangle } from './triangular';

/** A parameter table plus what-if overrides: the scenario being studied. */
export interface ScenarioSource {
  table: ParameterTable;
  /** Name → value as from `parseOverrides`; overridden parameters are held fixed. */
  overrides?: Record<string, number | string>;
}

/**
 * The parameters to draw: every numeric table row with a Low or a High that
 * is not overridden. A missing bound is taken as the Value (Low only: the
 * value can fall but not rise). Integer parameters (weeks) are rounded per draw.
 * @param source the table and overrides
 * @returns the uncertain parameters in table order (the draw order)
 * @example uncertainParameters({ table: { rows: [] } }) // []
 */
export function uncertainParameters(source: ScenarioSource): UncertainParameter[] {
  const fixed = new Set(Object.keys(source.overrides ?? {}).map(normalizeName));
  const out: UncertainParameter[] = [];
  for (const row of source.table.rows) {
    if (typeof row.value !== 'number' || fixed.has(row.name)) continue;
    if (row.low === undefined && row.high === undefined) continue;
    const triangle = checkTriangle(row.name, {
      low: row.low ?? row.value,
      mode: row.value,
      high: row.high ?? row.value,
    });
    out.push({ name: row.name, triangle, integer: PARAMETER_BY_NAME.get(row.name)?.integer });
  }
  return out;
}

/**
 * Builds the scenario with the source's overrides and the given values on top.
 * @param source the table and overrides
 * @param values canonical values by parameter name (a draw, or one break-even probe)
 * @returns the checked scenario
 * @example scenarioWith(source, { inhouse_fte: 12 }).inhouse_fte // 12
 */
export function scenarioWith(source: ScenarioSource, values: DrawValues = {}): Scenario {
  return scenarioFromTable(source.table, { ...(source.overrides ?? {}), ...values });
}

/**
 * The model as a function of one draw, for `simulate`. When `metric` is
 * given and the model leaves it undefined for a draw (e.g. unbounded FRT),
 * the draw fails with the model's reason, so it is counted under that reason.
 * @param source the table and overrides
 * @param metric the metric the caller summarises, if one
 * @returns an evaluator returning every metric of the draw
 * @example simulate(spec, scenarioEvaluator(source, 'frt_hours'))
 */
export function scenarioEvaluator(source: ScenarioSource, metric?: string): Evaluate {
  return (draw) => {
    const run = runScenario(scenarioWith(source, draw));
    if (metric !== undefined && run.metrics[metric as keyof typeof run.metrics] === null) {
      const reason = run.unavailable[metric as keyof typeof run.unavailable];
      throw new Error(reason ?? `${metric} is not defined for this draw`);
    }
    return run.metrics as MetricValues;
  };
}

/**
 * Checks a metric name against the model's catalogue (MODEL.md section 4),
 * read as every function reads it (see `readMetricName`: "frt_hours (hours)" is frt_hours).
 * @param argument how messages name the argument
 * @param raw what was typed
 * @returns the canonical metric name
 * @example checkModelMetric('metric', 'FRT_hours') // 'frt_hours'
 */
export function checkModelMetric(argument: string, raw: unknown): string {
  return readMetricName(argument, raw);
}
