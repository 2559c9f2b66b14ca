/**
 * Reads the two real data files in examples/data/ into plain rows for the
 * example workbook. Only parsing happens here: no value is changed, and every
 * timestamp keeps the wall-clock time the log recorded (no time zone is
 * invented: a `Date` built with `Date.UTC` carries the local time as written,
 * which is what ExcelJS stores as the cell's serial date).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder: the nearest parent holding package.json (source or dist). */
export function projectRoot(start = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith(join('dist', 'node'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const DATA_DIR = join(projectRoot(), 'examples', 'data');
export const TICKET_FILE = 'itsm_incidents_opened_2016-02-29_to_2016-03-31.csv';
export const CALL_FILE = 'anonymous_bank_calls_1999-02.csv';

/** One incident of the ServiceNow log, as the Ticket Log sheet shows it. */
export interface TicketRow {
  number: string;
  openedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /** `resolved_at`, or `closed_at` when the incident was never marked resolved. */
  resolvedFrom: 'resolved_at' | 'closed_at' | '';
  reassignments: number;
  priority: string;
}

/** One call of the bank's February 1999 log, as the Call Log sheet shows it. */
export interface CallRow {
  callId: string;
  arrival: Date;
  waitSeconds: number;
  serviceSeconds: number;
  outcome: string;
  agent: string;
  serviceType: string;
  /** The call joined the queue: `q_start` is not 0:00:00 (the publisher's rule). */
  queued: boolean;
}

/** Splits a CSV file that needs no quoting (both files say so) into records. */
export function readCsv(fileName: string, dir = DATA_DIR): Record<string, string>[] {
  const lines = readFileSync(join(dir, fileName), 'utf8').split('\n');
  const header = lines[0].split(',');
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    rows.push(row);
  }
  return rows;
}

const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/;

/** `29/2/2016 01:16` (day first, minutes) → a wall-clock Date; `?`/blank → null. */
export function parseDayFirst(text: string): Date | null {
  const m = DAY_FIRST.exec(text.trim());
  if (!m) return null;
  const [day, month, year, hour, minute] = m.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** `990201` + `7:02:47` → a wall-clock Date (all dates are in 1999). */
export function parseYymmddTime(date: string, time: string): Date | null {
  const d = /^(\d{2})(\d{2})(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const year = 1900 + Number(d[1]);
  const [hour, minute, second] = t.slice(1).map(Number);
  return new Date(Date.UTC(year, Number(d[2]) - 1, Number(d[3]), hour, minute, second));
}

/** The ticket log: the six columns the baseline needs, in the published order. */
export function loadTickets(dir = DATA_DIR): TicketRow[] {
  return readCsv(TICKET_FILE, dir).map((r) => {
    const resolved = parseDayFirst(r.resolved_at);
    const closed = parseDayFirst(r.closed_at);
    const openedAt = parseDayFirst(r.opened_at);
    if (!openedAt) throw new Error(`${TICKET_FILE}: ${r.number} has no opened_at`);
    return {
      number: r.number,
      openedAt,
      firstResponseAt: parseDayFirst(r.first_active_at),
      resolvedAt: resolved ?? closed,
      resolvedFrom: resolved ? 'resolved_at' : closed ? 'closed_at' : '',
      reassignments: Number(r.reassignment_count),
      priority: r.priority,
    };
  });
}

/** The call log: arrival (date + vru_entry), queue wait, service, outcome, agent. */
export function loadCalls(dir = DATA_DIR): CallRow[] {
  return readCsv(CALL_FILE, dir).map((r) => {
    const arrival = parseYymmddTime(r.date, r.vru_entry);
    if (!arrival) throw new Error(`${CALL_FILE}: call ${r.call_id} has no arrival time`);
    return {
      callId: `${r['vru+line']}-${r.call_id}`,
      arrival,
      waitSeconds: Number(r.q_time),
      serviceSeconds: Number(r.ser_time),
      outcome: r.outcome,
      agent: r.server,
      serviceType: r.type,
      queued: r.q_start.trim() !== '0:00:00',
    };
  });
}
