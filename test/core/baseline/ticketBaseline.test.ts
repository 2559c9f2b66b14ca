import { ticketBaseline, type TicketLog } from '../../../src/core/baseline';
import { errorOf } from './helpers';

// 2024-01-01 is a Monday; Excel serial 45292. Hand-made log:
//   A created Mon 1 Jan 09:00, first response 10:00, resolved Tue 2 Jan 09:00
//   B created Wed 3 Jan 09:00, no response, resolved Mon 8 Jan 00:00 (exactly at week end)
//   C created Fri 5 Jan 16:00, first response Mon 8 Jan 10:00, never resolved (open)
//   D created Tue 9 Jan 08:00, first response 08:30, resolved 12:00
const log: TicketLog = {
  created: ['2024-01-01 09:00', '2024-01-03 09:00', '2024-01-05 16:00', '2024-01-09 08:00'],
  firstResponse: ['2024-01-01 10:00', '', '2024-01-08 10:00', '2024-01-09 08:30'],
  resolved: ['2024-01-02 09:00', '2024-01-08 00:00', null, '2024-01-09 12:00'],
  escalations: [0, 2, '', 1],
};
const minutesOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 60000;

describe('ticketBaseline', () => {
  it('counts weeks from Monday in calendar hours, by hand', () => {
    const { weeks } = ticketBaseline(log, { frtTargetHours: 8 });
    expect(weeks).toEqual([
      {
        weekStartMinutes: minutesOf(2024, 1, 1),
        daysObserved: 7,
        inbound: 3,
        firstResponded: 2,
        // B resolved at 00:00 on 8 Jan, the week's end, is still open then: backlog B + C.
        resolved: 1,
        backlogEnd: 2,
        frtMeanHours: (1 + 66) / 2,
        frtMedianHours: 33.5,
        frtAttainment: 0.5,
        resolutionRate: 1 / 3,
        escalatedShare: 1 / 2, // C has no count: A (0) and B (2)
      },
      {
        weekStartMinutes: minutesOf(2024, 1, 8),
        daysObserved: 2,
        inbound: 1,
        firstResponded: 1,
        resolved: 2,
        backlogEnd: 1, // 2 + 1 − 2: C, still open
        frtMeanHours: 0.5,
        frtMedianHours: 0.5,
        frtAttainment: 1,
        resolutionRate: 2,
        escalatedShare: 1,
      },
    ]);
  });

  it('starts weeks on Sunday when asked, moving the Sunday and Monday tickets', () => {
    const sunday: TicketLog = {
      created: ['2024-01-06 10:00', '2024-01-07 10:00', '2024-01-08 10:00'],
      firstResponse: ['', '', ''],
      resolved: ['', '', ''],
    };
    const monday = ticketBaseline(sunday, { weekStartDay: 1 }).weeks;
    const sundayFirst = ticketBaseline(sunday, { weekStartDay: 0 }).weeks;
    expect(monday.map((w) => [w.weekStartMinutes, w.inbound, w.backlogEnd])).toEqual([
      [minutesOf(2024, 1, 1), 2, 2],
      [minutesOf(2024, 1, 8), 1, 3],
    ]);
    expect(sundayFirst.map((w) => [w.weekStartMinutes, w.inbound, w.backlogEnd])).toEqual([
      [minutesOf(2023, 12, 31), 1, 1],
      [minutesOf(2024, 1, 7), 2, 3],
    ]);
  });

  it('measures FRT in business hours across a weekend (Fri 16:00 → Mon 10:00 is 2 h)', () => {
    const { weeks, summary } = ticketBaseline(log, {
      hoursSpec: 'Mon-Fri 09:00-17:00',
      frtTargetHours: 1,
    });
    // A: 09:00 → 10:00 = 1 h; C: 1 h Friday + 1 h Monday; D: before opening, 0 h.
    expect([weeks[0].frtMeanHours, weeks[0].frtMedianHours, weeks[0].frtAttainment]).toEqual([
      1.5, 1.5, 0.5,
    ]);
    expect(weeks[1].frtMeanHours).toBe(0);
    expect(summary.frtMedianHours).toBe(1);
    expect(summary.businessHours).toBe(true);
  });

  it('keeps a ticket still open at the end in every backlog and the summary', () => {
    const { summary, quality } = ticketBaseline(log);
    expect(summary).toMatchObject({ tickets: 4, resolved: 3, openAtEnd: 1, firstResponded: 3 });
    expect(summary.frtAttainment).toBeUndefined(); // no target given
    expect(quality.notes).toEqual([
      { label: 'tickets with no first response', count: 1 },
      { label: 'tickets with no resolution (open)', count: 1 },
    ]);
    // Median created → resolved of A (24 h), B (111 h), D (4 h).
    expect(summary.resolutionMedianHours).toBe(24);
  });

  it('skips and counts every kind of unusable row, dropping none silently', () => {
    const bad: TicketLog = {
      created: [
        '2024-01-01 09:00',
        'garbage',
        '2024-01-01 09:00',
        '2024-01-01 09:00',
        '2024-01-01 09:00',
        '2024-01-01 09:00',
        '2024-01-01 09:00',
        '',
        '2024-01-01 09:00',
      ],
      firstResponse: ['', '', 'soon', '2024-01-01 08:00', '', '', '', '', ''],
      resolved: ['', '', '', '', '2023-12-31 09:00', '', '', '', ''],
      escalations: [0, 0, 0, 0, 0, -1, 1.5, '', 0],
      ids: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', '', 'T1'],
    };
    const { quality, summary } = ticketBaseline(bad);
    expect(quality.rowsRead).toBe(8);
    expect(quality.blankRows).toBe(1);
    expect(quality.rowsUsed).toBe(1);
    expect(quality.skipped).toEqual([
      { reason: 'unparseableTime', rows: 2, firstRow: 2, example: '"garbage"' },
      { reason: 'badNumber', rows: 2, firstRow: 6, example: '-1' },
      { reason: 'endBeforeStart', rows: 2, firstRow: 4, example: '"2024-01-01 08:00"' },
      { reason: 'duplicateId', rows: 1, firstRow: 9, example: '"T1"' },
    ]);
    expect(summary.tickets).toBe(1);
    expect(quality.periodStartMinutes).toBe(minutesOf(2024, 1, 1) + 9 * 60);
  });

  it('reads d/m/yyyy text once the log proves the order, and refuses when it cannot', () => {
    const dayFirst = ticketBaseline({
      created: ['1/3/2016 10:00', '14/3/2016 10:00'],
      firstResponse: ['', ''],
      resolved: ['', ''],
    });
    expect(dayFirst.quality.dateOrderNote).toBe('day-first (inferred from "14/3/2016 10:00")');
    // Tue 1 March is in the week of Mon 29 Feb, Mon 14 March two weeks later.
    expect(dayFirst.weeks.map((w) => w.inbound)).toEqual([1, 0, 1]);
    const e = errorOf(() =>
      ticketBaseline({
        created: ['1/3/2016 10:00', '2/3/2016 10:00'],
        firstResponse: ['', ''],
        resolved: ['', ''],
      }),
    );
    expect(e.message).toContain('created could be day-first or month-first ("1/3/2016 10:00")');
  });

  it('refuses columns of different lengths, a bad week start and a log with no usable row', () => {
    expect(
      errorOf(() => ticketBaseline({ created: ['2024-01-01'], firstResponse: [], resolved: [''] }))
        .message,
    ).toBe(
      'firstResponse must have as many rows as created (1); got a range of 0 rows. ' +
        'Select the same rows in every column.',
    );
    expect(errorOf(() => ticketBaseline(log, { weekStartDay: 7 })).message).toContain(
      'weekStart must be a whole number ≥ 0 and ≤ 6; got 7.',
    );
    expect(
      errorOf(() => ticketBaseline({ created: ['x'], firstResponse: [''], resolved: [''] }))
        .message,
    ).toBe(
      'created: no row could be used (all 1 rows were skipped). ' +
        'LBF.DATAQUALITY lists why each row was skipped.',
    );
  });
});
