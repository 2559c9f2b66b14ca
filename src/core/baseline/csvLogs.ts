/**
 * CSV rows of the two shared example files to logs: the "Anonymous Bank"
 * call-centre file (Technion SEE, Guedj & Mandelbaum) and the ServiceNow
 * incident file (UCI). Pure: the caller reads the file and passes its text.
 */
import { fail } from '../errors';
import type { CallLog, TicketLog } from './types';

/** A parsed CSV: header names and rows of text cells. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * Splits CSV text with one header line and no quoted fields (both shared
 * files need none). CR before LF is dropped; a trailing empty line ignored.
 * @example parseSimpleCsv('a,b\n1,2\n').rows // [['1', '2']]
 */
export function parseSimpleCsv(text: string): CsvTable {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const [head, ...body] = lines;
  return { header: (head ?? '').split(','), rows: body.map((l) => l.split(',')) };
}

function column(table: CsvTable, name: string, file: string): string[] {
  const index = table.header.indexOf(name);
  if (index < 0) {
    fail({
      code: 'badFile',
      argument: file,
      value: name,
      details: {
        reason: `it has no column "${name}"`,
        hint: `Columns: ${table.header.join(', ')}.`,
      },
    });
  }
  return table.rows.map((r) => r[index] ?? '');
}

/** What the bank file writes for "never queued" in `q_start`. */
const NEVER_QUEUED = '0:00:00';

/**
 * The bank file's layout as a call log: arrival = `date` (yymmdd) +
 * `vru_entry` (h:mm:ss), wait = `q_time`, service = `ser_time`, outcome
 * AGENT / HANG / PHANTOM, agent = `server`, queued = `q_start` ≠ 0:00:00 (the
 * publisher's rule). `call_id` is not unique in the file, so no ids are set.
 * @example bankCallLog(parseSimpleCsv(text)).outcome.length // 33344
 */
export function bankCallLog(table: CsvTable): CallLog {
  const file = 'bank call log';
  return {
    arrivalDate: column(table, 'date', file),
    arrivalTime: column(table, 'vru_entry', file),
    waitSeconds: column(table, 'q_time', file),
    serviceSeconds: column(table, 'ser_time', file),
    outcome: column(table, 'outcome', file),
    agent: column(table, 'server', file),
    queued: column(table, 'q_start', file).map((q) => q.trim() !== NEVER_QUEUED),
  };
}

/**
 * The ServiceNow incident file as a ticket log: created = `opened_at`, first
 * response = `first_active_at` (first time the incident was Active), resolved
 * = `resolved_at`, or `closed_at` when that is `?` (the file README's rule),
 * escalations = `reassignment_count`, ids = `number`. Its `?` is read as blank.
 * @example itsmTicketLog(parseSimpleCsv(text)).created.length // 9202
 */
export function itsmTicketLog(table: CsvTable): TicketLog {
  const file = 'incident log';
  const resolved = column(table, 'resolved_at', file);
  const closed = column(table, 'closed_at', file);
  return {
    created: column(table, 'opened_at', file),
    firstResponse: column(table, 'first_active_at', file),
    resolved: resolved.map((r, i) => (r.trim() === '?' || r.trim() === '' ? closed[i] : r)),
    escalations: column(table, 'reassignment_count', file),
    ids: column(table, 'number', file),
  };
}
