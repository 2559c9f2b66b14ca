import { fail } from '../errors';
import { editDistance } from '../params/suggest';
import { compare, parseComparison, type Comparison } from './comparison';

/**
 * A review trigger (MODEL.md section 5): when the metric's actual value
 * satisfies `metric comparison threshold`, the trigger FIRES and the action
 * is due. Example: frt_hours > 24 → "review the outsourcing split".
 */
export interface Trigger {
  metric: string;
  comparison: Comparison;
  /** In the metric's canonical unit (shares as 0–1, hours, money per week). */
  threshold: number;
  action: string;
}

/**
 * OK: the condition does not hold. FIRED: it holds, the action is due.
 * NO_DATA: the actuals carry no value for the metric, so nothing can be said.
 */
export type TriggerStatus = 'OK' | 'FIRED' | 'NO_DATA';

/** One trigger checked against actuals. */
export interface TriggerResult {
  trigger: Trigger;
  status: TriggerStatus;
  /** The actual value used (TRUE/FALSE as 1/0); undefined when NO_DATA. */
  actual?: number;
}

/** Actual metric values, by metric name; null or absent means not measured. */
export type Actuals = Readonly<Record<string, number | boolean | null | undefined>>;

/**
 * Reads a metric's actual value as a number: TRUE/FALSE count as 1/0.
 * @param actuals values by metric name
 * @param metric the name to read
 * @returns the number, or undefined when absent, null or not finite
 * @example actualNumber({ meets_targets: true }, 'meets_targets') // 1
 */
export function actualNumber(actuals: Actuals, metric: string): number | undefined {
  const raw = actuals[metric];
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/**
 * Evaluates one trigger against actuals. Exactly at the threshold, `>=` and
 * `<=` fire and `>` and `<` do not.
 * @param trigger metric, comparison, threshold (metric's unit) and action
 * @param actuals measured metric values by name
 * @returns OK, FIRED, or NO_DATA when the metric has no actual value
 * @example
 * evaluateTrigger(
 *   { metric: 'frt_hours', comparison: '>', threshold: 24, action: 'add staff' },
 *   { frt_hours: 30 },
 * ).status // 'FIRED'
 */
export function evaluateTrigger(trigger: Trigger, actuals: Actuals): TriggerResult {
  const actual = actualNumber(actuals, trigger.metric);
  if (actual === undefined) return { trigger, status: 'NO_DATA' };
  const fired = compare(actual, trigger.comparison, trigger.threshold);
  return { trigger, status: fired ? 'FIRED' : 'OK', actual };
}

/**
 * Evaluates every trigger, in order.
 * @param triggers the triggers of a decision
 * @param actuals measured metric values by name
 * @returns one result per trigger
 * @example evaluateTriggers([], {}) // []
 */
export function evaluateTriggers(triggers: readonly Trigger[], actuals: Actuals): TriggerResult[] {
  return triggers.map((trigger) => evaluateTrigger(trigger, actuals));
}

/**
 * Builds a checked trigger from loosely typed input (a table row, JSON).
 * @param raw metric name, comparison text, threshold number, action text
 * @param knownMetrics accepted metric names; an unknown name is an error
 *   that suggests the nearest one
 * @returns the trigger
 * @example
 * makeTrigger({ metric: 'frt_hours', comparison: '>', threshold: 24, action: 'hire' },
 *   ['frt_hours']).comparison // '>'
 */
export function makeTrigger(
  raw: { metric: unknown; comparison: unknown; threshold: unknown; action?: unknown },
  knownMetrics: readonly string[],
): Trigger {
  const metric = checkMetricName('trigger metric', raw.metric, knownMetrics);
  const comparison = parseComparison('trigger comparison', raw.comparison);
  if (typeof raw.threshold !== 'number' || !Number.isFinite(raw.threshold)) {
    fail({ code: 'notNumber', argument: 'trigger threshold', value: raw.threshold });
  }
  const action = typeof raw.action === 'string' ? raw.action : '';
  return { metric, comparison, threshold: raw.threshold, action };
}

/**
 * Checks a metric name against the catalogue, suggesting the nearest name.
 * @param argument the argument's name, for the message
 * @param raw what was typed (case and surrounding spaces ignored)
 * @param knownMetrics accepted names
 * @returns the canonical name
 * @example checkMetricName('metric', ' FRT_Hours ', ['frt_hours']) // 'frt_hours'
 */
export function checkMetricName(
  argument: string,
  raw: unknown,
  knownMetrics: readonly string[],
): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail({
      code: raw === null || raw === undefined || raw === '' ? 'required' : 'notText',
      argument,
      value: raw,
      details: { hint: 'Write a metric name such as frt_hours.' },
    });
  }
  const name = raw.trim().toLowerCase();
  if (knownMetrics.includes(name)) return name;
  return fail({
    code: 'unknownName',
    argument,
    value: raw,
    details: { suggestion: nearestName(name, knownMetrics), hint: 'Metric names are snake_case.' },
  });
}

/**
 * The known name with the smallest edit (Levenshtein) distance, for "did you
 * mean" hints; undefined when even the nearest is far (more than a third of
 * the typed name's length, and more than 2 edits).
 * @param name the name as typed, lower case
 * @param known the accepted names
 * @returns the nearest accepted name, or undefined
 * @example nearestName('frt_hour', ['frt_hours', 'backlog_end']) // 'frt_hours'
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
