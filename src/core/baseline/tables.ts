/**
 * Baseline results as spreadsheet tables (header row first): what the custom
 * functions spill and what the command line writes. Dates are Excel serial
 * numbers (format the column as a date); a missing value is "".
 */
import { minutesToExcelSerial } from './timeParse';
import { skipReasonText, skipReasons } from './quality';
import type { CallStatsResult, QualityReport, TicketBaselineResult, WeekBaseline } from './types';

/** One spreadsheet cell of an output table. */
export type TableCell = string | number;

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function cell(value: number | undefined): TableCell {
  return value === undefined ? '' : value;
}

function usedNote(q: QualityReport): string {
  return `${q.rowsUsed.toLocaleString('en-US')} of ${q.rowsRead.toLocaleString('en-US')} rows used`;
}

/** Header of the weekly table; the first cell says how many rows were used. */
export function weeklyHeader(q: QualityReport): string[] {
  return [
    `Week start (${usedNote(q)})`,
    'Days observed',
    'Inbound',
    'First responded',
    'Resolved',
    'Backlog at week end',
    'Mean FRT hours',
    'Median FRT hours',
    'FRT attainment',
    'Resolution rate',
    'Escalated share',
  ];
}

function weekRow(w: WeekBaseline): TableCell[] {
  return [
    minutesToExcelSerial(w.weekStartMinutes),
    w.daysObserved,
    w.inbound,
    w.firstResponded,
    w.resolved,
    w.backlogEnd,
    cell(w.frtMeanHours),
    cell(w.frtMedianHours),
    cell(w.frtAttainment),
    cell(w.resolutionRate),
    cell(w.escalatedShare),
  ];
}

/**
 * The weekly ticket baseline as a table: header, then one row per week.
 * @example weeklyTable(result)[0][2] // 'Inbound'
 */
export function weeklyTable(result: TicketBaselineResult): TableCell[][] {
  return [weeklyHeader(result.quality), ...result.weeks.map(weekRow)];
}

function clock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  return `${String(hours).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

function perWeek(total: number, occurrences: number): number {
  return occurrences > 0 ? total / occurrences : 0;
}

/**
 * Call statistics as a table: header, then one row per interval of the week
 * from Sunday 00:00. Counts are means per week (per occurrence of the
 * interval); AHT, wait and patience are in seconds.
 * @example callTable(result)[1].slice(0, 2) // ['Sun', '00:00']
 */
export function callTable(result: CallStatsResult): TableCell[][] {
  const header = [
    `Weekday (${usedNote(result.quality)})`,
    'Start',
    'Days',
    'Offered per week',
    'Answered per week',
    'Abandoned per week',
    'AHT seconds',
    'Mean wait seconds',
    'Answered within target share',
    'Abandon share',
    'Patience seconds',
    'Distinct agents',
    'Workload Erlangs',
  ];
  const rows = result.rows.map((r) => [
    WEEKDAY_NAMES[r.weekday],
    clock(r.startMinute),
    r.occurrences,
    perWeek(r.offered, r.occurrences),
    perWeek(r.answered, r.occurrences),
    perWeek(r.abandoned, r.occurrences),
    cell(r.ahtSeconds),
    cell(r.meanWaitSeconds),
    cell(r.answeredWithinTargetShare),
    cell(r.abandonShare),
    cell(r.patienceSeconds),
    r.distinctAgents,
    r.workloadErlangs,
  ]);
  return [header, ...rows];
}

/**
 * The data-quality report as a 3-column table (item, rows, example). Every
 * skip reason is listed, with 0 when none, so the table keeps its shape.
 * @example qualityTable(report)[1] // ['Rows read', 9202, '']
 */
export function qualityTable(q: QualityReport): TableCell[][] {
  const skips = skipReasons.map((reason) => {
    const found = q.skipped.find((s) => s.reason === reason);
    const example = found ? `row ${found.firstRow}: ${found.example}` : '';
    return [`Skipped: ${skipReasonText[reason]}`, found?.rows ?? 0, example];
  });
  const serial = (m: number | undefined) => (m === undefined ? '' : minutesToExcelSerial(m));
  return [
    ['Item', 'Rows', 'First example'],
    ['Rows read', q.rowsRead, ''],
    ['Rows used', q.rowsUsed, ''],
    ...skips,
    ['Blank rows ignored', q.blankRows, ''],
    ['Period from (first start)', serial(q.periodStartMinutes), ''],
    ['Period to (last start)', serial(q.periodEndMinutes), ''],
    ['Date order', '', q.dateOrderNote],
    ...q.notes.map((n) => [`Note: ${n.label}`, n.count, '']),
  ];
}
