/**
 * Units of the metrics that triggers, hard constraints and actuals compare:
 * a threshold written in another unit of the same kind is converted (minutes
 * to hours, % to a share); a unit of another kind ("euros per fortnight" on a
 * weekly cost) is refused, as is a share written as a whole-number percent.
 */
import { METRICS } from '../core/model';
import { inputError } from './cliError';

const UNIT_OF = new Map<string, string>(METRICS.map((d) => [d.name, d.unit]));

/** Units convertible to each metric unit: normalised unit text → factor into the metric unit. */
const TIME_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  'business hours': 3600,
};

function factors(metricUnit: string): Record<string, number> | undefined {
  switch (metricUnit) {
    case 'hours':
      return Object.fromEntries(Object.entries(TIME_SECONDS).map(([k, v]) => [k, v / 3600]));
    case 'seconds':
      return TIME_SECONDS;
    case 'days':
      return { d: 1, day: 1, days: 1, 'business days': 1 };
    case 'share':
      return { share: 1, fraction: 1, ratio: 1, '%': 0.01, percent: 0.01, pct: 0.01 };
    case 'tickets':
      return { ticket: 1, tickets: 1 };
    case 'agents':
      return { agent: 1, agents: 1, fte: 1 };
    default:
      return undefined;
  }
}

function normalise(unit: string): string {
  return unit.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Money units: any currency, but the period (per week, per ticket) must match the metric's. */
function moneyUnitFits(metricUnit: string, unit: string): boolean {
  const per = /(?:\bper\b|\/|\ba\b|\beach\b)\s*([a-z]+)/.exec(unit)?.[1];
  const weekly = /\bweekly\b/.test(unit);
  if (metricUnit === 'money') return per === undefined && !weekly;
  if (metricUnit === 'money/week') return weekly || per === 'week' || per === 'wk';
  if (metricUnit === 'money/ticket') {
    return per === 'ticket' || per === 'resolution' || per === 'resolved';
  }
  return false;
}

/** The largest believable share for a metric: resolution_rate passes 1 while a backlog burns down. */
function shareLimit(metric: string): number {
  return metric === 'resolution_rate' ? 2 : 1;
}

/**
 * A share metric's value must be a share: 55 (meaning 55 %) is refused with
 * the way to write it. `where` names the cell.
 */
export function checkShareValue(metric: string, value: number, where: string): void {
  if (UNIT_OF.get(metric) !== 'share') return;
  if (value > shareLimit(metric) && value <= 100) {
    inputError(
      `${where}: ${metric} is a share, so ${value} would mean ${value * 100} %. ` +
        `Write ${value / 100} or ${value} % (with the percent sign).`,
    );
  }
}

/**
 * The threshold in the metric's own unit, converted from `unit` when it is
 * another unit of the same kind; a unit of another kind is refused naming
 * the cell. Blank unit: the metric's own unit.
 * @returns the threshold and the metric's unit (what the record stores)
 */
export function thresholdInMetricUnit(
  metric: string,
  threshold: number,
  unit: string,
  unitWhere: string,
  thresholdWhere: string,
): { threshold: number; unit: string } {
  const metricUnit = UNIT_OF.get(metric) ?? '';
  const typed = normalise(unit);
  let factor = 1;
  if (typed !== '' && typed !== normalise(metricUnit)) {
    const known = factors(metricUnit);
    if (known && known[typed] !== undefined) factor = known[typed];
    else if (!(metricUnit.startsWith('money') && moneyUnitFits(metricUnit, typed))) {
      inputError(
        `${unitWhere} (Unit): ${JSON.stringify(unit)} is not a unit of ${metric}, ` +
          `which is measured in ${metricUnit}. Write the threshold in ${metricUnit}` +
          `${known ? ` (or one of: ${Object.keys(known).join(', ')})` : ''}, or leave Unit blank.`,
      );
    }
  }
  const converted = threshold * factor;
  checkShareValue(metric, converted, thresholdWhere);
  return { threshold: converted, unit: metricUnit };
}
