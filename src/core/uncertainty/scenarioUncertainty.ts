import type { NumberSpec } from '../args';
import { fail } from '../errors';
import { PARAMETER_BY_NAME } from '../params';
import { checkParameterNumber } from '../params/values';
import type { Comparison } from '../triggers/comparison';
import { findBreakEven, type BreakEven } from './breakEven';
import {
  confidenceOf,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  MAX_DRAWS,
  rangeOf,
  type Confidence,
  type MetricRange,
} from './confidence';
import { type FailureTally } from './failures';
import {
  checkModelMetric,
  scenarioEvaluator,
  scenarioWith,
  uncertainParameters,
  type ScenarioSource,
} from './scenarioDraws';
import {
  simulate,
  simulateAsync,
  type AsyncSimulationOptions,
  type SimulationResult,
} from './simulate';

/** Bounds of the draw count argument: each draw is one model run. */
export const DRAWS_SPEC: NumberSpec = {
  min: 1,
  max: MAX_DRAWS,
  integer: true,
  fallback: DEFAULT_DRAWS,
  hint: `Each draw runs the model once; ${DEFAULT_DRAWS} draws take up to about a second.`,
};
/** Bounds of the seed argument (mulberry32 uses 32 bits). */
export const SEED_SPEC: NumberSpec = {
  min: 0,
  max: 4294967295,
  integer: true,
  fallback: DEFAULT_SEED,
};

export interface DrawSettings {
  draws: number;
  seed: number;
}

/** A summary plus what it rests on: drawn parameters and failed draws. */
export interface Report {
  parameters: string[];
  draws: number;
  failures: FailureTally[];
}

/**
 * Probability that a scenario metric meets a threshold over seeded triangular
 * draws of every parameter with Low/High (MODEL.md section 5).
 * @param source parameter table and overrides
 * @param metric metric name (MODEL.md section 4)
 * @param comparison `<`, `<=`, `>` or `>=`
 * @param threshold in the metric's unit
 * @param settings draw count (1–100,000) and seed
 * @returns the probability, its bounds if some draws failed, and the failures
 * @example scenarioConfidence(source, 'frt_attainment', '>=', 0.9, { draws: 1000, seed: 1 })
 */
export function scenarioConfidence(
  source: ScenarioSource,
  metric: string,
  comparison: Comparison,
  threshold: number,
  settings: DrawSettings,
): Confidence & Report {
  const result = runDraws(source, metric, settings);
  return {
    ...confidenceOf(result.samples[metric], comparison, threshold),
    ...report(source, result),
  };
}

/**
 * P10 / P50 / P90 (type 7) of a scenario metric over seeded triangular draws.
 * @param source parameter table and overrides
 * @param metric metric name
 * @param settings draw count and seed
 * @returns the percentiles in the metric's unit and the failures
 * @example scenarioRange(source, 'cost_per_week', { draws: 1000, seed: 1 }).p50
 */
export function scenarioRange(
  source: ScenarioSource,
  metric: string,
  settings: DrawSettings,
): MetricRange & Report {
  const result = runDraws(source, metric, settings);
  return { ...rangeOf(result.samples[metric]), ...report(source, result) };
}

/**
 * The batched form for the task pane: several metrics at once, progress
 * after each batch, cancel through an AbortSignal. Input errors (a bad
 * override) are thrown before the first draw, not counted as failures.
 * @param source parameter table and overrides
 * @param metrics metric names to keep
 * @param settings draw count, seed and optional batch size
 * @param options progress callback, abort signal, pause between batches
 * @returns every kept value and the failures (partial when cancelled)
 * @example await simulateScenarioAsync(source, ['cost_per_week'], { draws: 1000, seed: 1 }, {})
 */
export function simulateScenarioAsync(
  source: ScenarioSource,
  metrics: readonly string[],
  settings: DrawSettings & { batchSize?: number },
  options: AsyncSimulationOptions = {},
): Promise<SimulationResult> {
  scenarioWith(source);
  const spec = { ...settings, parameters: uncertainParameters(source), metrics };
  return simulateAsync(spec, scenarioEvaluator(source), options);
}

function runDraws(source: ScenarioSource, metric: string, settings: DrawSettings) {
  checkModelMetric('metric', metric);
  scenarioWith(source);
  const spec = { ...settings, parameters: uncertainParameters(source), metrics: [metric] };
  return simulate(spec, scenarioEvaluator(source, metric));
}

function report(source: ScenarioSource, result: SimulationResult): Report {
  return {
    parameters: uncertainParameters(source).map((p) => p.name),
    draws: result.completedDraws,
    failures: result.failures,
  };
}

/**
 * Break-even of a scenario parameter: the value within [low, high] (default
 * the parameter's Low and High) at which the metric reaches the threshold,
 * by bisection after a monotonicity check (see `findBreakEven`).
 * @param source parameter table and overrides
 * @param parameter a numeric parameter that takes any value (not a week count)
 * @param metric metric name
 * @param threshold in the metric's unit
 * @param range low and high in the parameter's canonical unit; each defaults to the table's
 * @returns the break-even value, its bracket and the direction of the response
 * @example scenarioBreakEven(source, 'inhouse_fte', 'cost_per_week', 50000, {}).value
 */
export function scenarioBreakEven(
  source: ScenarioSource,
  parameter: string,
  metric: string,
  threshold: number,
  range: { low?: number; high?: number },
): BreakEven {
  const def = PARAMETER_BY_NAME.get(parameter);
  if (!def || def.kind === 'choice' || def.integer) {
    fail({
      code: 'badChoice',
      argument: 'parameter',
      value: parameter,
      details: {
        choices:
          'a numeric parameter that can take any value in its range ' +
          '(not routing or a week count)',
      },
    });
  }
  scenarioWith(source);
  // A share's 90 is refused here, as "90 %?", not as a model failure at the grid's 4.5.
  for (const [which, value] of Object.entries(range)) {
    if (value !== undefined) checkParameterNumber(def, value, `${which} (${parameter})`);
  }
  const row = source.table.rows.find((r) => r.name === parameter);
  const low = range.low ?? row?.low;
  const high = range.high ?? row?.high;
  if (low === undefined || high === undefined) {
    fail({ code: 'required', argument: `low and high for ${parameter}` });
  }
  checkModelMetric('metric', metric);
  const probe = scenarioEvaluator(source, metric);
  return findBreakEven({ parameter, metric, low, high, threshold }, (x) =>
    Number(probe({ [parameter]: x }, 0)[metric]),
  );
}

/**
 * The probability as one number, or an #N/A error when some draws had no
 * value for the metric: the message gives how many, why, and the bounds.
 * @param result from `scenarioConfidence`
 * @param metric the metric's name, for the message
 * @returns the probability as a share in [0, 1]
 * @example completeProbability({ probability: 0.9, missing: 0, ... }, 'frt_hours') // 0.9
 */
export function completeProbability(result: Confidence & Report, metric: string): number {
  if (result.missing === 0) return result.probability;
  return incomplete(
    `Confidence of ${metric}`,
    metric,
    result,
    `Counting them as not meeting the threshold gives ${share(result.probabilityLow)}, ` +
      `as meeting it ${share(result.probabilityHigh)}.`,
  );
}

/**
 * P10/P50/P90 as a row, or an #N/A error when some draws had no value.
 * @param result from `scenarioRange`
 * @param metric the metric's name, for the message
 * @returns [P10, P50, P90] in the metric's unit
 * @example completeRange(range, 'cost_per_week') // [41000, 44000, 47500]
 */
export function completeRange(result: MetricRange & Report, metric: string): number[] {
  if (result.missing === 0) return [result.p10, result.p50, result.p90];
  return incomplete(`Range of ${metric}`, metric, result, '');
}

function incomplete(
  argument: string,
  metric: string,
  result: Report & { missing: number },
  bounds: string,
): never {
  const why = result.failures
    .map((f) => `${f.reason.replace(/\.\s*$/, '')} (in ${f.count} draw${f.count === 1 ? '' : 's'})`)
    .join('; ');
  return fail(
    {
      code: 'noSolution',
      argument,
      details: {
        reason:
          `${result.missing} of ${result.draws} draws have no ${metric}: ${why}. ${bounds}`.trim() +
          ' Narrow the Low/High ranges that cause it, or fix the cause.',
      },
    },
    'na',
  );
}

function share(p: number): string {
  return String(Number(p.toFixed(4)));
}
