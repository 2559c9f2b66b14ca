/** Pure helpers of the task pane: theme, typed ranges, typed numbers and overrides, log columns. */
import { emptyDraft } from '../../src/taskpane/state/defaults';
import { themeForBackground } from '../../src/taskpane/theme';
import { parseRangeText } from '../../src/taskpane/state/rangeText';
import {
  isIsoDate,
  parseNumberInput,
  parseOverrides,
  serialDateTime,
} from '../../src/taskpane/state/parse';
import { LbfError } from '../../src/core/errors';
import { describeError } from '../../src/taskpane/services/errors';
import { logColumns } from '../../src/taskpane/services/logColumns';

describe('themeForBackground', () => {
  // Relative luminance 0.2126 R + 0.7152 G + 0.0722 B on 0–1 channels: a grey g/255
  // has luminance g/255, so 0x80 = 128/255 = 0.502 is light and 0x7F = 127/255 = 0.498 dark.
  it.each([
    ['#FFFFFF', 'light'],
    ['#1f1f1f', 'dark'],
    ['#808080', 'light'],
    ['#7F7F7F', 'dark'],
    // Pure green: 0.7152 ≥ 0.5, light; pure red: 0.2126, dark.
    ['#00FF00', 'light'],
    ['#FF0000', 'dark'],
    [undefined, 'light'],
    ['white', 'light'],
  ] as const)('%s is %s', (color, theme) => {
    expect(themeForBackground(color)).toBe(theme);
  });
});

describe('parseRangeText', () => {
  it.each([
    ["'Call log'!$B$2:$E$90", { sheet: 'Call log', row: 1, column: 1, rows: 89, columns: 4 }],
    ['Tickets!A1', { sheet: 'Tickets', row: 0, column: 0, rows: 1, columns: 1 }],
    ["'O''Brien''s'!C3:A1", { sheet: "O'Brien's", row: 0, column: 0, rows: 3, columns: 3 }],
    ['=Params!A1:H38', { sheet: 'Params', row: 0, column: 0, rows: 38, columns: 8 }],
    // Whole columns and rows reach Excel's edge: 1,048,576 rows, 16,384 columns.
    [
      "'Ticket Baseline'!G:G",
      { sheet: 'Ticket Baseline', row: 0, column: 6, rows: 1048576, columns: 1 },
    ],
    ['Log!$C:$A', { sheet: 'Log', row: 0, column: 0, rows: 1048576, columns: 3 }],
    ['Log!1:1', { sheet: 'Log', row: 0, column: 0, rows: 1, columns: 16384 }],
    ['Log!5:2', { sheet: 'Log', row: 1, column: 0, rows: 4, columns: 16384 }],
  ])('reads %s', (text, ref) => {
    expect(parseRangeText(text)).toEqual(ref);
  });

  it.each([
    ['A1:B2'],
    ['!A1'],
    ['Sheet!A1:B2:C3'],
    ['Sheet!ZZZZ1'],
    ['garbage!!'],
    ['Log!0:1'],
    ['Log!1:1048577'],
    ['Log!XFE:XFE'],
    ['Log!G:1'],
  ])('refuses %s', (text) => {
    expect(parseRangeText(text)).toBeUndefined();
  });
});

describe('parseNumberInput and isIsoDate', () => {
  it.each([
    ['1,200', 1200],
    ['25%', 0.25],
    [' 3.5 ', 3.5],
    ['', undefined],
    ['1e3', 1000],
    ['ten', undefined],
  ])('%s → %s', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-7-1', false],
    ['2025-12-31', true],
  ])('%s is a date: %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});

describe('parseOverrides', () => {
  it('reads numbers, percentages and choice words, one per line', () => {
    expect(
      parseOverrides('outsourced_fte = 16\n\nrouting: inhouse_first\nself_serve_target=35%'),
    ).toEqual({
      overrides: [
        { name: 'outsourced_fte', value: 16, line: 1 },
        { name: 'routing', value: 'inhouse_first', line: 3 },
        { name: 'self_serve_target', value: 0.35, line: 4 },
      ],
    });
  });

  it('names the first line it cannot read', () => {
    expect(parseOverrides('inhouse_fte = 3\nInhouse FTE 4')).toEqual({ badLine: 2 });
  });
});

describe('logColumns', () => {
  it('finds the example Ticket Log columns by their headers', () => {
    const header = [
      'Number',
      'Opened at',
      'First response at',
      'Resolved at',
      'Resolved from',
      'Reassignments',
      'Priority',
    ];
    expect(logColumns([header], 'tickets')).toEqual({
      header: true,
      columns: { ids: 0, created: 1, firstResponse: 2, resolved: 3, escalations: 5 },
    });
  });

  it('finds the example Call Log columns, not taking "Queued" for the wait', () => {
    const header = [
      'Call id',
      'Arrival',
      'Queued',
      'Wait seconds',
      'Service seconds',
      'Outcome',
      'Agent',
      'Type',
    ];
    expect(logColumns([header], 'calls').columns).toEqual({
      ids: 0,
      arrival: 1,
      wait: 3,
      service: 4,
      outcome: 5,
      agent: 6,
    });
  });

  it('falls back to position when the first row is data', () => {
    expect(logColumns([[45292.4, 45292.5, 45293]], 'tickets')).toEqual({
      header: false,
      columns: { created: 0, firstResponse: 1, resolved: 2 },
    });
  });
});

describe('serialDateTime', () => {
  it.each([
    // 42429 is 2016-02-29 (Excel serial of the example's first week); 0.30138888889 of a
    // day is 434 minutes = 07:14.
    [42429.30138888889, '2016-02-29 07:14'],
    // 25569 is 1970-01-01 00:00; 61 is 1900-03-01 (Excel's day 0 being 1899-12-30).
    [25569, '1970-01-01 00:00'],
    [61, '1900-03-01 00:00'],
    // 29.99 s past midnight rounds down, 30 s up: 0.5 / 1440 of a day is 30 s.
    [45000 + 29.99 / 86400, '2023-03-15 00:00'],
    [45000 + 30 / 86400, '2023-03-15 00:01'],
  ])('%s is %s', (serial, text) => {
    expect(serialDateTime(serial)).toBe(text);
  });
});

describe('describeError', () => {
  it('words a sheet the ExcelJS adapter cannot find as the documented vanished range', () => {
    const gone = new LbfError({
      code: 'unknownName',
      argument: 'sheet',
      value: 'LBF Parameters',
      details: { hint: 'The workbook has: About.' },
    });
    expect(describeError(gone)).toEqual({
      kind: 'missingRange',
      message: 'The range or sheet no longer exists. Map it again, then Retry.',
      detail: gone.message,
    });
  });

  it('keeps other unknown names as input problems', () => {
    const unknown = new LbfError({ code: 'unknownName', argument: 'parameter', value: 'x' });
    expect(describeError(unknown).kind).toBe('input');
  });
});

describe('emptyDraft', () => {
  it('gives the options no preset description a rename would leave behind', () => {
    expect(emptyDraft().scenarios.options.map((o) => [o.name, o.description])).toEqual([
      ['A', ''],
      ['B', ''],
    ]);
  });
});
