import { toNumber, type NumberSpec } from '../args';
import { fail } from '../errors';
import { flattenCells, nearestName, normalizeName, readCellText } from '../params';
import { METRIC_BY_NAME, METRIC_NAMES, type MetricName } from './metricCatalogue';

/**
 * Reading metric names and thresholds as analysts type them, the same way in
 * every function (SCENARIO, CONFIDENCE, RANGE, BREAKEVEN, TRADEOFF): case and
 * spaces are ignored, and a header copied from LBF.METRICS ("frt_hours (hours)")
 * reads as its name.
 */

/** A trailing "(unit)", as LBF.METRICS prints after each name. */
const UNIT_SUFFIX = /\s*\([^()]*\)\s*$/;
/** Separators of several names in one cell. */
const LIST_SEPARATORS = /[,;\n\r]+/;

/**
 * The canonical key of a typed metric name.
 * @example metricKey(' FRT hours (hours) ') // 'frt_hours'
 */
export function metricKey(text: string): string {
  return normalizeName(text.replace(UNIT_SUFFIX, ''));
}

function lookupMetric(argument: string, typed: string): MetricName {
  const key = metricKey(typed);
  const found = METRIC_BY_NAME.get(key);
  if (found) return found.name;
  return fail({
    code: 'unknownName',
    argument,
    value: typed.trim(),
    details: {
      suggestion: nearestName(key, METRIC_NAMES),
      hint: 'Metric names are snake_case.',
    },
  });
}

/**
 * Reads one metric name.
 * @param argument how messages name the argument ("metric")
 * @param raw what was typed
 * @returns the metric's canonical name
 * @example readMetricName('metric', 'frt_hours (hours)') // 'frt_hours'
 */
export function readMetricName(argument: string, raw: unknown): MetricName {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail({
      code: raw === null || raw === undefined || raw === '' ? 'required' : 'notText',
      argument,
      value: raw,
      details: { hint: 'Write a metric name such as frt_hours.' },
    });
  }
  return lookupMetric(argument, raw);
}

/**
 * Reads a list of metric names: one per cell of a row or column, or several
 * in one cell separated by `,` or `;`; blank cells are skipped.
 * @param argument how messages name the argument ("metric")
 * @param raw a range, a text or null
 * @returns the names in order, or undefined when none is given
 * @example readMetricList('metric', 'frt_hours; backlog_end') // ['frt_hours', 'backlog_end']
 */
export function readMetricList(argument: string, raw: unknown): MetricName[] | undefined {
  const typed = flattenCells(raw)
    .map((c, i) => readCellText(`${argument} item ${i + 1}`, c))
    .flatMap((text) => text.split(LIST_SEPARATORS))
    .filter((text) => text.trim() !== '');
  return typed.length === 0 ? undefined : typed.map((t) => lookupMetric(argument, t));
}

/**
 * Bounds of a threshold on `metric`: a 0–1 share takes 0 to 1, and 90 gets
 * the "write 0.9 or 90 %" message; resolution_rate (a share that may pass 1)
 * takes any number and "95%"; other metrics take any number, percent text
 * refused (cost "50%" is a mistake).
 * @example thresholdSpec('frt_attainment') // { min: 0, max: 1, share: true }
 */
export function thresholdSpec(metric: string): NumberSpec {
  const def = METRIC_BY_NAME.get(metric);
  if (def?.max !== undefined) return { min: 0, max: def.max, share: true };
  return def?.unit === 'share' ? { percent: true } : {};
}

/**
 * Reads a threshold in the metric's unit: "90%" is 0.9; on a 0–1 share a
 * whole number such as 90 is refused with the percent hint.
 * @param argument how messages name the argument ("threshold")
 * @param metric the metric's canonical name
 * @param raw the threshold as typed (number or text)
 * @example readThreshold('threshold', 'frt_attainment', '90%') // 0.9
 */
export function readThreshold(argument: string, metric: string, raw: unknown): number {
  return toNumber(argument, raw, thresholdSpec(metric));
}
