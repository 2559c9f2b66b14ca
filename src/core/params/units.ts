import { fail } from '../errors';
import type { ParameterDef, Period, TimeUnit } from './catalogue';

/**
 * Units of the parameter table (MODEL.md section 3). A unit converts the
 * analyst's number to the parameter's canonical unit, or is refused when it
 * does not fit the parameter (`minutes` on `tickets_per_week`).
 *
 * Conventions, chosen as a support workforce analyst reads them:
 * - `per hour` on a volume means per OPEN hour (× support_hours_per_week);
 * - `per day` is a calendar day (× 7); `per business day` × business_days_per_week;
 * - a month is 52/12 weeks, a quarter 13 weeks, a year 52 weeks;
 * - `%` divides by 100 and only fits shares; a day as a duration is 24 hours;
 * - a growth share per month compounds: weekly = (1 + g)^(12/52) − 1.
 */

/** Values other parameters contribute to conversions. */
export interface UnitContext {
  supportHoursPerWeek: number;
  businessDaysPerWeek: number;
}

/** Turns a number in the analyst's unit into the canonical unit. */
export type Converter = (value: number) => number;

const PERIOD_WORDS: Record<string, Period> = {
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  'open hour': 'hour',
  hourly: 'hour',
  day: 'day',
  'calendar day': 'day',
  daily: 'day',
  'business day': 'businessDay',
  'working day': 'businessDay',
  workday: 'businessDay',
  weekday: 'businessDay',
  bday: 'businessDay',
  week: 'week',
  wk: 'week',
  weekly: 'week',
  month: 'month',
  mo: 'month',
  monthly: 'month',
  quarter: 'quarter',
  qtr: 'quarter',
  quarterly: 'quarter',
  year: 'year',
  yr: 'year',
  annum: 'year',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
};

const SECONDS_PER: Record<TimeUnit | 'weeks', number> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86_400,
  weeks: 604_800,
};

const TIME_WORDS: Record<string, TimeUnit | 'weeks'> = {
  s: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  second: 'seconds',
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  d: 'days',
  day: 'days',
  week: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
};

const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);
const SHARE_WORDS = new Set(['', 'share', 'fraction', 'ratio']);
const MONEY_WORDS = /^(?:|money|currency|cost|[a-z]{3}|[$€£¥])$/;
const MONEY_PER_ITEM = new Set(['ticket', 'fte', 'hire', 'new hire', 'person', 'agent']);
const ADJECTIVES = /^(hourly|daily|weekly|monthly|quarterly|yearly|annually|annual)$/;

/** Lower-cases, trims, folds plurals ("tickets" → "ticket"), keeps `%`. */
function singular(word: string): string {
  const w = word.trim();
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Splits "tickets per business day" into ["ticket", "business day"].
 * @example splitUnit('tickets per business day') // { head: 'ticket', per: 'business day' }
 */
export function splitUnit(text: string): { head: string; per?: string } {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (ADJECTIVES.test(t)) return { head: '', per: t };
  const m = /^(.*?)\s*(?:\/|\bper\b|\ban?\b)\s*(.+)$/.exec(t);
  if (!m) return { head: singular(t) };
  return { head: singular(m[1]), per: singular(m[2]) };
}

/**
 * Periods of `period` in one week (hours: open hours).
 * @example periodsPerWeek('month', ctx) // 12 / 52
 */
export function periodsPerWeek(period: Period, ctx: UnitContext): number {
  switch (period) {
    case 'hour':
      return ctx.supportHoursPerWeek;
    case 'day':
      return 7;
    case 'businessDay':
      return ctx.businessDaysPerWeek;
    case 'week':
      return 1;
    case 'month':
      return 12 / 52;
    case 'quarter':
      return 1 / 13;
    case 'year':
      return 1 / 52;
  }
}

/**
 * The units a parameter accepts, worded for the error message.
 * @example allowedUnits(PARAMETER_BY_NAME.get('inhouse_fte')!) // 'fte, ftes, … (blank = FTE)'
 */
export function allowedUnits(def: ParameterDef): string {
  const periods = 'hour, day, business day, week, month, quarter or year';
  switch (def.kind) {
    case 'share':
      return def.compound
        ? `% or a share, per ${periods} (blank = per week)`
        : '% or leave the unit blank (a share between 0 and 1)';
    case 'rate':
      return `per ${periods} (blank = per week)`;
    case 'time':
      return (
        `seconds, minutes, hours or days${def.per ? ' per day, business day or week' : ''}` +
        ` (blank = ${def.unit})`
      );
    case 'money':
      return def.per === 'week'
        ? `a currency per ${periods} (blank = per week)`
        : `a currency or leave it blank (${def.unit})`;
    case 'count':
      return `${(def.words ?? []).join(', ') || 'no unit'} (blank = ${def.unit})`;
    case 'choice':
      return 'no unit';
  }
}

function refuse(def: ParameterDef, unit: string, where: string): never {
  return fail({
    code: 'badUnit',
    argument: `${def.name}${where}`,
    value: unit,
    details: { allowed: allowedUnits(def) },
  });
}

function periodOf(word: string | undefined): Period | undefined {
  return word === undefined ? undefined : PERIOD_WORDS[word];
}

/** Factor from a per-`period` amount to the def's canonical per-period amount. */
function perFactor(def: ParameterDef, period: Period | undefined, ctx: UnitContext): number {
  if (!period || !def.per) return 1;
  return periodsPerWeek(period, ctx) / periodsPerWeek(def.per, ctx);
}

function shareConverter(def: ParameterDef, head: string, period?: Period): Converter | null {
  const percent = PERCENT_WORDS.has(head);
  if (!percent && !SHARE_WORDS.has(head)) return null;
  const scale = percent ? 0.01 : 1;
  if (!period || period === 'week') return (v) => v * scale;
  if (!def.compound) return null;
  const periods = periodsPerWeek(period, { supportHoursPerWeek: 168, businessDaysPerWeek: 7 });
  return (v) => Math.pow(1 + v * scale, periods) - 1;
}

function timeConverter(
  def: ParameterDef,
  head: string,
  period: Period | undefined,
  ctx: UnitContext,
): Converter | null {
  const from = head === '' ? def.timeUnit : TIME_WORDS[head];
  if (!from || !def.timeUnit) return null;
  if (period && (!def.per || !['day', 'businessDay', 'week'].includes(period))) return null;
  const scale = (SECONDS_PER[from] / SECONDS_PER[def.timeUnit]) * perFactor(def, period, ctx);
  return (v) => v * scale;
}

function rateConverter(
  def: ParameterDef,
  head: string,
  per: string | undefined,
  ctx: UnitContext,
): Converter | null {
  const headPeriod = periodOf(head);
  const period = headPeriod ?? periodOf(per);
  const headOk = headPeriod ? per === undefined : head === '' || (def.words ?? []).includes(head);
  if (!headOk || (per !== undefined && !headPeriod && !period)) return null;
  const scale = perFactor(def, period ?? def.per, ctx);
  return (v) => v * scale;
}

function moneyConverter(
  def: ParameterDef,
  head: string,
  per: string | undefined,
  ctx: UnitContext,
): Converter | null {
  const headPeriod = def.per === 'week' ? periodOf(head) : undefined;
  if (!headPeriod && !MONEY_WORDS.test(head)) return null;
  if (per === undefined) {
    const scale = perFactor(def, headPeriod, ctx);
    return (v) => v * scale;
  }
  if (headPeriod) return null;
  if (!def.per) return MONEY_PER_ITEM.has(per) ? (v) => v : null;
  const period = periodOf(per);
  if (!period || (def.per === 'hour' && period !== 'hour')) return null;
  const scale = perFactor(def, period, ctx);
  return (v) => v * scale;
}

function countConverter(def: ParameterDef, head: string, period?: Period): Converter | null {
  if (head !== '' && !(def.words ?? []).includes(head)) return null;
  if (period && period !== def.per) return null;
  return (v) => v;
}

/**
 * Returns the converter for `unitText` on parameter `def`, or throws a
 * `badUnit` error listing the units that fit.
 * @param def the parameter
 * @param unitText the Unit cell as typed (blank = canonical unit)
 * @param ctx open hours and business days per week, for per-hour/business-day units
 * @param where text appended to the parameter name in messages (" (row 4)")
 * @returns a function from the analyst's number to the canonical number
 * @example unitConverter(PARAMETER_BY_NAME.get('tickets_per_week')!, 'per day',
 *   { supportHoursPerWeek: 40, businessDaysPerWeek: 5 })(100) // 700
 */
export function unitConverter(
  def: ParameterDef,
  unitText: string,
  ctx: UnitContext,
  where = '',
): Converter {
  if (unitText.trim() === '' || (def.kind === 'choice' && /^choice$/i.test(unitText.trim()))) {
    return (v) => v;
  }
  const { head, per } = splitUnit(unitText);
  let converter: Converter | null = null;
  if (def.kind === 'share') converter = shareConverter(def, head, periodOf(per));
  else if (def.kind === 'time') converter = timeConverter(def, head, periodOf(per), ctx);
  else if (def.kind === 'rate') converter = rateConverter(def, head, per, ctx);
  else if (def.kind === 'money') converter = moneyConverter(def, head, per, ctx);
  else if (def.kind === 'count') converter = countConverter(def, head, periodOf(per));
  if (
    per !== undefined &&
    periodOf(per) === undefined &&
    def.kind !== 'money' &&
    def.kind !== 'rate'
  )
    converter = null;
  return converter ?? refuse(def, unitText, where);
}

/**
 * True when the unit text is a percent sign (so 25 means 0.25).
 * @example isPercentUnit(' % ') // true
 */
export function isPercentUnit(unitText: string): boolean {
  return PERCENT_WORDS.has(splitUnit(unitText).head);
}
