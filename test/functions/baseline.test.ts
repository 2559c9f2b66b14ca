/**
 * LBF.BASELINE, LBF.CALLSTATS and LBF.DATAQUALITY called as Excel calls them:
 * n×1 ranges as 2-D arrays, null for omitted arguments, dates as serials.
 */
import * as fs from 'fs';
import * as path from 'path';
import { baseline, callstats, dataquality } from '../../src/functions/baseline';

const dataDir = path.resolve(__dirname, '../..', '../shared/data');

function readCsv(file: string): { header: string[]; rows: string[][] } {
  const full = path.join(dataDir, file);
  if (!fs.existsSync(full)) {
    throw new Error(
      `Shared data file missing: ${full}. The tests need ../shared/data beside the repo.`,
    );
  }
  const [head, ...body] = fs.readFileSync(full, 'utf8').trim().split('\n');
  return { header: head.split(','), rows: body.map((l) => l.split(',')) };
}

const asRange = (values: unknown[]) => values.map((v) => [v]);
/** Excel passes null for an omitted argument; the declared type says undefined. */
const omitted = null as unknown as undefined;

function columnOf(t: { header: string[]; rows: string[][] }, name: string): string[] {
  const i = t.header.indexOf(name);
  return t.rows.map((r) => r[i]);
}

/** Excel serial of `h:mm:ss`, worked out here by hand rather than by the core. */
function timeFraction(text: string): number {
  const [h, m, s] = text.split(':').map(Number);
  return (h * 3600 + m * 60 + s) / 86400;
}

describe('LBF.BASELINE', () => {
  const itsm = readCsv('itsm_incidents_opened_2016-02-29_to_2016-03-31.csv');
  const resolvedAt = columnOf(itsm, 'resolved_at');
  const closedAt = columnOf(itsm, 'closed_at');
  // The README's rule: resolved_at, else closed_at.
  const resolved = resolvedAt.map((r, i) => (r === '?' ? closedAt[i] : r));

  it('spills the weekly table of the ServiceNow log pasted as d/m/yyyy text', () => {
    const table = baseline(
      asRange(columnOf(itsm, 'opened_at')),
      asRange(columnOf(itsm, 'first_active_at')),
      asRange(resolved),
      omitted,
      omitted,
      omitted,
      asRange(columnOf(itsm, 'reassignment_count')),
      asRange(columnOf(itsm, 'number')),
      omitted,
    );
    expect(table[0][0]).toBe('Week start (9,200 of 9,202 rows used)');
    expect(table[0][5]).toBe('Backlog at week end');
    // Week starts: 29 Feb 2016 = serial 42429 (1 Jan 2016 = 42370, + 31 + 28), then weekly.
    expect(table.slice(1).map((r) => r[0])).toEqual([42429, 42436, 42443, 42450, 42457]);
    // README: open at 00:00 on 7, 14, 21, 28 March.
    expect(table.slice(1, 5).map((r) => r[5])).toEqual([1029, 1717, 1999, 1743]);
  });

  it('gives the same weeks for Excel date serials and a week start written "Mon" or 2', () => {
    const serial = (text: string) => {
      if (text === '' || text === '?') return '';
      const [d, m, rest] = text.split('/');
      const [y, hm] = rest.split(' ');
      const [h, min] = hm.split(':').map(Number);
      return Date.UTC(Number(y), Number(m) - 1, Number(d), h, min) / 86400000 + 25569;
    };
    const created = asRange(columnOf(itsm, 'opened_at').map(serial));
    const first = asRange(columnOf(itsm, 'first_active_at').map(serial));
    const res = asRange(resolved.map(serial));
    const byName = baseline(
      created,
      first,
      res,
      'Mon',
      omitted,
      omitted,
      omitted,
      omitted,
      omitted,
    );
    const byNumber = baseline(created, first, res, 2, omitted, omitted, omitted, omitted, omitted);
    expect(byName).toEqual(byNumber);
    expect(byName.slice(1, 5).map((r) => r[5])).toEqual([1029, 1717, 1999, 1743]);
  });

  it('answers #VALUE! naming the column and value when day/month order cannot be told', () => {
    const result = baseline(
      [['1/3/2016 10:00'], ['2/3/2016 09:00']],
      [[''], [null]],
      [[''], ['']],
      omitted,
      omitted,
      omitted,
      omitted,
      omitted,
      omitted,
    ) as unknown as { code: string; message: string };
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toContain(
      'created could be day-first or month-first ("1/3/2016 10:00")',
    );
    const fixed = baseline(
      [['1/3/2016 10:00'], ['2/3/2016 09:00']],
      [[''], [null]],
      [[''], ['']],
      omitted,
      omitted,
      omitted,
      omitted,
      omitted,
      'DMY',
    );
    expect(fixed.slice(1).map((r) => r[2])).toEqual([2]); // Tue 1 and Wed 2 March: one week
  });

  it.each([
    [{ weekStart: 8 }, 'weekStart must be a whole number ≥ 1 and ≤ 7; got 8.'],
    [{ weekStart: 'Funday' }, 'weekStart must be one of Sun … Sat or 1 (Sunday) … 7 (Saturday)'],
    [{ hoursSpec: 'weekdays' }, 'hoursSpec "weekdays" cannot be read'],
    [{ frtTargetHours: 0 }, 'frtTargetHours must be a number > 0; got 0.'],
    [{ dateOrder: 'YMD' }, 'dateOrder must be one of "DMY", "MDY" or "auto"; got "YMD".'],
    [{ created: [['2024-01-01', 'x']] }, 'created must be one column'],
  ])('refuses %j with a message, never a throw', (bad, message) => {
    const a = {
      created: [['2024-01-01 09:00']],
      weekStart: omitted,
      hoursSpec: omitted,
      frtTargetHours: omitted,
      dateOrder: omitted,
      ...bad,
    };
    const result = baseline(
      a.created,
      [['']],
      [['']],
      a.weekStart,
      a.hoursSpec,
      a.frtTargetHours,
      omitted,
      omitted,
      a.dateOrder,
    ) as unknown as { code: string; message: string };
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toContain(message);
  });
});

describe('LBF.CALLSTATS', () => {
  const bank = readCsv('anonymous_bank_calls_1999-02.csv');
  // Excel reads the bank's date column as numbers (990201) and times as day fractions.
  const dates = columnOf(bank, 'date');
  const times = columnOf(bank, 'vru_entry');
  const arrival = dates.map((d, i) => [Number(d), timeFraction(times[i])]);
  const num = (name: string) => asRange(columnOf(bank, name).map(Number));

  it("spills one row per hour of the week with the README's arrivals per hour", () => {
    const table = callstats(
      arrival,
      num('q_time'),
      num('ser_time'),
      asRange(columnOf(bank, 'outcome')),
      omitted,
      60,
      asRange(columnOf(bank, 'server')),
      omitted,
      omitted,
    );
    expect(table).toHaveLength(1 + 168);
    expect(table[0][0]).toBe('Weekday (33,066 of 33,344 rows used)');
    expect(table[1 + 10].slice(0, 3)).toEqual(['Sun', '10:00', 4]);
    // Mean calls per day at 10h, Sunday to Thursday: README 125.0.
    const tenOClock = [0, 1, 2, 3, 4].map((d) => table[1 + d * 24 + 10][3] as number);
    expect(Math.abs(tenOClock.reduce((s, x) => s + x, 0) / 5 - 125.0)).toBeLessThanOrEqual(0.05);
    // Sunday's 24 rows × 4 Sundays = README's 6,125 Sunday calls.
    const sunday = table.slice(1, 25).reduce((s, r) => s + (r[3] as number) * 4, 0);
    expect(sunday).toBeCloseTo(6125, 9);
    expect(table.flat().every((c) => typeof c === 'string' || Number.isFinite(c))).toBe(true);
  });

  it('takes 30-minute intervals and answers #VALUE! for 45', () => {
    const one = [[45298.5]];
    expect(
      callstats(one, [[0]], [[60]], [['AGENT']], 30, omitted, omitted, omitted, omitted),
    ).toHaveLength(1 + 7 * 48);
    const bad = callstats(
      one,
      [[0]],
      [[60]],
      [['AGENT']],
      45,
      omitted,
      omitted,
      omitted,
      omitted,
    ) as unknown as { code: string; message: string };
    expect(bad.message).toBe('intervalMinutes must be one of 15, 30 or 60; got 45.');
  });
});

describe('LBF.DATAQUALITY', () => {
  it('reports the PHANTOM calls of the bank log as skipped, with the first example', () => {
    const bank = readCsv('anonymous_bank_calls_1999-02.csv');
    const col = (name: string) => asRange(columnOf(bank, name));
    const arrival = bank.rows.map((r) => [r[5], r[6]]);
    const table = dataquality(
      'calls',
      arrival,
      col('q_time'),
      col('ser_time'),
      col('outcome'),
      col('server'),
      omitted,
      omitted,
    );
    expect(table[0]).toEqual(['Item', 'Rows', 'First example']);
    expect(table[1]).toEqual(['Rows read', 33344, '']);
    expect(table[2]).toEqual(['Rows used', 33066, '']);
    const phantom = table.find((r) => String(r[0]).startsWith('Skipped: ignored outcome'));
    expect(phantom?.[1]).toBe(278);
    expect(String(phantom?.[2])).toMatch(/^row \d+: "PHANTOM"$/);
    expect(table.find((r) => r[0] === 'Skipped: negative duration')?.[1]).toBe(0);
    // Period from 1 Feb 1999 (serial 36192) to 28 Feb 1999.
    const from = table.find((r) => r[0] === 'Period from (first start)')![1] as number;
    expect(Math.floor(from)).toBe(36192);
  });

  it('reports a ticket log, and refuses an unknown kind', () => {
    const table = dataquality(
      'Tickets',
      [['2024-01-01 09:00'], ['bad'], ['']],
      [[''], [''], ['']],
      [[''], [''], ['']],
      omitted,
      omitted,
      omitted,
      omitted,
    );
    expect(table.find((r) => r[0] === 'Rows read')?.[1]).toBe(2);
    expect(table.find((r) => r[0] === 'Blank rows ignored')?.[1]).toBe(1);
    expect(table.find((r) => r[0] === 'Skipped: unparseable or missing time')?.slice(1)).toEqual([
      1,
      'row 2: "bad"',
    ]);
    const bad = dataquality(
      'chats',
      [['']],
      [['']],
      [['']],
      omitted,
      omitted,
      omitted,
      omitted,
    ) as unknown as { message: string };
    expect(bad.message).toBe('kind must be one of "tickets" or "calls"; got "chats".');
  });
});
