/* eslint-disable @typescript-eslint/no-explicit-any --
 * the metadata generator reads these signatures: Excel ranges are any[][]. */
/**
 * Custom functions for baselines from raw logs (MODEL.md §6): LBF.BASELINE,
 * LBF.CALLSTATS and LBF.DATAQUALITY. Thin adapters: ranges to columns,
 * arguments to options, the core's tables back to Excel.
 */
import { fail } from '../core/errors';
import { isBlank, toOptionalNumber } from '../core/args';
import {
  callStats,
  callTable,
  qualityTable,
  ticketBaseline,
  weeklyTable,
  type CallLog,
  type Cell,
  type DateOrder,
  type TicketLog,
} from '../core/baseline';
import { guard } from './excelErrors';

type Range = unknown[][] | null | undefined;
type Table = (string | number)[][];

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return value as Cell;
  // An error value in a cell (#N/A, ...) arrives as an object: keep it unreadable.
  return `#ERROR ${JSON.stringify(value)}`;
}

function columns(argument: string, range: Range, widths: number[]): Cell[][] {
  const rows = Array.isArray(range) ? range : [[range]];
  const width = rows[0]?.length ?? 0;
  if (!widths.includes(width) || rows.some((r) => !Array.isArray(r) || r.length !== width)) {
    const expected =
      widths.length > 1 ? 'must be one column, or two (date, time)' : 'must be one column';
    fail({
      code: 'shapeMismatch',
      argument,
      value: rows,
      details: { problem: expected, hint: `Select a single column of ${argument} values.` },
    });
  }
  return Array.from({ length: width }, (_, c) => rows.map((r) => toCell(r[c])));
}

function column(argument: string, range: Range): Cell[] {
  return columns(argument, range, [1])[0];
}

function optionalColumn(argument: string, range: Range): Cell[] | undefined {
  return range === null || range === undefined ? undefined : column(argument, range);
}

/** Week start as Excel's WEEKDAY numbers (1 = Sunday … 7 = Saturday) or a day name. */
function weekStartDay(raw: unknown): number {
  if (isBlank(raw)) return 1;
  if (typeof raw === 'string' && !/^\s*\d/.test(raw)) {
    const index = DAY_NAMES.indexOf(raw.trim().slice(0, 3).toLowerCase());
    if (index >= 0) return index;
    fail({
      code: 'badChoice',
      argument: 'weekStart',
      value: raw,
      details: { choices: 'Sun … Sat or 1 (Sunday) … 7 (Saturday)' },
    });
  }
  const n = toOptionalNumber('weekStart', raw, {
    min: 1,
    max: 7,
    integer: true,
    hint: 'Use 1 for Sunday, 2 for Monday … 7 for Saturday.',
  });
  return n === undefined ? 1 : n - 1;
}

function readDateOrder(raw: unknown): DateOrder {
  if (isBlank(raw)) return 'auto';
  const text = String(raw).trim().toLowerCase();
  if (text === 'dmy' || text === 'mdy' || text === 'auto') return text;
  return fail({
    code: 'badChoice',
    argument: 'dateOrder',
    value: raw,
    details: { choices: '"DMY", "MDY" or "auto"' },
  });
}

function text(raw: unknown): string | undefined {
  return isBlank(raw) ? undefined : String(raw);
}

function ticketLog(
  created: Range,
  first: Range,
  resolved: Range,
  escalations: Range,
  ids: Range,
): TicketLog {
  return {
    created: column('created', created),
    firstResponse: column('firstResponse', first),
    resolved: column('resolved', resolved),
    escalations: optionalColumn('escalations', escalations),
    ids: optionalColumn('ids', ids),
  };
}

function callLog(
  arrival: Range,
  wait: Range,
  service: Range,
  outcome: Range,
  agent: Range,
  ids: Range,
): CallLog {
  const when = columns('arrival', arrival, [1, 2]);
  return {
    ...(when.length === 1 ? { arrival: when[0] } : { arrivalDate: when[0], arrivalTime: when[1] }),
    waitSeconds: column('waitSeconds', wait),
    serviceSeconds: column('serviceSeconds', service),
    outcome: column('outcome', outcome),
    agent: optionalColumn('agent', agent),
    ids: optionalColumn('ids', ids),
  };
}

/**
 * Weekly baseline of a ticket log: inbound, first responded, resolved, backlog at week end,
 * mean and median first response time (FRT) in hours, FRT attainment, resolution rate and
 * escalated share. Spills a table with a header; blanks in firstResponse or resolved mean
 * "not yet" (the ticket stays open). Rows that cannot be read are skipped and counted: see
 * LBF.DATAQUALITY.
 * @customfunction BASELINE
 * @param created Column of created times (Excel dates, ISO text, d/m/yyyy or m/d/yyyy text).
 * @param firstResponse Column of first-response times; blank = no response yet.
 * @param resolved Column of resolved times; blank = still open.
 * @param [weekStart] First day of the week: 1 = Sunday … 7 = Saturday, or "Mon"; default Monday.
 * @param [hoursSpec] Business hours for FRT, e.g. "Mon-Fri 09:00-17:00"; blank = calendar hours.
 * @param [frtTargetHours] FRT target in hours (> 0) for the attainment column.
 * @param [escalations] Column of escalation or reassignment counts (whole numbers ≥ 0).
 * @param [ids] Column of ticket ids; repeated ids are skipped.
 * @param [dateOrder] "DMY" or "MDY" for text like 3/4/2016; default "auto" (inferred).
 * @returns Weekly table: header row, then one row per week (week start as an Excel date).
 */
export function baseline(
  created: any[][],
  firstResponse: any[][],
  resolved: any[][],
  weekStart?: any,
  hoursSpec?: any,
  frtTargetHours?: any,
  escalations?: any[][],
  ids?: any[][],
  dateOrder?: any,
): any[][] {
  return guard((): Table => {
    const log = ticketLog(created, firstResponse, resolved, escalations, ids);
    return weeklyTable(
      ticketBaseline(log, {
        weekStartDay: weekStartDay(weekStart),
        hoursSpec: text(hoursSpec),
        frtTargetHours: toOptionalNumber('frtTargetHours', frtTargetHours, {
          min: 0,
          minExclusive: true,
        }),
        dateOrder: readDateOrder(dateOrder),
      }),
    );
  }) as any[][];
}

/**
 * Call statistics per interval of the week (hour by default): offered, answered and
 * abandoned calls per week, AHT, mean wait of answered calls, share answered within the
 * target, abandon share, patience estimate (total queue wait ÷ abandonments from the
 * queue), distinct agents and workload in Erlangs. Outcomes: AGENT/ANSWERED = answered,
 * HANG/ABANDONED = abandoned, PHANTOM = ignored. Skipped rows: see LBF.DATAQUALITY.
 * @customfunction CALLSTATS
 * @param arrival Column of arrival times, or two columns (date, time of day).
 * @param waitSeconds Column of seconds waited in queue (≥ 0; blank = 0).
 * @param serviceSeconds Column of service (handle) seconds of answered calls (≥ 0).
 * @param outcome Column of outcomes: AGENT or ANSWERED, HANG or ABANDONED, PHANTOM.
 * @param [intervalMinutes] Interval of the rows: 15, 30 or 60 (default).
 * @param [targetSeconds] Answer-time target in seconds (≥ 0); default 20.
 * @param [agent] Column of agent names; blank or NO_SERVER = no agent named.
 * @param [ids] Column of call ids; repeated ids are skipped.
 * @param [dateOrder] "DMY" or "MDY" for text like 3/4/2016; default "auto" (inferred).
 * @returns Table: header row, then one row per interval of the week from Sunday 00:00.
 */
export function callstats(
  arrival: any[][],
  waitSeconds: any[][],
  serviceSeconds: any[][],
  outcome: any[][],
  intervalMinutes?: any,
  targetSeconds?: any,
  agent?: any[][],
  ids?: any[][],
  dateOrder?: any,
): any[][] {
  return guard((): Table => {
    const log = callLog(arrival, waitSeconds, serviceSeconds, outcome, agent, ids);
    return callTable(callStats(log, callOptions(intervalMinutes, targetSeconds, dateOrder)));
  }) as any[][];
}

function callOptions(intervalMinutes: unknown, targetSeconds: unknown, dateOrder: unknown) {
  return {
    intervalMinutes: toOptionalNumber('intervalMinutes', intervalMinutes),
    targetSeconds: toOptionalNumber('targetSeconds', targetSeconds, { min: 0 }),
    dateOrder: readDateOrder(dateOrder),
  };
}

/**
 * Data-quality report of a ticket or call log: rows read, rows used, rows skipped by
 * reason with the first example, blank rows, period covered, the date order used, and
 * notes (open tickets, answered calls with no agent). Give the same columns as to
 * LBF.BASELINE (kind "tickets") or LBF.CALLSTATS (kind "calls").
 * @customfunction DATAQUALITY
 * @param kind "tickets" or "calls".
 * @param column1 Tickets: created. Calls: arrival (one column, or date and time).
 * @param column2 Tickets: firstResponse. Calls: waitSeconds.
 * @param column3 Tickets: resolved. Calls: serviceSeconds.
 * @param [column4] Tickets: escalations (optional). Calls: outcome (required).
 * @param [column5] Calls: agent (optional). Not used for tickets.
 * @param [ids] Column of ticket or call ids; repeated ids are skipped.
 * @param [dateOrder] "DMY" or "MDY" for text like 3/4/2016; default "auto" (inferred).
 * @returns Table with columns Item, Rows, First example.
 */
export function dataquality(
  kind: any,
  column1: any[][],
  column2: any[][],
  column3: any[][],
  column4?: any[][],
  column5?: any[][],
  ids?: any[][],
  dateOrder?: any,
): any[][] {
  return guard((): Table => {
    const which = String(kind ?? '')
      .trim()
      .toLowerCase();
    const order = readDateOrder(dateOrder);
    if (which === 'tickets') {
      const log = ticketLog(column1, column2, column3, column4, ids);
      return qualityTable(ticketBaseline(log, { dateOrder: order }).quality);
    }
    if (which === 'calls') {
      const log = callLog(column1, column2, column3, required('column4', column4), column5, ids);
      return qualityTable(callStats(log, { dateOrder: order }).quality);
    }
    return fail({
      code: 'badChoice',
      argument: 'kind',
      value: kind,
      details: { choices: '"tickets" or "calls"' },
    });
  }) as any[][];
}

function required(argument: string, range: Range): Range {
  if (range === null || range === undefined) fail({ code: 'required', argument });
  return range;
}
