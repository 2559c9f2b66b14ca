/**
 * Weekly baseline of a ticket log (MODEL.md §6): inbound, first responses,
 * resolutions, backlog at week end, FRT and resolution rate, one row per week.
 */
import { toNumber } from '../args';
import { businessMinutesBetween, minutesPerWeek, parseHoursSpec, weekdayOf } from './businessHours';
import type { BusinessHours } from './businessHours';
import { maxOf, mean, median, minOf, ratio } from './stats';
import { checkTickets, type CheckedTickets } from './ticketRows';
import { minutesPerDay } from './timeParse';
import type {
  TicketBaselineOptions,
  TicketBaselineResult,
  TicketLog,
  TicketSummary,
  WeekBaseline,
} from './types';

const minutesPerHour = 60;
const daysPerWeek = 7;

/**
 * 00:00 of the latest `weekStartDay` (0 = Sunday … 6) at or before `minutes`.
 * @example weekStartOf(0, 1) // -4320 (Monday 29 Dec 1969; minute 0 is a Thursday)
 */
export function weekStartOf(minutes: number, weekStartDay: number): number {
  const midnight = Math.floor(minutes / minutesPerDay) * minutesPerDay;
  const back = (weekdayOf(midnight) - weekStartDay + daysPerWeek) % daysPerWeek;
  return midnight - back * minutesPerDay;
}

function frtHours(hours: BusinessHours | undefined, from: number, to: number): number {
  const minutes = hours ? businessMinutesBetween(hours, from, to) : to - from;
  return minutes / minutesPerHour;
}

interface WeekTally {
  inbound: Int32Array;
  resolved: Int32Array;
  escalated: Int32Array;
  withCount: Int32Array;
  frt: number[][];
}

function tallyWeeks(t: CheckedTickets, origin: number, weeks: number, hours?: BusinessHours) {
  const tally: WeekTally = {
    inbound: new Int32Array(weeks),
    resolved: new Int32Array(weeks),
    escalated: new Int32Array(weeks),
    withCount: new Int32Array(weeks),
    frt: Array.from({ length: weeks }, () => []),
  };
  for (let i = 0; i < t.created.length; i += 1) {
    const w = Math.floor((t.created[i] - origin) / minutesPerWeek);
    tally.inbound[w] += 1;
    if (!Number.isNaN(t.firstResponse[i])) {
      tally.frt[w].push(frtHours(hours, t.created[i], t.firstResponse[i]));
    }
    const rw = Math.floor((t.resolved[i] - origin) / minutesPerWeek);
    if (rw < weeks) tally.resolved[rw] += 1; // NaN (open) fails the test
    if (!Number.isNaN(t.escalations[i])) {
      tally.withCount[w] += 1;
      if (t.escalations[i] >= 1) tally.escalated[w] += 1;
    }
  }
  return tally;
}

function attainment(frt: number[], targetHours: number | undefined): number | undefined {
  if (targetHours === undefined) return undefined;
  return ratio(frt.filter((h) => h <= targetHours).length, frt.length);
}

function daysObserved(weekStart: number, firstDay: number, lastDay: number): number {
  const from = Math.max(weekStart / minutesPerDay, firstDay);
  const to = Math.min(weekStart / minutesPerDay + daysPerWeek - 1, lastDay);
  return Math.max(0, to - from + 1);
}

function buildWeeks(t: CheckedTickets, origin: number, weeks: number, o: Resolved): WeekBaseline[] {
  const tally = tallyWeeks(t, origin, weeks, o.hours);
  const firstDay = Math.floor(minOf(t.created) / minutesPerDay);
  const lastDay = Math.floor(maxOf(t.created) / minutesPerDay);
  let backlog = 0;
  return Array.from({ length: weeks }, (_, w) => {
    backlog += tally.inbound[w] - tally.resolved[w];
    const start = origin + w * minutesPerWeek;
    return {
      weekStartMinutes: start,
      daysObserved: daysObserved(start, firstDay, lastDay),
      inbound: tally.inbound[w],
      firstResponded: tally.frt[w].length,
      resolved: tally.resolved[w],
      backlogEnd: backlog,
      frtMeanHours: mean(tally.frt[w]),
      frtMedianHours: median(tally.frt[w]),
      frtAttainment: attainment(tally.frt[w], o.frtTargetHours),
      resolutionRate: ratio(tally.resolved[w], tally.inbound[w]),
      escalatedShare: ratio(tally.escalated[w], tally.withCount[w]),
    };
  });
}

interface Resolved {
  weekStartDay: number;
  hours?: BusinessHours;
  frtTargetHours?: number;
}

function resolveOptions(options: TicketBaselineOptions): Resolved {
  return {
    weekStartDay: toNumber('weekStart', options.weekStartDay, {
      min: 0,
      max: 6,
      integer: true,
      fallback: 1,
      hint: 'Use 0 for Sunday … 6 for Saturday.',
    }),
    hours: parseHoursSpec(options.hoursSpec),
    frtTargetHours:
      options.frtTargetHours === undefined
        ? undefined
        : toNumber('frtTargetHours', options.frtTargetHours, { min: 0, minExclusive: true }),
  };
}

function summarise(t: CheckedTickets, weeks: WeekBaseline[], o: Resolved): TicketSummary {
  const frt: number[] = [];
  const toResolve: number[] = [];
  for (let i = 0; i < t.created.length; i += 1) {
    if (!Number.isNaN(t.firstResponse[i]))
      frt.push(frtHours(o.hours, t.created[i], t.firstResponse[i]));
    if (!Number.isNaN(t.resolved[i]))
      toResolve.push((t.resolved[i] - t.created[i]) / minutesPerHour);
  }
  const counted = t.escalations.filter((c) => !Number.isNaN(c));
  const days = weeks.reduce((s, w) => s + w.daysObserved, 0);
  return {
    tickets: t.created.length,
    firstResponded: frt.length,
    resolved: toResolve.length,
    openAtEnd: t.created.length - toResolve.length,
    frtMeanHours: mean(frt),
    frtMedianHours: median(frt),
    frtAttainment: attainment(frt, o.frtTargetHours),
    resolutionMedianHours: median(toResolve),
    escalatedShare: ratio(counted.filter((c) => c >= 1).length, counted.length),
    inboundPerWeek: (t.created.length / days) * daysPerWeek,
    businessHours: o.hours !== undefined,
  };
}

/**
 * Weekly baseline of a ticket log. Weeks start at 00:00 on `weekStartDay`
 * and run from the week of the first created ticket to that of the last.
 * Inbound, FRT and escalation share describe the tickets *created* in the
 * week (FRT over those with a first response, whenever it came); resolved
 * counts resolutions *happening* in the week; backlog at week end counts
 * tickets created before the week's end and not resolved before it (open
 * tickets stay in it). Resolution rate = resolved ÷ inbound of the week.
 * FRT is in business hours when `hoursSpec` is given, else calendar hours.
 * @param log raw columns (see `TicketLog`)
 * @param options week start (0 = Sunday … 6, default Monday), hours spec,
 *   FRT target in hours (> 0; no attainment without it), date order
 * @returns weeks, a whole-period summary and the data-quality report
 * @example ticketBaseline({ created: ['2024-01-01 09:00'], firstResponse: ['2024-01-01 11:00'],
 *   resolved: [''] }, {}).weeks[0].backlogEnd // 1
 */
export function ticketBaseline(
  log: TicketLog,
  options: TicketBaselineOptions = {},
): TicketBaselineResult {
  const o = resolveOptions(options);
  const t = checkTickets(log, options.dateOrder ?? 'auto');
  const origin = weekStartOf(minOf(t.created), o.weekStartDay);
  const last = weekStartOf(maxOf(t.created), o.weekStartDay);
  const weeks = buildWeeks(t, origin, Math.round((last - origin) / minutesPerWeek) + 1, o);
  const summary = summarise(t, weeks, o);
  const quality = t.tally.report(t.dateOrderNote, [
    { label: 'tickets with no first response', count: summary.tickets - summary.firstResponded },
    { label: 'tickets with no resolution (open)', count: summary.openAtEnd },
  ]);
  return { weeks, summary, quality };
}
