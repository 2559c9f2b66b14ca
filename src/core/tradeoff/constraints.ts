import { isBlank, parseNumberText, toNumber } from '../args';
import { fail } from '../errors';
import { thresholdSpec } from '../model/metricNames';
import { compare, parseComparison, type Comparison } from '../triggers/comparison';
import { actualNumber, checkMetricName, type Actuals } from '../triggers/trigger';

/** A hard constraint on one option's metric: `metric comparison threshold`. */
export interface Constraint {
  metric: string;
  comparison: Comparison;
  /** In the metric's canonical unit ("90%" is read as 0.9). */
  threshold: number;
  /** The constraint as written, for messages and the table's note. */
  text: string;
}

const CONSTRAINT_TEXT = /^([A-Za-z_][A-Za-z0-9_]*)\s*(<=|>=|=<|=>|≤|≥|<|>)\s*(.*)$/;
const ARGUMENT = 'constraints';

/**
 * Reads hard constraints written as `metric comparison number`, e.g.
 * `cost_per_week<=50000`, `frt_attainment >= 90%`, `quality_index>=80`.
 * Several may share a cell, separated by `;` or line breaks; a range of
 * cells is read cell by cell; blank cells are skipped. Numbers may carry
 * thousands commas ("50,000") and `%` (a share: 90% is 0.9).
 * @param raw one text, or a 2-D range of texts, or null when omitted
 * @param knownMetrics accepted metric names (unknown names suggest the nearest)
 * @returns the constraints in reading order
 * @example parseConstraints('cost_per_week<=50,000', ['cost_per_week'])[0].threshold // 50000
 */
export function parseConstraints(raw: unknown, knownMetrics: readonly string[]): Constraint[] {
  const cells = Array.isArray(raw) ? (raw as unknown[]).flat(2) : [raw];
  const constraints: Constraint[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell !== 'string') {
      fail({
        code: 'badConstraint',
        argument: ARGUMENT,
        value: cell,
        details: { reason: 'it is not text' },
      });
    }
    for (const part of cell.split(/[;\n\r]+/)) {
      if (part.trim() !== '') constraints.push(parseConstraint(part.trim(), knownMetrics));
    }
  }
  return constraints;
}

/**
 * Reads one constraint such as `cost_per_week<=50000`.
 * @param text the constraint, trimmed
 * @param knownMetrics accepted metric names
 * @returns the constraint
 * @example parseConstraint('frt_attainment>=90%', ['frt_attainment']).threshold // 0.9
 */
export function parseConstraint(text: string, knownMetrics: readonly string[]): Constraint {
  const match = CONSTRAINT_TEXT.exec(text);
  if (!match) {
    return fail({
      code: 'badConstraint',
      argument: ARGUMENT,
      value: text,
      details: { reason: 'it needs a metric name, then <, <=, > or >=, then a number' },
    });
  }
  const metric = checkMetricName(`metric in constraint "${text}":`, match[1], knownMetrics);
  const comparison = parseComparison(ARGUMENT, match[2]);
  const threshold = parseNumberText(match[3]);
  if (threshold === undefined) {
    return fail({
      code: 'badConstraint',
      argument: ARGUMENT,
      value: text,
      details: { reason: `"${match[3].trim()}" is not a number` },
    });
  }
  // A 0–1 share's "90" is a percent typed as a whole number: say how to write it.
  toNumber(`${metric} in constraint "${text}"`, threshold, thresholdSpec(metric));
  return { metric, comparison, threshold, text: `${metric}${comparison}${match[3].trim()}` };
}

/**
 * The constraints an option's metrics break. A metric that is not defined
 * for the option (null) breaks its constraint: it cannot be shown to hold.
 * @param constraints the hard constraints
 * @param metrics the option's metric values (TRUE/FALSE as 1/0)
 * @returns the broken constraints' texts, in order; empty when feasible
 * @example
 * brokenConstraints(parseConstraints('cost_per_week<=5', ['cost_per_week']),
 *   { cost_per_week: 6 }) // ['cost_per_week<=5']
 */
export function brokenConstraints(constraints: readonly Constraint[], metrics: Actuals): string[] {
  return constraints
    .filter((c) => {
      const value = actualNumber(metrics, c.metric);
      return value === undefined || !compare(value, c.comparison, c.threshold);
    })
    .map((c) => c.text);
}
