/**
 * Reading a call log row by row into checked calls: each row is used or
 * skipped with one reason (see `quality.ts`).
 */
import { fail } from '../errors';
import { describeValue } from '../messages';
import { IdSeen, QualityTally, checkSameLength, isBlankRow, skipReasonText } from './quality';
import { readDateTimeColumns, readTimeColumn, resolveDateOrder } from './timeColumns';
import { isMissingCell } from './timeParse';
import type { CallLog, Cell, DateOrder, SkipReason } from './types';

/** Outcome words (case-insensitive) and what they mean. */
const OUTCOME_WORDS: Record<string, 'answered' | 'abandoned' | 'ignored'> = {
  agent: 'answered',
  answered: 'answered',
  answer: 'answered',
  served: 'answered',
  handled: 'answered',
  connected: 'answered',
  hang: 'abandoned',
  abandoned: 'abandoned',
  abandon: 'abandoned',
  hangup: 'abandoned',
  'hung up': 'abandoned',
  lost: 'abandoned',
  phantom: 'ignored',
};

/** Agent cells that name nobody. */
const NO_AGENT = new Set(['no_server', 'none', '?', '']);

/** Used calls as parallel arrays. */
export interface CheckedCalls {
  arrivalMinutes: number[];
  waitSeconds: number[];
  serviceSeconds: number[];
  answered: boolean[];
  queued: boolean[];
  /** Index into `agentNames`, or -1 when no agent is named. */
  agent: number[];
  agentNames: string[];
  tally: QualityTally;
  dateOrderNote: string;
}

/** Seconds from a cell: blank is 0, text must be a number; NaN otherwise. */
function seconds(cell: Cell): number {
  if (isMissingCell(cell) || cell === '') return 0;
  const value =
    typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  return Number.isFinite(value) ? value : NaN;
}

function outcomeOf(cell: Cell): 'answered' | 'abandoned' | 'ignored' | undefined {
  return typeof cell === 'string' ? OUTCOME_WORDS[cell.trim().toLowerCase()] : undefined;
}

function readArrival(log: CallLog, dayFirst: boolean) {
  if (log.arrival) return readTimeColumn(log.arrival, dayFirst);
  return readDateTimeColumns(log.arrivalDate!, log.arrivalTime!, dayFirst);
}

function arrivalCells(log: CallLog): readonly Cell[] {
  if (log.arrival) return log.arrival;
  if (log.arrivalDate && log.arrivalTime) return log.arrivalDate;
  return fail({ code: 'required', argument: 'arrival' });
}

interface RowView {
  arrival: number;
  wait: number;
  service: number;
  outcome: ReturnType<typeof outcomeOf>;
}

/** Why a row is skipped, the cell that shows it and the column it is in. */
type Problem = [SkipReason, Cell, string];

function problemOf(v: RowView, i: number, log: CallLog): Problem | undefined {
  if (Number.isNaN(v.arrival)) {
    return ['unparseableTime', (log.arrival ?? log.arrivalTime!)[i], 'arrival'];
  }
  if (Number.isNaN(v.wait)) return ['badNumber', log.waitSeconds[i], 'waitSeconds'];
  if (Number.isNaN(v.service)) return ['badNumber', log.serviceSeconds[i], 'serviceSeconds'];
  if (v.wait < 0) return ['negativeDuration', log.waitSeconds[i], 'waitSeconds'];
  if (v.service < 0) return ['negativeDuration', log.serviceSeconds[i], 'serviceSeconds'];
  if (v.outcome === undefined) return ['unknownOutcome', log.outcome[i], 'outcome'];
  if (v.outcome === 'ignored') return ['ignoredOutcome', log.outcome[i], 'outcome'];
  return undefined;
}

/** The column most skipped rows blame, with their count and first example. */
interface Blame {
  column: string;
  rows: number;
  reason: SkipReason;
  firstRow: number;
  example: Cell;
}

function blameColumn(blames: Map<string, Blame>, problem: Problem, i: number): void {
  const [reason, cell, column] = problem;
  const found = blames.get(column);
  if (found) found.rows += 1;
  else blames.set(column, { column, rows: 1, reason, firstRow: i + 1, example: cell });
}

function agentIndex(out: CheckedCalls, lookup: Map<string, number>, cell: Cell): number {
  const name = cell === null || cell === undefined ? '' : String(cell).trim();
  if (NO_AGENT.has(name.toLowerCase())) return -1;
  let index = lookup.get(name);
  if (index === undefined) {
    index = out.agentNames.push(name) - 1;
    lookup.set(name, index);
  }
  return index;
}

function emptyCalls(note: string): CheckedCalls {
  return {
    arrivalMinutes: [],
    waitSeconds: [],
    serviceSeconds: [],
    answered: [],
    queued: [],
    agent: [],
    agentNames: [],
    tally: new QualityTally(),
    dateOrderNote: note,
  };
}

/**
 * Checks every row of a call log. Skipped: arrival missing or unreadable
 * (`unparseableTime`), wait or service not a number (`badNumber`; blank is
 * 0), below 0 (`negativeDuration`), an outcome that is neither answered
 * (AGENT, ANSWERED, SERVED, HANDLED, CONNECTED) nor abandoned (HANG,
 * ABANDONED, HANGUP, LOST) (`unknownOutcome`), PHANTOM (`ignoredOutcome`, as
 * the bank data's publisher says), and a repeated id (`duplicateId`).
 * @param log raw columns (see `CallLog`)
 * @param dateOrder how to read `a/b/yyyy` text
 * @returns used calls and the tally of all rows
 * @example checkCalls({ arrival: [25569.5], waitSeconds: [3], serviceSeconds: [60],
 *   outcome: ['AGENT'] }, 'auto').arrivalMinutes // [720]
 */
export function checkCalls(log: CallLog, dateOrder: DateOrder): CheckedCalls {
  const arrival = arrivalCells(log);
  const rows = checkSameLength({
    arrival,
    arrivalTime: log.arrival ? undefined : log.arrivalTime,
    waitSeconds: log.waitSeconds,
    serviceSeconds: log.serviceSeconds,
    outcome: log.outcome,
    agent: log.agent,
    ids: log.ids,
  });
  const order = resolveDateOrder([{ name: 'arrival', cells: arrival }], dateOrder);
  const times = readArrival(log, order.dayFirst);
  const out = emptyCalls(order.note);
  const lookup = new Map<string, number>();
  const ids = new IdSeen();
  const blames = new Map<string, Blame>();
  const all = [
    arrival,
    log.arrival ? undefined : log.arrivalTime,
    log.waitSeconds,
    log.serviceSeconds,
    log.outcome,
    log.agent,
    log.ids,
  ];
  for (let i = 0; i < rows; i += 1) {
    if (isBlankRow(all, i)) {
      out.tally.blankRows += 1;
      continue;
    }
    out.tally.rowsRead += 1;
    const view: RowView = {
      arrival: times.minutes[i],
      wait: seconds(log.waitSeconds[i]),
      service: seconds(log.serviceSeconds[i]),
      outcome: outcomeOf(log.outcome[i]),
    };
    const problem = problemOf(view, i, log);
    if (problem) {
      out.tally.skip(problem[0], i, problem[1]);
      blameColumn(blames, problem, i);
    } else if (log.ids && ids.repeated(log.ids[i])) out.tally.skip('duplicateId', i, log.ids[i]);
    else useCall(out, view, i, log, lookup);
  }
  if (out.tally.rowsUsed === 0) noRows(out.tally.rowsRead, blames);
  return out;
}

function useCall(
  out: CheckedCalls,
  v: RowView,
  i: number,
  log: CallLog,
  lookup: Map<string, number>,
): void {
  const answered = v.outcome === 'answered';
  out.arrivalMinutes.push(v.arrival);
  out.waitSeconds.push(v.wait);
  out.serviceSeconds.push(answered ? v.service : 0);
  out.answered.push(answered);
  out.queued.push(log.queued ? log.queued[i] : v.wait > 0);
  out.agent.push(answered && log.agent ? agentIndex(out, lookup, log.agent[i]) : -1);
  out.tally.use(v.arrival);
}

/** Names the column most skipped rows blame, so the message points at it. */
function noRows(rowsRead: number, blames: Map<string, Blame>): never {
  const worst = [...blames.values()].sort((a, b) => b.rows - a.rows)[0];
  const why = worst
    ? `; ${worst.rows} for their ${worst.column}: ${skipReasonText[worst.reason]}, ` +
      `first row ${worst.firstRow}: ${describeValue(worst.example)}`
    : '';
  return fail({
    code: 'noUsableRows',
    argument: worst?.column ?? 'arrival',
    value: rowsRead,
    details: {
      reason: rowsRead === 0 ? 'every row is blank' : `all ${rowsRead} rows were skipped${why}`,
      hint: 'LBF.DATAQUALITY lists why each row was skipped.',
    },
  });
}
