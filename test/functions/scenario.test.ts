import fc from 'fast-check';
import { metricsHeader, parameters, projection, scenario } from '../../src/functions/scenario';

/*
 * A one-week table: 1000 tickets, 12-minute AHT, 5 in-house FTE × 40 h × (1 − 0.5)
 * = 100 h = 500 tickets handled, 500 left; cost 5 × 40 × 25 = 5000.
 */
const TABLE = [
  ['Name', 'Value', 'Unit', 'Low', 'High', 'Owner', 'Source', 'Note'],
  ['horizon_weeks', 1, '', '', '', '', '', ''],
  ['tickets_per_week', '1,000', '', 800, 1200, 'Ana', 'ITSM log', ''],
  ['ticket_aht_minutes', 12, 'minutes', '', '', '', '', ''],
  ['inhouse_fte', 5, 'FTE', '', '', '', '', ''],
  ['inhouse_shrinkage', 50, '%', '', '', '', '', ''],
  ['inhouse_cost_per_hour', 25, 'USD/hour', '', '', '', '', ''],
];

type ErrorValue = { code: string; message?: string };

describe('LBF.SCENARIO', () => {
  it('returns one row of the picked metrics, in the order asked', () => {
    expect(
      scenario(TABLE, null as never, null as never, [
        ['backlog_end', 'cost_total', 'resolution_rate'],
      ]),
    ).toEqual([[500, 5000, 0.5]]);
  });

  it('applies overrides given as a header row and a value row', () => {
    // 7.5 FTE → 150 h → 750 handled, 250 left
    expect(scenario(TABLE, [['inhouse_fte']], [[7.5]], [['backlog_end']])).toEqual([[250]]);
  });

  it('accepts names and values as columns, "25%" text and a choice', () => {
    // shrinkage 25 % → 5 × 40 × 0.75 = 150 h → 750 handled
    expect(
      scenario(
        TABLE,
        [['inhouse_shrinkage'], ['routing']],
        [['25%'], ['inhouse_first']],
        [['backlog_end']],
      ),
    ).toEqual([[250]]);
  });

  it('returns every metric by default, matching LBF.METRICS', () => {
    const row = scenario(TABLE, null as never, null as never)[0];
    expect(row).toHaveLength(metricsHeader()[0].length);
  });

  it('reads metric names copied from the LBF.METRICS header ("name (unit)")', () => {
    expect(scenario(TABLE, null as never, null as never, [['backlog_end (tickets)']])).toEqual([
      [500],
    ]);
  });

  it('returns #N/A saying to set budget_per_week when the score is asked without one', () => {
    const [[score]] = scenario(TABLE, null as never, null as never, [['score']]) as ErrorValue[][];
    expect(score.code).toBe('#N/A');
    expect(score.message).toContain('set budget_per_week');
  });

  it('returns a boolean for meets_targets', () => {
    expect(scenario(TABLE, [['backlog_days_target']], [[100]], [['meets_targets']])).toEqual([
      [true],
    ]);
  });

  it('answers #VALUE! naming the parameter whose cell holds an error', () => {
    const bad = TABLE.map((r) => (r[0] === 'inhouse_fte' ? ['inhouse_fte', '#N/A'] : r));
    const result = scenario(bad) as unknown as ErrorValue;
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toBe(
      'inhouse_fte (row 5) refers to a cell holding the error ' + '"#N/A"; fix that cell first.',
    );
  });

  it('suggests the nearest name for an unknown override or metric', () => {
    const override = scenario(TABLE, [['aht_minute']], [[10]]) as unknown as ErrorValue;
    expect(override.message).toContain('Did you mean ticket_aht_minutes?');
    const metric = scenario(TABLE, null as never, null as never, [
      ['backlog_ends'],
    ]) as unknown as ErrorValue;
    expect(metric.message).toBe(
      'Unknown metric "backlog_ends". Did you mean backlog_end? Metric names are snake_case.',
    );
  });
});

describe('LBF.METRICS', () => {
  it('returns "name (unit)" headers for the metrics picked', () => {
    expect(metricsHeader([['frt_hours'], ['cost_per_week']])).toEqual([
      ['frt_hours (hours)', 'cost_per_week (money/week)'],
    ]);
  });
});

describe('LBF.PROJECTION', () => {
  it('returns a header and one row per week for the columns picked', () => {
    // Week 1: 600 arrive, 500 handled, 100 left; week 2: 700 queued, 500 handled, 200 left.
    expect(
      projection(
        TABLE,
        [['horizon_weeks', 'tickets_per_week']],
        [[2, 600]],
        [['week, inbound, backlog_t1']],
      ),
    ).toEqual([
      ['week (week)', 'inbound (tickets)', 'backlog_t1 (tickets)'],
      [1, 600, 100],
      [2, 600, 200],
    ]);
  });

  it('shows #N/A where a week’s figure is not defined', () => {
    const [, [sl]] = projection(TABLE, null as never, null as never, [
      ['live_service_level'],
    ]) as ErrorValue[][];
    expect(sl.code).toBe('#N/A');
  });
});

describe('LBF.PARAMETERS', () => {
  const catalogue = parameters();

  it('starts with the header of a parameter table', () => {
    expect(catalogue[0]).toEqual(['Name', 'Value', 'Unit', 'Range', 'Kind', 'Description']);
  });

  it('lists defaults an analyst can start from: shrinkage 0.3, 40 h per FTE', () => {
    const row = (name: string) => catalogue.find((r) => r[0] === name);
    expect(row('inhouse_shrinkage')?.slice(0, 4)).toEqual([
      'inhouse_shrinkage',
      0.3,
      'share',
      'a number ≥ 0 and < 1',
    ]);
    expect(row('tier2_hours_per_fte')?.[1]).toBe(40);
    expect(row('quality_weight')?.[1]).toBe(0.5);
    expect(row('routing')?.[1]).toBe('balanced');
    expect(row('tickets_per_week')?.[4]).toBe('rate, required');
  });

  it('is itself a valid parameter table once the required values are filled', () => {
    const filled = catalogue.map((r) => {
      const given: Record<string, number> = {
        tickets_per_week: 1000,
        ticket_aht_minutes: 12,
        inhouse_fte: 5,
      };
      return r[0] in given ? [r[0], given[r[0]], ...r.slice(2)] : r;
    });
    const result = scenario(filled, null as never, null as never, [['cost_total']]);
    expect(result).toEqual([[0]]); // every cost defaults to 0
  });
});

describe('LBF.SCENARIO: never NaN, Infinity or a throw', () => {
  it('answers finite numbers, booleans or error values for any overrides in range', () => {
    const value = fc.oneof(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.constant(''));
    fc.assert(
      fc.property(
        fc.record({
          inhouse_fte: value,
          outsourced_fte: value,
          tickets_per_week: value,
          chats_per_week: value,
          opening_backlog: value,
        }),
        (over) => {
          const names = Object.keys(over);
          const values = names.map((n) => over[n as keyof typeof over]);
          const table = [...TABLE, ['chat_aht_minutes', 4], ['horizon_weeks', 3]].filter(
            (r, i, all) => all.findIndex((o) => o[0] === r[0]) === i,
          );
          const result = scenario(table, [names], [values]);
          const cells = Array.isArray(result) ? result.flat() : [result];
          return cells.every((c) =>
            typeof c === 'number'
              ? Number.isFinite(c)
              : typeof c === 'boolean' || (typeof c === 'object' && c !== null && 'code' in c),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names the item when a metrics cell holds an error', () => {
    const result = scenario(TABLE, null as never, null as never, [
      ['#N/A'],
    ]) as unknown as ErrorValue;
    expect(result.message).toBe(
      'metric item 1 refers to a cell holding the error "#N/A"; ' + 'fix that cell first.',
    );
  });
});

describe('LBF.SCENARIO: extreme inputs name a parameter or leave one metric undefined', () => {
  // P of the tester's report: 1000 tickets, 20-minute AHT, 10 FTE.
  const P = [
    ['tickets_per_week', 1000],
    ['ticket_aht_minutes', 20],
    ['inhouse_fte', 10],
  ];
  const errorText = (v: unknown) => (v as ErrorValue).message ?? '';

  it.each([
    [['volume_growth_per_week', 'horizon_weeks'], [1, 520], /^volume_growth_per_week must be/],
    [['tickets_per_week'], [1e160], /^tickets_per_week \(override\) must be .* ≤ 1000000000;/],
    [['ticket_aht_minutes'], [1e-310], /^ticket_aht_minutes \(override\) must be a number ≥ 0\.1/],
    [['inhouse_hours_per_fte'], [1e-310], /^inhouse_hours_per_fte \(override\) must be/],
    [
      ['inhouse_cost_per_hour'],
      [1e308],
      /^inhouse_cost_per_hour \(override\) must be .* ≤ 1000000000000;/,
    ],
    [['self_serve_cost_per_week'], [1e308], /^self_serve_cost_per_week \(override\) must be/],
    [['inhouse_new_hires'], [1e308], /^inhouse_new_hires \(override\) must be .* ≤ 1000000;/],
  ])('refuses %j = %j naming the parameter', (names, values, message) => {
    expect(errorText(scenario(P, [names], [values]))).toMatch(message);
  });

  it('shows the other metrics when 1e-310 FTE makes FRT overflow', () => {
    // One week: capacity 1e-310 × 40 × 0.7 × 60 / 20 ≈ 8.4e-309 tickets, so the
    // backlog is 1000 − 8.4e-309 = 1000 in double precision and FRT is infinite.
    const row = scenario(
      P,
      [['inhouse_fte', 'horizon_weeks']],
      [[1e-310, 1]],
      [['backlog_end', 'frt_hours']],
    )[0];
    expect(row[0]).toBe(1000);
    expect((row[1] as ErrorValue).code).toBe('#N/A');
    expect(errorText(row[1])).toMatch(
      /^frt_hours is not defined: it is beyond the range of numbers LBF can compute .*inhouse_fte/,
    );
  });

  it('keeps PROJECTION to #N/A in the overflowing cell only', () => {
    const table = projection(
      P,
      [['inhouse_fte', 'horizon_weeks']],
      [[1e-310, 1]],
      [['inbound', 'frt']],
    );
    expect(table[1][0]).toBe(1000);
    expect(errorText(table[1][1])).toMatch(/^frt in week 1 is beyond the range/);
  });
});

describe('LBF.SCENARIO: metric lists', () => {
  it.each([['backlog_end; cost_total'], ['backlog_end, cost_total'], ['backlog_end;cost_total']])(
    'reads %j as two metrics (backlog 500, cost 5,000 as in the first test)',
    (list) => {
      expect(scenario(TABLE, null as never, null as never, [[list]])).toEqual([[500, 5000]]);
    },
  );
});
