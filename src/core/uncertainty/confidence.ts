import { compare, type Comparison } from '../triggers/comparison';
import { percentiles } from './percentile';
import type { MetricSample } from './simulate';

/** Default number of draws: P(meet) to about ±1.6 points (95 %, p = 0.5). */
export const DEFAULT_DRAWS = 1000;
/** Most draws one call may ask for; each draw is one model run. */
export const MAX_DRAWS = 100_000;
/** Seed used when none is given, so an omitted seed is still reproducible. */
export const DEFAULT_SEED = 1;

/** The probability that a metric meets a threshold, with what it rests on. */
export interface Confidence {
  /** Met ÷ evaluated draws; NaN when no draw could be evaluated. */
  probability: number;
  /** Lower bound counting every missing draw as not meeting: met ÷ all. */
  probabilityLow: number;
  /** Upper bound counting every missing draw as meeting: (met + missing) ÷ all. */
  probabilityHigh: number;
  met: number;
  evaluated: number;
  /** Draws where the model failed or the metric was not defined. */
  missing: number;
}

/**
 * The share of draws whose metric satisfies `metric comparison threshold`.
 * Missing draws are never silently dropped: the result also carries the
 * bounds obtained by counting them all as failing or all as meeting.
 * @param sample the kept values of one metric and its missing count
 * @param comparison `<`, `<=`, `>` or `>=`; at the threshold exactly, `<=`/`>=` meet
 * @param threshold in the metric's unit
 * @returns probabilities as shares in [0, 1] and the counts behind them
 * @example confidenceOf({ values: [1, 2, 3, 4], missing: 0 }, '>=', 3).probability // 0.5
 */
export function confidenceOf(
  sample: MetricSample,
  comparison: Comparison,
  threshold: number,
): Confidence {
  const met = sample.values.filter((v) => compare(v, comparison, threshold)).length;
  const evaluated = sample.values.length;
  const total = evaluated + sample.missing;
  return {
    probability: evaluated === 0 ? Number.NaN : met / evaluated,
    probabilityLow: total === 0 ? Number.NaN : met / total,
    probabilityHigh: total === 0 ? Number.NaN : (met + sample.missing) / total,
    met,
    evaluated,
    missing: sample.missing,
  };
}

/** P10, P50 and P90 of a metric over the evaluated draws. */
export interface MetricRange {
  p10: number;
  p50: number;
  p90: number;
  evaluated: number;
  missing: number;
}

/**
 * P10 / P50 / P90 by the type-7 percentile (R's default, Excel's
 * PERCENTILE.INC) over the draws where the metric was defined.
 * @param sample the kept values of one metric and its missing count
 * @returns the three percentiles in the metric's unit (NaN when none evaluated)
 * @example rangeOf({ values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], missing: 0 }).p10 // 1.9
 */
export function rangeOf(sample: MetricSample): MetricRange {
  const [p10, p50, p90] = percentiles(sample.values, [0.1, 0.5, 0.9]);
  return { p10, p50, p90, evaluated: sample.values.length, missing: sample.missing };
}
