/**
 * Reading a ticket log row by row into checked tickets: each row is used or
 * skipped with one reason (see `quality.ts`).
 */
import { fail } from '../errors';
import { IdSeen, QualityTally, checkSameLength, isBlankRow } from './quality';
import { readTimeColumn, resolveDateOrder } from './timeColumns';
import type { Cell, DateOrder, TicketLog } from './types';

/** Used tickets as parallel arrays (wall-clock minutes; NaN = not yet). */
export interface CheckedTickets {
  created: number[];
  firstResponse: number[];
  resolved: number[];
  /** Escalation count per ticket; NaN when the column is absent or blank. */
  escalations: number[];
  tally: QualityTally;
  dateOrderNote: string;
}

type Column = { minutes: Float64Array; blank: Uint8Array };

function countValue(cell: Cell): number {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) {
    return NaN;
  }
  const value = typeof cell === 'number' ? cell : Number(String(cell).trim());
  return Number.isInteger(value) && value >= 0 ? value : -1;
}

function rowProblem(
  i: number,
  cols: { created: Column; first: Column; resolved: Column },
  log: TicketLog,
): { reason: 'unparseableTime' | 'endBeforeStart'; cell: Cell } | undefined {
  const { created, first, resolved } = cols;
  if (Number.isNaN(created.minutes[i])) return { reason: 'unparseableTime', cell: log.created[i] };
  if (!first.blank[i] && Number.isNaN(first.minutes[i])) {
    return { reason: 'unparseableTime', cell: log.firstResponse[i] };
  }
  if (!resolved.blank[i] && Number.isNaN(resolved.minutes[i])) {
    return { reason: 'unparseableTime', cell: log.resolved[i] };
  }
  if (first.minutes[i] < created.minutes[i]) {
    return { reason: 'endBeforeStart', cell: log.firstResponse[i] };
  }
  if (resolved.minutes[i] < created.minutes[i]) {
    return { reason: 'endBeforeStart', cell: log.resolved[i] };
  }
  return undefined;
}

/**
 * Checks every row of a ticket log. A row is skipped when its created time
 * is missing or unreadable, a non-blank first-response or resolved time is
 * unreadable (`unparseableTime`), either comes before creation
 * (`endBeforeStart`), its escalation count is not a whole number ≥ 0
 * (`badNumber`), or its id repeats an earlier row (`duplicateId`). Blank
 * first-response or resolved cells mean "not yet": the ticket stays open.
 * @param log the raw columns
 * @param dateOrder how to read `a/b/yyyy` text
 * @returns used tickets and the tally of all rows
 * @example checkTickets({ created: ['2016-03-01 09:00'], firstResponse: [''],
 *   resolved: [''] }, 'auto').created // [24280380]
 */
export function checkTickets(log: TicketLog, dateOrder: DateOrder): CheckedTickets {
  const rows = checkSameLength({
    created: log.created,
    firstResponse: log.firstResponse,
    resolved: log.resolved,
    escalations: log.escalations,
    ids: log.ids,
  });
  const order = resolveDateOrder(
    [
      { name: 'created', cells: log.created },
      { name: 'firstResponse', cells: log.firstResponse },
      { name: 'resolved', cells: log.resolved },
    ],
    dateOrder,
  );
  const cols = {
    created: readTimeColumn(log.created, order.dayFirst),
    first: readTimeColumn(log.firstResponse, order.dayFirst),
    resolved: readTimeColumn(log.resolved, order.dayFirst),
  };
  const out: CheckedTickets = {
    created: [],
    firstResponse: [],
    resolved: [],
    escalations: [],
    tally: new QualityTally(),
    dateOrderNote: order.note,
  };
  const all = [log.created, log.firstResponse, log.resolved, log.escalations, log.ids];
  const ids = new IdSeen();
  for (let i = 0; i < rows; i += 1) {
    if (isBlankRow(all, i)) {
      out.tally.blankRows += 1;
      continue;
    }
    out.tally.rowsRead += 1;
    const problem = rowProblem(i, cols, log);
    const count = log.escalations ? countValue(log.escalations[i]) : NaN;
    if (problem) out.tally.skip(problem.reason, i, problem.cell);
    else if (count < 0) out.tally.skip('badNumber', i, log.escalations![i]);
    else if (log.ids && ids.repeated(log.ids[i])) out.tally.skip('duplicateId', i, log.ids[i]);
    else {
      out.created.push(cols.created.minutes[i]);
      out.firstResponse.push(cols.first.minutes[i]);
      out.resolved.push(cols.resolved.minutes[i]);
      out.escalations.push(count);
      out.tally.use(cols.created.minutes[i]);
    }
  }
  if (out.tally.rowsUsed === 0) noRows(out.tally.rowsRead);
  return out;
}

function noRows(rowsRead: number): never {
  return fail({
    code: 'noUsableRows',
    argument: 'created',
    value: rowsRead,
    details: {
      reason: rowsRead === 0 ? 'every row is blank' : `all ${rowsRead} rows were skipped`,
      hint: 'LBF.DATAQUALITY lists why each row was skipped.',
    },
  });
}
