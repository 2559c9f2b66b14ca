import { fail } from '../errors';
import type { Actuals } from '../triggers/trigger';
import { brokenConstraints, type Constraint } from './constraints';
import { dominatedBy } from './dominance';
import { bestAt, flipWeights, scoreAt, type ScoreLine } from './flipWeight';

/** One option of the trade-off: a name and its model metrics. */
export interface TradeoffOption {
  name: string;
  /** Must hold cost_per_week, quality_index and efficiency_index. */
  metrics: Actuals;
}

/** One option's row in the trade-off table. */
export interface TradeoffRow {
  name: string;
  costPerWeek: number;
  qualityIndex: number;
  efficiencyIndex: number;
  /** Score at the stated quality weight, 0–100. */
  score: number;
  /** The first-listed option that dominates this one, if any. */
  dominatedBy?: string;
  /** Constraints this option breaks (their text); empty when feasible. */
  broken: string[];
  recommended: boolean;
}

/** A weight at which the recommendation changes. */
export interface FlipPoint {
  weight: number;
  from: string;
  to: string;
}

export interface Tradeoff {
  qualityWeight: number;
  rows: TradeoffRow[];
  /** Undefined when no option meets every constraint. */
  recommended?: string;
  /** Nearest weight above the stated one where the choice changes, if in [0, 1]. */
  flipAbove?: FlipPoint;
  /** Nearest weight below the stated one where the choice changes, if in [0, 1]. */
  flipBelow?: FlipPoint;
}

/**
 * The cost-versus-quality trade-off over options (MODEL.md sections 4–5):
 * each option's score at the stated quality weight, the options dominated on
 * cost per week and quality, the best option among those meeting every hard
 * constraint (ties go to the first listed) and the nearest quality weights,
 * above and below, at which that choice would change (exact line crossings).
 * @param options names and metrics (cost_per_week, quality_index, efficiency_index)
 * @param qualityWeight share in [0, 1] given to quality in the score
 * @param constraints hard constraints every recommended option must meet
 * @returns one row per option, the recommendation and the flip weights
 * @example
 * evaluateTradeoff([
 *   { name: 'A', metrics: { cost_per_week: 4e4, quality_index: 70, efficiency_index: 100 } },
 *   { name: 'B', metrics: { cost_per_week: 5e4, quality_index: 90, efficiency_index: 80 } },
 * ], 0.6, []).recommended // 'B' (scores 82 and 86)
 */
export function evaluateTradeoff(
  options: readonly TradeoffOption[],
  qualityWeight: number,
  constraints: readonly Constraint[],
): Tradeoff {
  const lines = options.map(readLine);
  const dominated = dominatedBy(lines);
  const broken = options.map((o) => brokenConstraints(constraints, o.metrics));
  const eligible = options.map((_, i) => i).filter((i) => broken[i].length === 0);
  const best = bestAt(lines, eligible, qualityWeight);
  const rows = lines.map((line, i) => ({
    ...line,
    score: scoreAt(line, qualityWeight),
    dominatedBy: dominated[i],
    broken: broken[i],
    recommended: i === best,
  }));
  if (best === undefined) return { qualityWeight, rows };
  const flips = flipWeights(lines, eligible, best, qualityWeight);
  const point = (flip?: { weight: number; to: number }) =>
    flip && { weight: flip.weight, from: options[best].name, to: options[flip.to].name };
  return {
    qualityWeight,
    rows,
    recommended: options[best].name,
    flipAbove: point(flips.above),
    flipBelow: point(flips.below),
  };
}

function readLine(option: TradeoffOption): ScoreLine & { name: string; costPerWeek: number } {
  return {
    name: option.name,
    costPerWeek: metric(option, 'cost_per_week'),
    qualityIndex: metric(option, 'quality_index'),
    efficiencyIndex: metric(option, 'efficiency_index'),
  };
}

function metric(option: TradeoffOption, name: string): number {
  const value = option.metrics[name];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const hint =
    name === 'efficiency_index'
      ? 'The efficiency index needs budget_per_week: set it in the parameter table.'
      : "Check the option's parameters.";
  return fail(
    {
      code: 'noSolution',
      argument: `Option ${option.name}`,
      value,
      details: { reason: `${name} is not defined for this option. ${hint}` },
    },
    'na',
  );
}
