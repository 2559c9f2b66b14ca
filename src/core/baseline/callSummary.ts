/** Whole-period summary of checked calls: the figures an analyst quotes. */
import type { CheckedCalls } from './callRows';
import { mean, median, ratio } from './stats';
import type { CallIntervalStats, CallSummary } from './types';
import { weekdayOf } from './businessHours';

function busiestOf(rows: CallIntervalStats[]): CallSummary['busiest'] {
  let best: CallSummary['busiest'];
  for (const r of rows) {
    const perOccurrence = ratio(r.offered, r.occurrences) ?? 0;
    if (!best || perOccurrence > best.offeredPerOccurrence) {
      best = {
        weekday: r.weekday,
        startMinute: r.startMinute,
        offeredPerOccurrence: perOccurrence,
      };
    }
  }
  return best;
}

function sumWhere(values: number[], keep: (i: number) => boolean): [number, number] {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i += 1) {
    if (keep(i)) {
      sum += values[i];
      count += 1;
    }
  }
  return [sum, count];
}

/**
 * Summary of a call log: counts, shares, AHT (mean service of answered
 * calls), waits, patience (Σ queued wait ÷ abandonments from the queue) and
 * offered calls per weekday.
 * @example summariseCalls(checked, rows, days, 20).patienceSeconds // Σ queued wait ÷ abandons
 */
export function summariseCalls(
  c: CheckedCalls,
  rows: CallIntervalStats[],
  days: number[],
  targetSeconds: number,
): CallSummary {
  const n = c.arrivalMinutes.length;
  const answered = c.answered.filter(Boolean).length;
  const [waitQueued, queued] = sumWhere(c.waitSeconds, (i) => c.queued[i]);
  const [waitQueuedAnswered, queuedAnswered] = sumWhere(
    c.waitSeconds,
    (i) => c.queued[i] && c.answered[i],
  );
  const abandonedInQueue = queued - queuedAnswered;
  const served = c.serviceSeconds.filter((_, i) => c.answered[i]);
  const waitsAnswered = c.waitSeconds.filter((_, i) => c.answered[i]);
  const within = waitsAnswered.filter((w) => w <= targetSeconds).length;
  const offeredByWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const minutes of c.arrivalMinutes) offeredByWeekday[weekdayOf(minutes)] += 1;
  return {
    offered: n,
    answered,
    abandoned: n - answered,
    queued,
    abandonedInQueue,
    abandonShare: ratio(n - answered, n),
    queueAbandonShare: ratio(abandonedInQueue, queued),
    ahtSeconds: mean(served),
    medianServiceSeconds: median(served),
    meanWaitAnsweredSeconds: mean(waitsAnswered),
    meanWaitQueuedSeconds: ratio(waitQueued, queued),
    meanWaitQueuedAnsweredSeconds: ratio(waitQueuedAnswered, queuedAnswered),
    meanWaitQueuedAbandonedSeconds: ratio(waitQueued - waitQueuedAnswered, abandonedInQueue),
    answeredWithinTargetShare: ratio(within, answered),
    serviceLevel: ratio(within, n),
    patienceSeconds: ratio(waitQueued, abandonedInQueue),
    offeredByWeekday,
    daysByWeekday: days,
    busiest: busiestOf(rows),
  };
}
