/**
 * The shared real logs against the figures their README measured by an
 * independent route (../shared/data/README.md, "Checks measured from these
 * files"). The data lives beside the repository: a missing directory fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  bankCallLog,
  callStats,
  itsmTicketLog,
  parseSimpleCsv,
  ticketBaseline,
  type CallStatsResult,
  type TicketBaselineResult,
} from '../../../src/core/baseline';

const dataDir = path.resolve(__dirname, '../../..', '../shared/data');
const BANK = 'anonymous_bank_calls_1999-02.csv';
const ITSM = 'itsm_incidents_opened_2016-02-29_to_2016-03-31.csv';

function readShared(file: string): string {
  const full = path.join(dataDir, file);
  if (!fs.existsSync(full)) {
    throw new Error(
      `Shared data file missing: ${full}. The tests need the shared/ directory ` +
        'beside the repository (../shared/data); it is part of the project checkout.',
    );
  }
  return fs.readFileSync(full, 'utf8');
}

/** README rounding: a figure quoted to `decimals` places is within half a unit. */
function expectRounded(actual: number | undefined, quoted: number, decimals: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - quoted)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

describe('callStats on the Anonymous Bank calls, February 1999', () => {
  let result: CallStatsResult;
  beforeAll(() => {
    result = callStats(bankCallLog(parseSimpleCsv(readShared(BANK))), { targetSeconds: 60 });
  });

  it('reads 33,344 rows and skips exactly the 278 PHANTOM calls, with their reason', () => {
    expect(result.quality.rowsRead).toBe(33344);
    expect(result.quality.rowsUsed).toBe(27162 + 5904);
    expect(result.quality.skipped.map((s) => [s.reason, s.rows])).toEqual([
      ['ignoredOutcome', 278],
    ]);
    expect([result.summary.answered, result.summary.abandoned]).toEqual([27162, 5904]);
    expect(result.quality.notes).toEqual([
      { label: 'answered calls with no agent named', count: 491 },
    ]);
  });

  it('counts calls per weekday: Sun 6,125 … Sat 857, four of each weekday', () => {
    expect(result.summary.offeredByWeekday).toEqual([6125, 5726, 6345, 6292, 5789, 1932, 857]);
    expect(result.summary.daysByWeekday).toEqual([4, 4, 4, 4, 4, 4, 4]);
  });

  it('gives service time of answered calls: mean 176.4 s, median 107 s', () => {
    expectRounded(result.summary.ahtSeconds, 176.4, 1);
    expect(result.summary.medianServiceSeconds).toBe(107);
  });

  it('finds 18,058 queued calls, 3,963 abandoned in queue (21.95 %)', () => {
    expect(result.summary.queued).toBe(18058);
    expect(result.summary.abandonedInQueue).toBe(3963);
    expectRounded(result.summary.queueAbandonShare! * 100, 21.95, 2);
  });

  it('gives queue waits: 75.7 s queued, 78.6 s served, 65.5 s abandoned; 40.8 s over served', () => {
    expectRounded(result.summary.meanWaitQueuedSeconds, 75.7, 1);
    expectRounded(result.summary.meanWaitQueuedAnsweredSeconds, 78.6, 1);
    expectRounded(result.summary.meanWaitQueuedAbandonedSeconds, 65.5, 1);
    expectRounded(result.summary.meanWaitAnsweredSeconds, 40.8, 1);
  });

  it('finds 77.1 % of served calls waited ≤ 60 s', () => {
    expectRounded(result.summary.answeredWithinTargetShare! * 100, 77.1, 1);
  });

  it('estimates patience as total queued wait ÷ queue abandonments (75.7 s × 18,058 / 3,963)', () => {
    // The README's mean queued wait, 75.7 s (so 75.65 to 75.75), over 18,058 queued calls
    // and 3,963 abandonments from the queue: between 344.7 s and 345.2 s.
    expect(result.summary.patienceSeconds).toBeGreaterThanOrEqual((75.65 * 18058) / 3963);
    expect(result.summary.patienceSeconds).toBeLessThanOrEqual((75.75 * 18058) / 3963);
  });

  it.each([
    [7, 40.5],
    [8, 95.2],
    [9, 108.5],
    [10, 125.0],
    [11, 113.0],
    [12, 94.0],
    [13, 120.4],
    [14, 115.0],
    [15, 113.4],
    [16, 116.1],
    [17, 94.5],
    [18, 83.5],
    [19, 66.7],
    [20, 58.8],
    [21, 62.1],
    [22, 53.2],
    [23, 40.7],
  ])('averages %dh arrivals Sunday to Thursday at %d calls a day', (hour, perDay) => {
    const sunToThu = [0, 1, 2, 3, 4].map((day) => result.rows[day * 24 + hour]);
    const calls = sunToThu.reduce((s, r) => s + r.offered, 0);
    const days = sunToThu.reduce((s, r) => s + r.occurrences, 0);
    expectRounded(calls / days, perDay, 1);
  });

  it('has its Sunday-to-Thursday peak at 10h', () => {
    const perHour = Array.from({ length: 24 }, (_, h) =>
      [0, 1, 2, 3, 4].reduce((s, day) => s + result.rows[day * 24 + h].offered, 0),
    );
    expect(perHour.indexOf(Math.max(...perHour))).toBe(10);
  });
});

describe('ticketBaseline on the ServiceNow incidents opened 29 Feb – 31 Mar 2016', () => {
  let result: TicketBaselineResult;
  beforeAll(() => {
    result = ticketBaseline(itsmTicketLog(parseSimpleCsv(readShared(ITSM))), { weekStartDay: 1 });
  });

  it('reads 9,202 incidents day-first, skipping 2 whose first Active came before opening', () => {
    // INC0000131 (opened 09:41, Active 07:14) and INC0000135 (09:45, 09:27) on 29 Feb.
    expect(result.quality.rowsRead).toBe(9202);
    expect(result.quality.skipped).toEqual([
      { reason: 'endBeforeStart', rows: 2, firstRow: 54, example: '"29/2/2016 07:14"' },
    ]);
    expect(result.quality.dateOrderNote).toBe('day-first (inferred from "29/2/2016 01:16")');
    expect(result.summary.tickets).toBe(9200);
  });

  it('finds the median time to first Active of 0.42 h (25 minutes)', () => {
    expect(result.summary.firstResponded).toBe(5733 - 2);
    expectRounded(result.summary.frtMedianHours, 0.42, 2);
  });

  it('counts open incidents at 00:00 on 7, 14, 21 and 28 March: 1,029 / 1,717 / 1,999 / 1,743', () => {
    // Week-end backlogs of the Monday weeks from 29 Feb (7 March 2016 was a Monday).
    expect(result.weeks.slice(0, 4).map((w) => w.backlogEnd)).toEqual([1029, 1717, 1999, 1743]);
    expect(result.weeks.map((w) => w.daysObserved)).toEqual([7, 7, 7, 7, 4]);
  });

  it('finds 55.5 % of incidents reassigned at least once', () => {
    expectRounded(result.summary.escalatedShare! * 100, 55.5, 1);
  });
});
