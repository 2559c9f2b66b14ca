/**
 * The raw-log sheets of the example workbook, as write plans: the ticket log
 * from the ServiceNow incidents and the call log from the bank call centre.
 * Each is an Excel table, so formulas can name its columns
 * (`=LBF.BASELINE(TicketLog[Opened at], TicketLog[First response at], ...)`).
 */
import { dateToSerial, type PlanCell, type SheetPlan } from '../src/workbook';
import type { CallRow, TicketRow } from './example-data';

export const TICKET_SHEET = 'Ticket Log';
export const CALL_SHEET = 'Call Log';
export const TICKET_TABLE = 'TicketLog';
export const CALL_TABLE = 'CallLog';

export const TICKET_HEADER = [
  'Number',
  'Opened at',
  'First response at',
  'Resolved at',
  'Resolved from',
  'Reassignments',
  'Priority',
];

export const CALL_HEADER = [
  'Call id',
  'Arrival',
  'Queued',
  'Wait seconds',
  'Service seconds',
  'Outcome',
  'Agent',
  'Type',
];

function serialOrNull(date: Date | null): number | null {
  return date ? dateToSerial(date) : null;
}

/** One Ticket Log row: blanks where the log has no first response or end yet. */
export function ticketCells(t: TicketRow): PlanCell[] {
  return [
    t.number,
    dateToSerial(t.openedAt),
    serialOrNull(t.firstResponseAt),
    serialOrNull(t.resolvedAt),
    t.resolvedFrom,
    t.reassignments,
    t.priority,
  ];
}

/** One Call Log row. */
export function callCells(c: CallRow): PlanCell[] {
  return [
    c.callId,
    dateToSerial(c.arrival),
    c.queued,
    c.waitSeconds,
    c.serviceSeconds,
    c.outcome,
    c.agent,
    c.serviceType,
  ];
}

/** The Ticket Log sheet: one row per incident, in the published order. */
export function ticketLogSheet(tickets: TicketRow[]): SheetPlan {
  return {
    name: TICKET_SHEET,
    mode: 'replace',
    blocks: [],
    frozenRows: 1,
    tables: [
      {
        name: TICKET_TABLE,
        row: 0,
        column: 0,
        header: TICKET_HEADER,
        rows: tickets.map(ticketCells),
        style: 'TableStyleLight9',
        columnFormats: [undefined, 'datetime', 'datetime', 'datetime', undefined, 'integer'],
      },
    ],
    columnWidths: [14, 17, 17, 17, 13, 13, 14].map((w, column) => ({ column, widthChars: w })),
  };
}

/** The Call Log sheet: one row per call, PHANTOM calls kept (the baseline reports them). */
export function callLogSheet(calls: CallRow[]): SheetPlan {
  return {
    name: CALL_SHEET,
    mode: 'replace',
    blocks: [],
    frozenRows: 1,
    tables: [
      {
        name: CALL_TABLE,
        row: 0,
        column: 0,
        header: CALL_HEADER,
        rows: calls.map(callCells),
        style: 'TableStyleLight9',
        columnFormats: [undefined, 'datetime', undefined, 'integer', 'integer'],
      },
    ],
    columnWidths: [14, 17, 9, 12, 14, 10, 11, 6].map((w, column) => ({ column, widthChars: w })),
  };
}
