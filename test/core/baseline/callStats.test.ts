import { callStats, type CallLog } from '../../../src/core/baseline';
import { errorOf } from './helpers';

// Excel serial of 2024-01-07 (a Sunday) is 45298; the log spans Sun 7 → Sun 14 Jan,
// so Sunday occurs twice and every other weekday once.
const sunday7 = (hour: number, minute: number) => 45298 + (hour * 60 + minute) / 1440;
const log: CallLog = {
  arrival: [
    sunday7(10, 5),
    sunday7(10, 20),
    sunday7(10, 40),
    sunday7(10, 50),
    sunday7(11, 10),
    '2024-01-14 10:15',
  ],
  waitSeconds: [10, 30, 40, 0, 0, 5],
  serviceSeconds: [100, 200, 0, '', 60, 300],
  outcome: ['AGENT', 'answered', 'HANG', 'Abandoned', 'AGENT', 'AGENT'],
  agent: ['X', 'Y', '', '', 'X', 'X'],
};

describe('callStats', () => {
  it('sums the Sunday 10:00 hour by hand', () => {
    const { rows } = callStats(log, { targetSeconds: 20 });
    expect(rows).toHaveLength(168);
    expect(rows[10]).toEqual({
      weekday: 0,
      startMinute: 600,
      occurrences: 2,
      offered: 5,
      answered: 3,
      abandoned: 2,
      ahtSeconds: (100 + 200 + 300) / 3,
      meanWaitSeconds: (10 + 30 + 5) / 3,
      answeredWithinTargetShare: 2 / 3, // waits 10 and 5 are ≤ 20 s, 30 is not
      abandonShare: 2 / 5,
      // Queued = waited > 0: 10 + 30 + 40 + 5 = 85 s over 1 abandonment from the queue
      // (the 0-second hang-up never queued).
      patienceSeconds: 85,
      distinctAgents: (2 + 1) / 2, // X and Y on the 7th, X on the 14th
      workloadErlangs: 600 / (3600 * 2),
    });
    expect(rows[11]).toMatchObject({
      offered: 1,
      answered: 1,
      ahtSeconds: 60,
      distinctAgents: 0.5,
    });
    expect(rows[11].patienceSeconds).toBeUndefined();
    expect(rows[24 + 10]).toMatchObject({
      weekday: 1,
      occurrences: 1,
      offered: 0,
      distinctAgents: 0,
    });
    expect(rows[34].ahtSeconds).toBeUndefined();
  });

  it('summarises the whole log by hand', () => {
    const { summary } = callStats(log, { targetSeconds: 20 });
    expect(summary).toMatchObject({
      offered: 6,
      answered: 4,
      abandoned: 2,
      queued: 4,
      abandonedInQueue: 1,
      abandonShare: 2 / 6,
      queueAbandonShare: 1 / 4,
      ahtSeconds: (100 + 200 + 60 + 300) / 4,
      medianServiceSeconds: (100 + 200) / 2,
      meanWaitAnsweredSeconds: (10 + 30 + 0 + 5) / 4,
      meanWaitQueuedSeconds: 85 / 4,
      meanWaitQueuedAnsweredSeconds: 45 / 3,
      meanWaitQueuedAbandonedSeconds: 40,
      answeredWithinTargetShare: 3 / 4,
      serviceLevel: 3 / 6,
      patienceSeconds: 85,
      offeredByWeekday: [6, 0, 0, 0, 0, 0, 0],
      daysByWeekday: [2, 1, 1, 1, 1, 1, 1],
      busiest: { weekday: 0, startMinute: 600, offeredPerOccurrence: 2.5 },
    });
  });

  it('splits into 15-minute intervals when asked', () => {
    const { rows } = callStats(log, { intervalMinutes: 15 });
    expect(rows).toHaveLength(7 * 96);
    expect([40, 41, 42, 43, 44].map((slot) => rows[slot].offered)).toEqual([1, 2, 1, 1, 1]);
    expect(rows[41].startMinute).toBe(10 * 60 + 15);
  });

  it('reads arrival from separate yymmdd date and h:mm:ss time columns', () => {
    const { summary, quality } = callStats({
      arrivalDate: ['990201', 990201],
      arrivalTime: ['7:02:47', 0.5],
      waitSeconds: [0, 3],
      serviceSeconds: [10, 20],
      outcome: ['AGENT', 'AGENT'],
    });
    expect(summary.offeredByWeekday[1]).toBe(2); // 1 Feb 1999 was a Monday
    expect(quality.periodStartMinutes).toBeCloseTo(Date.UTC(1999, 1, 1, 7, 2, 47) / 60000, 6);
    expect(quality.periodEndMinutes).toBe(Date.UTC(1999, 1, 1, 12) / 60000);
  });

  it('skips and counts every kind of unusable row, PHANTOM included', () => {
    const bad: CallLog = {
      arrival: [45298.5, 'yesterday', 45298.5, 45298.5, 45298.5, 45298.5, 45298.5, null, 45298.6],
      waitSeconds: [1, 1, 'abc', -3, 1, 1, 1, null, 2],
      serviceSeconds: [5, 5, 5, 5, 5, 5, 5, null, 5],
      outcome: ['AGENT', 'AGENT', 'AGENT', 'AGENT', 'MAYBE', 'PHANTOM', 'AGENT', '', 'HANG'],
      ids: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c1', null, 'c9'],
    };
    const { quality, summary } = callStats(bad);
    expect([quality.rowsRead, quality.rowsUsed, quality.blankRows]).toEqual([8, 2, 1]);
    expect(quality.skipped).toEqual([
      { reason: 'unparseableTime', rows: 1, firstRow: 2, example: '"yesterday"' },
      { reason: 'badNumber', rows: 1, firstRow: 3, example: '"abc"' },
      { reason: 'negativeDuration', rows: 1, firstRow: 4, example: '-3' },
      { reason: 'unknownOutcome', rows: 1, firstRow: 5, example: '"MAYBE"' },
      { reason: 'ignoredOutcome', rows: 1, firstRow: 6, example: '"PHANTOM"' },
      { reason: 'duplicateId', rows: 1, firstRow: 7, example: '"c1"' },
    ]);
    expect([summary.offered, summary.answered, summary.abandoned]).toEqual([2, 1, 1]);
  });

  it('refuses an interval other than 15, 30 or 60 minutes', () => {
    expect(errorOf(() => callStats(log, { intervalMinutes: 45 })).message).toBe(
      'intervalMinutes must be one of 15, 30 or 60; got 45.',
    );
    expect(errorOf(() => callStats(log, { intervalMinutes: 120 })).code).toBe('outOfRange');
  });
});

describe('callStats: no usable row', () => {
  it('names the column whose values could not be read (waitSeconds), not arrival', () => {
    const log: CallLog = {
      arrival: [45298.5, 45298.6],
      waitSeconds: ['abc', '1,5'],
      serviceSeconds: [5, 5],
      outcome: ['AGENT', 'AGENT'],
    };
    const e = errorOf(() => callStats(log));
    expect(e.argument).toBe('waitSeconds');
    expect(e.message).toBe(
      'waitSeconds: no row could be used (all 2 rows were skipped; 2 for their waitSeconds: ' +
        'not a number, first row 1: "abc"). LBF.DATAQUALITY lists why each row was skipped.',
    );
  });
});
