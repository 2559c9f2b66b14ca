/**
 * The baseline sheets of the example workbook, computed by the baselines core
 * from the very cells the log sheets hold (what LBF.BASELINE and
 * LBF.CALLSTATS compute in Excel on those tables).
 */
import {
  callStats,
  minutesToExcelSerial,
  skipReasonText,
  ticketBaseline,
  type CallStatsResult,
  type Cell,
  type QualityReport,
  type TicketBaselineResult,
} from '../src/core/baseline';
import type { PlanCell, SheetPlan } from '../src/workbook';
import { CALL_HEADER, TICKET_HEADER } from './example-logs';

export const TICKET_BASELINE_SHEET = 'Ticket Baseline';
export const CALL_STATS_SHEET = 'Call Stats';
export const QUALITY_SHEET = 'Data Quality';

/** Weeks start on Monday (29 February 2016, the log's first day, is a Monday). */
export const WEEK_START_DAY = 1;
/** The FRT target of the example's policy, hours (an assumption, see LBF Parameters). */
export const FRT_TARGET_HOURS = 4;
/** The answer-time target of the example's phone policy, seconds. */
export const ANSWER_TARGET_SECONDS = 60;

function columnOf(rows: PlanCell[][], header: string[], name: string): Cell[] {
  const index = header.indexOf(name);
  return rows.map((r) => r[index] as Cell);
}

/** The weekly ticket baseline of the Ticket Log cells (calendar hours). */
export function computeTicketBaseline(ticketRows: PlanCell[][]): TicketBaselineResult {
  const col = (name: string) => columnOf(ticketRows, TICKET_HEADER, name);
  return ticketBaseline(
    {
      created: col('Opened at'),
      firstResponse: col('First response at'),
      resolved: col('Resolved at'),
      escalations: col('Reassignments'),
      ids: col('Number'),
    },
    { weekStartDay: WEEK_START_DAY, frtTargetHours: FRT_TARGET_HOURS },
  );
}

/** Call statistics per hour of the week of the Call Log cells. */
export function computeCallStats(callRows: PlanCell[][]): CallStatsResult {
  const col = (name: string) => columnOf(callRows, CALL_HEADER, name);
  return callStats(
    {
      arrival: col('Arrival'),
      waitSeconds: col('Wait seconds'),
      serviceSeconds: col('Service seconds'),
      outcome: col('Outcome'),
      agent: col('Agent'),
      queued: col('Queued').map((q) => q === true),
    },
    { intervalMinutes: 60, targetSeconds: ANSWER_TARGET_SECONDS },
  );
}

const orNull = (v: number | undefined): number | null => (v === undefined ? null : v);

/** The Ticket Baseline sheet: a note, then one table row per week. */
export function ticketBaselineSheet(result: TicketBaselineResult): SheetPlan {
  const header = [
    'Week starting',
    'Days observed',
    'Inbound',
    'First responded',
    'Resolved',
    'Backlog at week end',
    'FRT mean (h)',
    'FRT median (h)',
    `FRT within ${FRT_TARGET_HOURS} h`,
    'Resolution rate',
    'Reassigned share',
  ];
  const rows: PlanCell[][] = result.weeks.map((w) => [
    minutesToExcelSerial(w.weekStartMinutes),
    w.daysObserved,
    w.inbound,
    w.firstResponded,
    w.resolved,
    w.backlogEnd,
    orNull(w.frtMeanHours),
    orNull(w.frtMedianHours),
    orNull(w.frtAttainment),
    orNull(w.resolutionRate),
    orNull(w.escalatedShare),
  ]);
  const s = result.summary;
  return {
    name: TICKET_BASELINE_SHEET,
    mode: 'replace',
    blocks: [
      { row: 0, column: 0, style: 'title', values: [['Weekly ticket baseline']] },
      {
        row: 1,
        column: 0,
        style: 'note',
        values: [
          [
            'Computed by the LBF baselines core from the Ticket Log table (as ' +
              `LBF.BASELINE does): weeks start on Monday, FRT in calendar hours, target ` +
              `${FRT_TARGET_HOURS} h. First and last weeks are partial (see Days observed).`,
          ],
        ],
      },
      { row: 4 + rows.length, column: 0, style: 'section', values: [['Whole period']] },
      {
        row: 5 + rows.length,
        column: 0,
        values: [
          ['Tickets', s.tickets],
          ['Inbound per full week', s.inboundPerWeek],
          ['First responded', s.firstResponded],
          ['Resolved', s.resolved],
          ['Open at the end of the log', s.openAtEnd],
          ['FRT median (h)', orNull(s.frtMedianHours)],
          ['FRT mean (h)', orNull(s.frtMeanHours)],
          [`FRT within ${FRT_TARGET_HOURS} h`, orNull(s.frtAttainment)],
          ['Resolution median (h)', orNull(s.resolutionMedianHours)],
          ['Reassigned share', orNull(s.escalatedShare)],
        ],
      },
    ],
    tables: [
      {
        name: 'TicketBaseline',
        row: 3,
        column: 0,
        header,
        rows,
        style: 'TableStyleMedium2',
        columnFormats: [
          'date',
          'integer',
          'integer',
          'integer',
          'integer',
          'integer',
          'decimal2',
          'decimal2',
          'percent1',
          'percent1',
          'percent1',
        ],
      },
    ],
    formats: [{ row: 5 + rows.length, column: 1, rows: 10, columns: 1, format: 'decimal2' }],
    columnWidths: [
      { column: 0, widthChars: 26 },
      ...header.slice(1).map((h, i) => ({ column: i + 1, widthChars: Math.max(12, h.length + 2) })),
    ],
    frozenRows: 4,
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The Call Stats sheet: one table row per hour of the week, averaged per week. */
export function callStatsSheet(result: CallStatsResult): SheetPlan {
  const header = [
    'Weekday',
    'Hour',
    'Occurrences',
    'Offered',
    'Answered',
    'Abandoned',
    'AHT (s)',
    'Mean wait (s)',
    `Answered within ${ANSWER_TARGET_SECONDS} s`,
    'Abandon share',
    'Patience (s)',
    'Distinct agents',
    'Workload (Erlangs)',
  ];
  const rows: PlanCell[][] = result.rows.map((r) => [
    WEEKDAYS[r.weekday],
    r.startMinute / 60,
    r.occurrences,
    r.offered,
    r.answered,
    r.abandoned,
    orNull(r.ahtSeconds),
    orNull(r.meanWaitSeconds),
    orNull(r.answeredWithinTargetShare),
    orNull(r.abandonShare),
    orNull(r.patienceSeconds),
    r.distinctAgents,
    r.workloadErlangs,
  ]);
  return {
    name: CALL_STATS_SHEET,
    mode: 'replace',
    blocks: [
      { row: 0, column: 0, style: 'title', values: [['Call statistics by hour of the week']] },
      {
        row: 1,
        column: 0,
        style: 'note',
        values: [
          [
            'Computed by the LBF baselines core from the Call Log table (as LBF.CALLSTATS ' +
              'does): counts are per occurrence of the hour (4 of each weekday in February 1999).',
          ],
        ],
      },
      ...callSummaryBlock(result, 4 + rows.length + 1),
    ],
    tables: [
      {
        name: 'CallStats',
        row: 3,
        column: 0,
        header,
        rows,
        style: 'TableStyleMedium2',
        columnFormats: [
          undefined,
          'integer',
          'integer',
          'decimal1',
          'decimal1',
          'decimal1',
          'decimal1',
          'decimal1',
          'percent1',
          'percent1',
          'decimal1',
          'decimal1',
          'decimal2',
        ],
      },
    ],
    columnWidths: header.map((h, column) => ({ column, widthChars: Math.max(10, h.length + 2) })),
    frozenRows: 4,
  };
}

function callSummaryBlock(result: CallStatsResult, row: number): SheetPlan['blocks'] {
  const s = result.summary;
  return [
    { row, column: 0, style: 'section', values: [['Whole period']] },
    {
      row: row + 1,
      column: 0,
      values: [
        ['Offered', s.offered],
        ['Answered', s.answered],
        ['Abandoned', s.abandoned],
        ['Queued', s.queued],
        ['Abandoned in queue', s.abandonedInQueue],
        ['AHT (s)', orNull(s.ahtSeconds)],
        ['Median service (s)', orNull(s.medianServiceSeconds)],
        ['Mean wait, answered (s)', orNull(s.meanWaitAnsweredSeconds)],
        ['Patience (s)', orNull(s.patienceSeconds)],
        [`Service level (${ANSWER_TARGET_SECONDS} s, all offered)`, orNull(s.serviceLevel)],
        ['Busiest hour: calls per occurrence', s.busiest?.offeredPerOccurrence ?? null],
      ],
    },
  ];
}

function qualityRows(title: string, q: QualityReport): PlanCell[][] {
  const period =
    q.periodStartMinutes === undefined || q.periodEndMinutes === undefined
      ? null
      : `${isoMinute(q.periodStartMinutes)} to ${isoMinute(q.periodEndMinutes)}`;
  return [
    [title],
    ['Rows read', q.rowsRead],
    ['Rows used', q.rowsUsed],
    ['Blank rows', q.blankRows],
    ['Period covered', period],
    ['Date order', q.dateOrderNote],
    ...q.skipped.map((k): PlanCell[] => [
      `Skipped: ${skipReasonText[k.reason]}`,
      k.rows,
      `first at row ${k.firstRow}: ${k.example}`,
    ]),
    ...q.notes.map((n): PlanCell[] => [`Note: ${n.label}`, n.count]),
  ];
}

function isoMinute(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The Data Quality sheet: rows read, used and skipped by reason, for both logs. */
export function qualitySheet(tickets: QualityReport, calls: QualityReport): SheetPlan {
  const ticketRows = qualityRows('Ticket Log', tickets);
  const callRows = qualityRows('Call Log', calls);
  return {
    name: QUALITY_SHEET,
    mode: 'replace',
    blocks: [
      { row: 0, column: 0, style: 'title', values: [['Data quality of the logs']] },
      {
        row: 1,
        column: 0,
        style: 'note',
        values: [
          [
            'Every row read is either used or skipped for one reason; nothing is dropped silently. ' +
              'Row numbers count data rows of the table (row 1 = the first row under the header).',
          ],
        ],
      },
      { row: 3, column: 0, values: ticketRows },
      { row: 4 + ticketRows.length, column: 0, values: callRows },
    ],
    columnWidths: [
      { column: 0, widthChars: 44 },
      { column: 1, widthChars: 36 },
      { column: 2, widthChars: 40 },
    ],
  };
}
