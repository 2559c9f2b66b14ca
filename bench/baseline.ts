/**
 * Baselines from raw logs (issue 7): LBF.BASELINE on the 9,202-incident
 * ServiceNow log and LBF.CALLSTATS on the 33,344-call bank log, called
 * through the custom functions with 2-D arrays as Excel passes them.
 * Target: each under 0.5 s.
 */
import * as fs from 'fs';
import * as path from 'path';
import { baseline, callstats } from '../src/functions/baseline';
import { measure, type BenchRow } from './harness';

const targetMs = 500;
const omitted = null as unknown as undefined;

function dataFile(name: string): string {
  // The repository root seen from dist/node/bench (built), bench/ (ts) or the
  // working directory; then its examples/data copy or ../shared/data beside it.
  const roots = [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '..'), process.cwd()];
  for (const root of roots) {
    for (const dir of ['examples/data', '../shared/data']) {
      const full = path.join(root, dir, name);
      if (fs.existsSync(full)) return full;
    }
  }
  throw new Error(`bench data ${name} not found in examples/data or ../shared/data`);
}

function csvColumns(name: string): Record<string, string[]> {
  const [head, ...body] = fs.readFileSync(dataFile(name), 'utf8').trim().split('\n');
  const header = head.split(',');
  const rows = body.map((l) => l.split(','));
  return Object.fromEntries(header.map((h, i) => [h, rows.map((r) => r[i])]));
}

const range = (values: unknown[]) => values.map((v) => [v]);

/** d/m/yyyy hh:mm text to an Excel serial, as a workbook would hold it. */
function serialOf(text: string): number | string {
  const m = /^(\d+)\/(\d+)\/(\d+) (\d+):(\d+)$/.exec(text);
  if (!m) return '';
  const [, d, mo, y, h, mi] = m.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi) / 86400000 + 25569;
}

function ticketRows(): BenchRow[] {
  const c = csvColumns('itsm_incidents_opened_2016-02-29_to_2016-03-31.csv');
  const resolved = c.resolved_at.map((r, i) => (r === '?' ? c.closed_at[i] : r));
  const text = [c.opened_at, c.first_active_at, resolved].map(range);
  const serials = [c.opened_at, c.first_active_at, resolved].map((col) => range(col.map(serialOf)));
  const escalations = range(c.reassignment_count.map(Number));
  return [
    measure(
      'LBF.BASELINE, 9,202 tickets, d/m/yyyy text',
      () => baseline(text[0], text[1], text[2], omitted, omitted, 4, escalations, omitted, omitted),
      { repeats: 11, targetMs },
    ),
    measure(
      'LBF.BASELINE, 9,202 tickets, date serials, business hours',
      () =>
        baseline(
          serials[0],
          serials[1],
          serials[2],
          omitted,
          'Mon-Fri 08:00-18:00',
          4,
          escalations,
          omitted,
          omitted,
        ),
      { repeats: 11, targetMs },
    ),
  ];
}

function callRows(): BenchRow[] {
  const c = csvColumns('anonymous_bank_calls_1999-02.csv');
  const dayFraction = (t: string) => {
    const [h, m, s] = t.split(':').map(Number);
    return (h * 3600 + m * 60 + s) / 86400;
  };
  const arrival = c.date.map((d, i) => [Number(d), dayFraction(c.vru_entry[i])]);
  const serial = c.date.map((d, i) => {
    const y = 1900 + Number(d.slice(0, 2));
    return [
      Date.UTC(y, Number(d.slice(2, 4)) - 1, Number(d.slice(4))) / 86400000 +
        25569 +
        dayFraction(c.vru_entry[i]),
    ];
  });
  const args = [range(c.q_time.map(Number)), range(c.ser_time.map(Number)), range(c.outcome)];
  const agent = range(c.server);
  return [
    measure(
      'LBF.CALLSTATS, 33,344 calls, date + time columns, hourly',
      () => callstats(arrival, args[0], args[1], args[2], omitted, 60, agent, omitted, omitted),
      { repeats: 11, targetMs },
    ),
    measure(
      'LBF.CALLSTATS, 33,344 calls, serial arrivals, 15-minute',
      () => callstats(serial, args[0], args[1], args[2], 15, 20, agent, omitted, omitted),
      { repeats: 11, targetMs },
    ),
  ];
}

/** The bench section of issue 7. */
export function baselineBench(): BenchRow[] {
  return [...ticketRows(), ...callRows()];
}
