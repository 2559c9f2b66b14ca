import {
  PARAMETERS,
  parseOverrides,
  parseParameterTable,
  scenarioFromTable,
} from '../../../src/core/params';
import { errorOf, REQUIRED_ROWS } from './helpers';

const table = (rows: unknown[][] = []) => parseParameterTable([...REQUIRED_ROWS, ...rows]);

describe('scenarioFromTable', () => {
  it('fills every default from the catalogue', () => {
    const s = scenarioFromTable(table());
    for (const def of PARAMETERS) {
      if (def.defaultValue !== undefined && !def.required) {
        expect([def.name, s[def.name as keyof typeof s]]).toEqual([def.name, def.defaultValue]);
      }
    }
    expect(s.self_serve_target).toBe(0); // defaults to self_serve_adoption
    expect(s.frt_target_hours).toBeUndefined();
  });

  it('applies overrides on top of the table, in canonical units', () => {
    const s = scenarioFromTable(table([['inhouse_shrinkage', 0.35]]), {
      inhouse_shrinkage: 0.25,
      routing: 'inhouse_first',
      'Outsourced FTE': '6',
    });
    expect([s.inhouse_shrinkage, s.routing, s.outsourced_fte]).toEqual([0.25, 'inhouse_first', 6]);
  });

  it('reads "25%" in an override and refuses 25 for a share', () => {
    expect(scenarioFromTable(table(), { inhouse_shrinkage: '25%' }).inhouse_shrinkage).toBe(0.25);
    expect(errorOf(() => scenarioFromTable(table(), { inhouse_shrinkage: 25 })).message).toBe(
      'inhouse_shrinkage (override) is a share between 0 and 1; got 25. ' +
        'Write 0.25 or 25 %, not 25.',
    );
  });

  it('suggests the nearest name for an unknown override', () => {
    expect(errorOf(() => scenarioFromTable(table(), { inhouse_ftes: 3 })).details.suggestion).toBe(
      'inhouse_fte',
    );
  });

  it.each(['tickets_per_week', 'ticket_aht_minutes', 'inhouse_fte'])(
    'names a missing required parameter: %s',
    (name) => {
      const rows = REQUIRED_ROWS.filter((r) => r[0] !== name);
      expect(errorOf(() => scenarioFromTable(parseParameterTable(rows))).message).toBe(
        `${name} is required but is missing. Enter a value.`,
      );
    },
  );

  it.each([
    [[['chats_per_week', 100]], 'chat_aht_minutes', 'chats_per_week > 0'],
    [[['calls_per_week', 100]], 'call_aht_minutes', 'calls_per_week > 0'],
    [[['inhouse_escalation_rate', 0.1]], 'tier2_aht_minutes', 'tickets escalate to tier 2'],
  ])('requires the AHT a channel or tier needs: %j', (rows, name, because) => {
    expect(errorOf(() => scenarioFromTable(table(rows as unknown[][]))).message).toBe(
      `${name} is required when ${because}. Add a row for it to the parameter table.`,
    );
  });

  it('accepts a weekly ticket series and checks its values', () => {
    expect(scenarioFromTable(table(), {}, { ticketsSeries: [10, 20] }).tickets_series).toEqual([
      10, 20,
    ]);
    expect(
      errorOf(() => scenarioFromTable(table(), {}, { ticketsSeries: [10, -1] })).argument,
    ).toBe('tickets series week 2');
  });
});

describe('parseOverrides', () => {
  it('pairs a header row of names with a row of values', () => {
    expect(parseOverrides([['inhouse_fte', 'routing']], [[12, 'inhouse_first']])).toEqual({
      inhouse_fte: 12,
      routing: 'inhouse_first',
    });
  });

  it('accepts names as a column and values as a row, and omitted arguments', () => {
    expect(parseOverrides([['a'], ['b']], [[1, 2]])).toEqual({ a: 1, b: 2 });
    expect(parseOverrides(null, null)).toEqual({});
  });

  it('skips pairs that are blank on both sides', () => {
    expect(parseOverrides([['a', '', 'b']], [[1, null, 2]])).toEqual({ a: 1, b: 2 });
  });

  it('keeps the table value where an override value is blank', () => {
    expect(parseOverrides([['a', 'b', 'c']], [[1, '', 3]])).toEqual({ a: 1, c: 3 });
    expect(parseOverrides([['a', 'b']], [[1, null]])).toEqual({ a: 1 });
  });

  it('refuses mismatched counts, missing values, booleans, errors and duplicates', () => {
    expect(errorOf(() => parseOverrides([['a', 'b']], [[1]])).message).toBe(
      'values must have one value per name; got 2 names but 1 value.',
    );
    expect(errorOf(() => parseOverrides([['a']], [[1, 2]])).message).toBe(
      'values must have one value per name; got 1 name but 2 values.',
    );
    expect(errorOf(() => parseOverrides([['a']], [[true]])).code).toBe('notNumber');
    expect(errorOf(() => parseOverrides([['inhouse_fte']], [['#N/A']])).message).toBe(
      'inhouse_fte (override) refers to a cell holding the error "#N/A"; ' + 'fix that cell first.',
    );
    expect(errorOf(() => parseOverrides([['a', 'a']], [[1, 2]])).code).toBe('duplicateName');
  });

  it('numbers a duplicate by the items as typed, counting a blank name before it', () => {
    // Items: 1 blank, 2 inhouse_fte, 3 inhouse_fte.
    expect(
      errorOf(() => parseOverrides([['', 'inhouse_fte', 'inhouse_fte']], [['', 10, 12]])).message,
    ).toBe(
      'Override "inhouse_fte" appears more than once (names items 2 and 3). Keep one row per name.',
    );
  });
});
