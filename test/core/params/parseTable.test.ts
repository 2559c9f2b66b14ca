import { parseParameterTable } from '../../../src/core/params';
import { errorOf } from './helpers';

describe('parseParameterTable: layout', () => {
  it('reads a table without a header as Name, Value, Unit, Low, High, Owner, Source, Note', () => {
    const { rows } = parseParameterTable([
      ['tickets_per_week', 1000, '', 800, 1300, 'Ana', 'ITSM log', 'baseline'],
    ]);
    expect(rows).toEqual([
      {
        name: 'tickets_per_week',
        value: 1000,
        rawValue: 1000,
        unit: undefined,
        low: 800,
        high: 1300,
        owner: 'Ana',
        source: 'ITSM log',
        note: 'baseline',
        rowIndex: 0,
      },
    ]);
  });

  it('detects a header row and maps columns by their names, in any order', () => {
    const { rows } = parseParameterTable([
      ['Note', 'Unit', 'Value', 'Name', 'High', 'Low'],
      ['from the log', 'per day', 100, 'Tickets per week', 130, 80],
    ]);
    // per day × 7: value 700, low 560, high 910
    expect(rows).toEqual([
      {
        name: 'tickets_per_week',
        value: 700,
        rawValue: 100,
        unit: 'per day',
        low: 560,
        high: 910,
        owner: undefined,
        source: undefined,
        note: 'from the log',
        rowIndex: 1,
      },
    ]);
  });

  it('accepts "Parameter" as the name header and only two columns', () => {
    const { rows } = parseParameterTable([
      ['Parameter', 'Value'],
      ['inhouse_fte', 12],
    ]);
    expect(rows.map((r) => [r.name, r.value, r.rowIndex])).toEqual([['inhouse_fte', 12, 1]]);
  });

  it('skips fully blank rows and keeps rowIndex as the position in the range', () => {
    const { rows } = parseParameterTable([
      ['inhouse_fte', 12],
      [null, ''],
      ['', null],
      ['outsourced_fte', 4],
    ]);
    expect(rows.map((r) => [r.name, r.rowIndex])).toEqual([
      ['inhouse_fte', 0],
      ['outsourced_fte', 3],
    ]);
  });

  it('treats a blank Value as "use the default" (the row is left out)', () => {
    expect(parseParameterTable([['inhouse_shrinkage', null]]).rows).toEqual([]);
  });

  it('reads Excel text cells: "1,200", "25%", "Inhouse First", padded names', () => {
    const { rows } = parseParameterTable([
      ['tickets_per_week', '1,200'],
      ['inhouse_shrinkage', '25%'],
      ['routing', 'Inhouse First'],
      ['  Inhouse FTE ', ' 12 '],
    ]);
    expect(rows.map((r) => r.value)).toEqual([1200, 0.25, 'inhouse_first', 12]);
  });

  it('refuses a header without a Value column', () => {
    const e = errorOf(() =>
      parseParameterTable([
        ['Name', 'Amount'],
        ['inhouse_fte', 1],
      ]),
    );
    expect(e.code).toBe('shapeMismatch');
  });
});

describe('parseParameterTable: errors name the parameter and the value', () => {
  it('suggests the nearest name for an unknown one (aht_minute → ticket_aht_minutes)', () => {
    const e = errorOf(() => parseParameterTable([['aht_minute', 12]]));
    expect(e.message).toBe(
      'Unknown parameter "aht_minute". Did you mean ticket_aht_minutes? ' +
        '(parameters (row 1); LBF.PARAMETERS() lists every name.)',
    );
  });

  it.each([
    ['inhouse_ftee', 'inhouse_fte'],
    ['tickets_per_wek', 'tickets_per_week'],
    ['shrinkage', 'inhouse_shrinkage'],
  ])('suggests for %j: %j', (typed, suggestion) => {
    const e = errorOf(() => parseParameterTable([[typed, 1]]));
    expect(e.details.suggestion).toBe(suggestion);
  });

  it('makes no suggestion when nothing is close', () => {
    const e = errorOf(() => parseParameterTable([['zzzzzzzz', 1]]));
    expect(e.message).toBe(
      'Unknown parameter "zzzzzzzz". ' + '(parameters (row 1); LBF.PARAMETERS() lists every name.)',
    );
  });

  it('refuses a duplicate name, naming both rows', () => {
    const e = errorOf(() =>
      parseParameterTable([
        ['Name', 'Value'],
        ['inhouse_fte', 10],
        ['tickets_per_week', 5],
        ['Inhouse FTE', 12],
      ]),
    );
    expect(e.message).toBe(
      'Parameter "inhouse_fte" appears more than once ' +
        '(rows 2 and 4 of parameters). Keep one row per name.',
    );
  });

  it('says how to write a share typed as a whole number', () => {
    const e = errorOf(() => parseParameterTable([['inhouse_shrinkage', 25]]));
    expect(e.message).toBe(
      'inhouse_shrinkage (row 1) is a share between 0 and 1; got 25. ' +
        'Write 0.25 or 25 %, not 25.',
    );
  });

  it('quotes a value written with % as the cell shows it, without the whole-number hint', () => {
    // 160 % is 1.6, above quality_weight's maximum of 1; "write 0.016" would be wrong.
    const high = errorOf(() => parseParameterTable([['quality_weight', 50, '%', 20, 160]]));
    expect(high.code).toBe('outOfRange');
    expect(high.message).toContain('got "160 %"');
    expect(high.message).not.toContain('0.016');
    const text = errorOf(() => parseParameterTable([['inhouse_shrinkage', '140%']]));
    expect(text.message).toContain('got "140 %"');
  });

  it('refuses a share above 100 with the range', () => {
    const e = errorOf(() => parseParameterTable([['inhouse_shrinkage', 250]]));
    expect(e.code).toBe('outOfRange');
    expect(e.message).toContain('must be a number ≥ 0 and < 1; got 250');
  });

  it.each([
    ['#N/A'],
    [{ code: '#DIV/0!' }],
    [{ error: '#REF!' }],
    [{ code: 'notAvailable', message: 'x' }],
  ])('names the parameter when its Value cell holds the error %j', (cell) => {
    const e = errorOf(() => parseParameterTable([['tickets_per_week', cell]]));
    expect(e.code).toBe('cellError');
    expect(e.message).toMatch(/^tickets_per_week \(row 1\) refers to a cell holding the error "#/);
  });

  it('names the column when a Unit or Low cell holds an error', () => {
    expect(errorOf(() => parseParameterTable([['inhouse_fte', 3, '#VALUE!']])).argument).toBe(
      'inhouse_fte Unit (row 1)',
    );
    expect(errorOf(() => parseParameterTable([['inhouse_fte', 3, '', '#NUM!']])).argument).toBe(
      'inhouse_fte Low (row 1)',
    );
  });

  it('refuses a boolean or text where a number belongs', () => {
    expect(errorOf(() => parseParameterTable([['inhouse_fte', true]])).message).toBe(
      'inhouse_fte (row 1) must be a number; got TRUE. ' +
        'Write a number ≥ 0 and ≤ 1000000 in FTE.',
    );
    expect(errorOf(() => parseParameterTable([['inhouse_fte', 'ten']])).code).toBe('notNumber');
  });

  it('refuses values outside the range, at the edge and just past it', () => {
    expect(parseParameterTable([['horizon_weeks', 520]]).rows[0].value).toBe(520);
    expect(errorOf(() => parseParameterTable([['horizon_weeks', 521]])).code).toBe('outOfRange');
    expect(errorOf(() => parseParameterTable([['horizon_weeks', 12.5]])).code).toBe('notInteger');
    expect(errorOf(() => parseParameterTable([['ticket_aht_minutes', 0]])).code).toBe('outOfRange');
  });

  it('refuses an unknown routing choice', () => {
    expect(errorOf(() => parseParameterTable([['routing', 'random']])).message).toBe(
      'routing (row 1) must be one of balanced or inhouse_first; got "random".',
    );
  });

  it('refuses Low above the Value and High below it', () => {
    expect(errorOf(() => parseParameterTable([['inhouse_fte', 10, '', 11]])).message).toBe(
      'inhouse_fte Low (row 1) must be at most the Value (10); got 11.',
    );
    expect(errorOf(() => parseParameterTable([['inhouse_fte', 10, '', 8, 9]])).argument).toBe(
      'inhouse_fte High (row 1)',
    );
  });

  it('refuses a row with values but no name', () => {
    expect(errorOf(() => parseParameterTable([[null, 12]])).code).toBe('shapeMismatch');
  });
});

describe('parseParameterTable: a transposed table', () => {
  it('says the names run along the first row instead of "Unknown parameter 1000"', () => {
    const e = errorOf(() =>
      parseParameterTable([
        ['tickets_per_week', 'ticket_aht_minutes', 'inhouse_fte'],
        [1000, 20, 10],
      ]),
    );
    expect(e.message).toBe(
      'parameters looks transposed: its first row holds parameter names (tickets_per_week, ' +
        'ticket_aht_minutes, inhouse_fte). Put one parameter per row, its Name in the first ' +
        'column and its Value in the second (Paste Special › Transpose turns the range).',
    );
  });

  it('also with a Name/Value header column', () => {
    const e = errorOf(() =>
      parseParameterTable([
        ['Name', 'tickets_per_week', 'inhouse_fte'],
        ['Value', 1000, 10],
      ]),
    );
    expect(e.message).toMatch(/^parameters looks transposed: .*\(tickets_per_week, inhouse_fte\)/);
  });

  it('reads a one-row table with a name in the Note column as a table', () => {
    const table = parseParameterTable([
      ['inhouse_fte', 10, '', '', '', '', '', 'was outsourced_fte'],
    ]);
    expect(table.rows[0].value).toBe(10);
  });
});

describe('parseParameterTable: percent text', () => {
  it.each([
    ['.3%', 0.003],
    ['30%', 0.3],
    ['0.5 %', 0.005],
  ])('reads %j as %d, like ".3" is read as 0.3', (text, share) => {
    const table = parseParameterTable([['inhouse_shrinkage', text]]);
    expect(table.rows[0].value).toBeCloseTo(share, 15);
  });
});
