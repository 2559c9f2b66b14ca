/**
 * Live-channel statistics of a call log (MODEL.md §6): per interval of the
 * week (hour by default) offered, answered and abandoned calls, AHT, mean
 * wait, share answered within target, patience estimate and agents seen.
 */
import { fail } from '../errors';
import { toNumber } from '../args';
import { weekdayOf } from './businessHours';
import { checkCalls, type CheckedCalls } from './callRows';
import { summariseCalls } from './callSummary';
import { maxOf, minOf, ratio } from './stats';
import { minutesPerDay } from './timeParse';
import type { CallIntervalStats, CallLog, CallStatsOptions, CallStatsResult } from './types';

const allowedIntervalMinutes = [15, 30, 60];
const secondsPerMinute = 60;

interface SlotSums {
  offered: Int32Array;
  answered: Int32Array;
  abandoned: Int32Array;
  abandonedInQueue: Int32Array;
  withinTarget: Int32Array;
  serviceSeconds: Float64Array;
  waitAnsweredSeconds: Float64Array;
  waitQueuedSeconds: Float64Array;
  agentDays: Int32Array;
}

function emptySums(slots: number): SlotSums {
  const ints = () => new Int32Array(slots);
  return {
    offered: ints(),
    answered: ints(),
    abandoned: ints(),
    abandonedInQueue: ints(),
    withinTarget: ints(),
    serviceSeconds: new Float64Array(slots),
    waitAnsweredSeconds: new Float64Array(slots),
    waitQueuedSeconds: new Float64Array(slots),
    agentDays: ints(),
  };
}

/** Slot of the week (0 = Sunday's first interval) of an arrival. */
function slotOf(minutes: number, intervalMinutes: number): number {
  const minuteOfDay = minutes - Math.floor(minutes / minutesPerDay) * minutesPerDay;
  const slotsPerDay = minutesPerDay / intervalMinutes;
  return weekdayOf(minutes) * slotsPerDay + Math.floor(minuteOfDay / intervalMinutes);
}

function addCall(s: SlotSums, c: CheckedCalls, i: number, slot: number, target: number): void {
  s.offered[slot] += 1;
  if (c.queued[i]) s.waitQueuedSeconds[slot] += c.waitSeconds[i];
  if (c.answered[i]) {
    s.answered[slot] += 1;
    s.serviceSeconds[slot] += c.serviceSeconds[i];
    s.waitAnsweredSeconds[slot] += c.waitSeconds[i];
    if (c.waitSeconds[i] <= target) s.withinTarget[slot] += 1;
  } else {
    s.abandoned[slot] += 1;
    if (c.queued[i]) s.abandonedInQueue[slot] += 1;
  }
}

function sumSlots(c: CheckedCalls, intervalMinutes: number, target: number): SlotSums {
  const s = emptySums((7 * minutesPerDay) / intervalMinutes);
  const firstDay = Math.floor(minOf(c.arrivalMinutes) / minutesPerDay);
  const agentsSeen = new Set<number>();
  const agents = Math.max(1, c.agentNames.length);
  for (let i = 0; i < c.arrivalMinutes.length; i += 1) {
    const slot = slotOf(c.arrivalMinutes[i], intervalMinutes);
    addCall(s, c, i, slot, target);
    if (c.agent[i] < 0) continue;
    // One key per (actual interval, agent): an agent counts once per interval.
    const interval = Math.floor((c.arrivalMinutes[i] - firstDay * minutesPerDay) / intervalMinutes);
    const key = interval * agents + c.agent[i];
    if (!agentsSeen.has(key)) {
      agentsSeen.add(key);
      s.agentDays[slot] += 1;
    }
  }
  return s;
}

/**
 * Days of each weekday (0 = Sunday) from the first arrival's day to the last's.
 * @example daysByWeekday([0, 1440 * 7]) // [1, 1, 1, 1, 2, 1, 1] (Thursday to Thursday)
 */
export function daysByWeekday(arrivalMinutes: readonly number[]): number[] {
  const first = Math.floor(minOf(arrivalMinutes) / minutesPerDay);
  const last = Math.floor(maxOf(arrivalMinutes) / minutesPerDay);
  const days = [0, 0, 0, 0, 0, 0, 0];
  for (let d = first; d <= last; d += 1) days[weekdayOf(d * minutesPerDay)] += 1;
  return days;
}

function rowOf(s: SlotSums, slot: number, intervalMinutes: number, days: number[]) {
  const slotsPerDay = minutesPerDay / intervalMinutes;
  const weekday = Math.floor(slot / slotsPerDay);
  const occurrences = days[weekday];
  const row: CallIntervalStats = {
    weekday,
    startMinute: (slot % slotsPerDay) * intervalMinutes,
    occurrences,
    offered: s.offered[slot],
    answered: s.answered[slot],
    abandoned: s.abandoned[slot],
    ahtSeconds: ratio(s.serviceSeconds[slot], s.answered[slot]),
    meanWaitSeconds: ratio(s.waitAnsweredSeconds[slot], s.answered[slot]),
    answeredWithinTargetShare: ratio(s.withinTarget[slot], s.answered[slot]),
    abandonShare: ratio(s.abandoned[slot], s.offered[slot]),
    patienceSeconds: ratio(s.waitQueuedSeconds[slot], s.abandonedInQueue[slot]),
    distinctAgents: ratio(s.agentDays[slot], occurrences) ?? 0,
    workloadErlangs:
      ratio(s.serviceSeconds[slot], intervalMinutes * secondsPerMinute * occurrences) ?? 0,
  };
  return row;
}

function checkInterval(raw: number | undefined): number {
  const value = toNumber('intervalMinutes', raw, { fallback: 60, min: 15, max: 60 });
  if (!allowedIntervalMinutes.includes(value)) {
    fail({
      code: 'badChoice',
      argument: 'intervalMinutes',
      value,
      details: { choices: '15, 30 or 60' },
    });
  }
  return value;
}

/**
 * Call statistics per interval of the week. Row totals are over the whole
 * period; `occurrences` is how many times the interval occurred (days of its
 * weekday from the first arrival's day to the last's), to turn totals into
 * per-week means. AHT and mean wait are over answered calls; the share
 * within target is of answered calls (wait ≤ target); the patience estimate
 * is Σ wait of queued calls ÷ calls abandoned from the queue (Mandelbaum &
 * Zeltyn's estimator for exponential patience); distinct agents are named
 * agents answering calls that arrived in the interval, per occurrence;
 * workload is Σ service ÷ interval length per occurrence, in Erlangs.
 * @param log raw columns (see `CallLog`)
 * @param options interval 15, 30 or 60 minutes (default 60), answer target
 *   in seconds (≥ 0, default 20), date order
 * @returns 7 × (1440 / interval) rows from Sunday 00:00, a summary and the quality report
 * @example callStats({ arrival: [25569.5], waitSeconds: [3], serviceSeconds: [60],
 *   outcome: ['AGENT'] }).summary.ahtSeconds // 60
 */
export function callStats(log: CallLog, options: CallStatsOptions = {}): CallStatsResult {
  const intervalMinutes = checkInterval(options.intervalMinutes);
  const target = toNumber('targetSeconds', options.targetSeconds, { min: 0, fallback: 20 });
  const calls = checkCalls(log, options.dateOrder ?? 'auto');
  const sums = sumSlots(calls, intervalMinutes, target);
  const days = daysByWeekday(calls.arrivalMinutes);
  const rows = Array.from({ length: sums.offered.length }, (_, slot) =>
    rowOf(sums, slot, intervalMinutes, days),
  );
  const summary = summariseCalls(calls, rows, days, target);
  const unnamed = calls.answered.filter((a, i) => a && calls.agent[i] < 0).length;
  const quality = calls.tally.report(calls.dateOrderNote, [
    { label: 'answered calls with no agent named', count: unnamed },
  ]);
  return { rows, summary, quality };
}
