import { breakeven, confidence, range, tradeoff } from '../../src/functions/confidence';
import { scenario } from '../../src/functions/scenario';

// 12 in-house FTE × 40 h × (1 − 0.3 shrinkage) × 60 / 20 min = 1,008 tickets a week;
// cost per week = FTE × 40 h × 30 = 1,200 per FTE.
const PARAMETERS = [
  ['Name', 'Value', 'Unit', 'Low', 'High'],
  ['horizon_weeks', 26, '', '', ''],
  ['tickets_per_week', 1000, '', 800, 1300],
  ['ticket_aht_minutes', 20, '', '', ''],
  ['inhouse_fte', 12, '', 10, 14],
  ['inhouse_cost_per_hour', 30, '', '', ''],
  ['budget_per_week', 15000, '', '', ''],
  ['frt_target_hours', 8, '', '', ''],
];
const NONE = [['']];
const errorOf = (v: unknown) => v as { code: string; message: string };

describe('LBF.CONFIDENCE', () => {
  it('gives the same probability for the same seed, and 0.5 ± 0.05 for P(FTE ≤ 12)', () => {
    // cost ≤ 14,400 ⇔ FTE ≤ 12 = the mode; the triangular CDF there is (12 − 10)/4 = 0.5.
    const a = confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '<=', 14400, 1000, 5);
    expect(confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '<=', 14400, 1000, 5)).toBe(a);
    // Standard error over 1,000 draws: sqrt(0.25/1000) = 0.016; 0.05 is three of them.
    expect(Math.abs((a as number) - 0.5)).toBeLessThan(0.05);
    expect(confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '<=', 14400, 1000, 6)).not.toBe(a);
  });

  it('uses 1,000 draws and seed 1 when both are omitted (null)', () => {
    expect(
      confidence(
        PARAMETERS,
        NONE,
        NONE,
        'cost_per_week',
        '<=',
        14400,
        null as never,
        null as never,
      ),
    ).toBe(confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '<=', 14400, 1000, 1));
  });

  it('is exactly 1 or 0 when the overridden parameters leave nothing to draw', () => {
    const names = [['inhouse_fte', 'tickets_per_week']];
    const values = [[12, 1000]];
    expect(confidence(PARAMETERS, names, values, 'cost_per_week', '<=', 14400, 100, 1)).toBe(1);
    expect(confidence(PARAMETERS, names, values, 'cost_per_week', '<', 14400, 100, 1)).toBe(0);
  });

  it.each([
    [
      'draws past 100,000',
      100001,
      1,
      /draws must be a whole number ≥ 1 and ≤ 100000; got 100001\./,
    ],
    ['zero draws', 0, 1, /draws must be a whole number ≥ 1/],
    ['a fractional seed', 10, 1.5, /seed must be a whole number; got 1.5/],
  ])('answers #VALUE! for %s', (_case, draws, seed, message) => {
    const result = errorOf(
      confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '<=', 1, draws, seed),
    );
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toMatch(message);
  });

  it('names a bad comparison or metric', () => {
    expect(errorOf(confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '=', 1)).message).toBe(
      'comparison must be one of "<", "<=", ">", ">="; got "=".',
    );
    expect(errorOf(confidence(PARAMETERS, NONE, NONE, 'cost_per_wek', '<', 1)).message).toMatch(
      /Did you mean cost_per_week\?/,
    );
  });

  it('answers #N/A with the reason when draws have no value for the metric', () => {
    const result = errorOf(confidence(PARAMETERS, NONE, NONE, 'live_service_level', '>=', 0.8, 20));
    expect(result.code).toBe('#N/A');
    expect(result.message).toMatch(/20 of 20 draws have no live_service_level/);
  });
});

describe('LBF.RANGE', () => {
  it('spills cost P10, P50, P90: 1,200 × (10 + √0.8), 14,400, 1,200 × (14 − √0.8)', () => {
    const [[p10, p50, p90]] = range(PARAMETERS, NONE, NONE, 'cost_per_week', 1000, 2);
    // Exact triangular quantiles; ±200 is over five standard errors at 1,000 draws.
    expect(Math.abs(p10 - 1200 * (10 + Math.sqrt(0.8)))).toBeLessThan(200);
    expect(Math.abs(p50 - 14400)).toBeLessThan(200);
    expect(Math.abs(p90 - 1200 * (14 - Math.sqrt(0.8)))).toBeLessThan(200);
  });
});

describe('LBF.BREAKEVEN', () => {
  it('finds 12.5 FTE for cost 15,000 and LBF.SCENARIO at that FTE gives 15,000 back', () => {
    const fte = breakeven(PARAMETERS, NONE, NONE, 'inhouse_fte', 'cost_per_week', 15000) as number;
    expect(fte).toBeCloseTo(15000 / 1200, 7);
    const [[cost]] = scenario(PARAMETERS, [['inhouse_fte']], [[fte]], [['cost_per_week']]);
    // Bracket ≤ 1e-9 × 4 FTE, × 1,200 per FTE.
    expect(Math.abs(cost - 15000)).toBeLessThan(5e-6);
  });

  it('finds the volume where FRT attainment falls to 0.9; LBF.SCENARIO reproduces 0.9', () => {
    const volume = breakeven(PARAMETERS, NONE, NONE, 'tickets_per_week', 'frt_attainment', 0.9);
    const [[attainment]] = scenario(
      PARAMETERS,
      [['tickets_per_week']],
      [[volume]],
      [['frt_attainment']],
    );
    expect(Math.abs(attainment - 0.9)).toBeLessThan(1e-6);
  });

  it('answers #N/A with the reason when no crossing lies in range', () => {
    const result = errorOf(breakeven(PARAMETERS, NONE, NONE, 'inhouse_fte', 'cost_per_week', 1));
    expect(result.code).toBe('#N/A');
    expect(result.message).toMatch(/runs from 12000 .* does not cross 1 in that range/);
  });

  it('suggests the nearest parameter name', () => {
    expect(
      errorOf(breakeven(PARAMETERS, NONE, NONE, 'inhouse_ftes', 'cost_per_week', 1)).message,
    ).toMatch(/Did you mean inhouse_fte\?/);
  });
});

describe('LBF.TRADEOFF (hand-built three-option case)', () => {
  // Budget 12,000 a week; the only target is resolution_rate_target = 1, so
  // quality = 100 × resolution rate. Capacity = 84 tickets per FTE per week.
  //   A: 10 FTE at 30 → 840 of 1,000 tickets a week: quality 84, cost 12,000, efficiency 100
  //   B: 12 FTE at 30 → 1,008 ≥ 1,000: quality 100, cost 14,400,
  //      efficiency 100 × 12/14.4 = 83.33
  //   C: 12 FTE at 32 → quality 100, cost 15,360, efficiency 78.125: dominated by B
  // Scores at w = 0.5: A 92, B 91.67, C 89.06 → A. Lines A = 100 − 16w, B = 83.33 + 16.67w
  // cross at w = 16.67 / 32.67 = 25/49.
  const table = [
    ['horizon_weeks', 26],
    ['tickets_per_week', 1000],
    ['ticket_aht_minutes', 20],
    ['inhouse_fte', 12],
    ['inhouse_cost_per_hour', 30],
    ['budget_per_week', 12000],
    ['resolution_rate_target', 1],
  ];
  const names = [['A'], ['B'], ['C']];
  const overrideNames = [['inhouse_fte', 'inhouse_cost_per_hour']];
  const values = [
    [10, ''],
    [12, ''],
    [12, 32],
  ];

  it('spills the rows, the dominated option, the recommendation and the flip weight', () => {
    const out = tradeoff(table, names, overrideNames, values, 0.5, null as never);
    expect(out[0]).toEqual([
      'option',
      'cost_per_week',
      'quality_index',
      'efficiency_index',
      'score',
      'dominated',
      'recommended',
      'note',
    ]);
    const expected = [
      ['A', 12000, 84, 100, 92, false, true, ''],
      ['B', 14400, 100, 250 / 3, 275 / 3, false, false, ''],
      ['C', 15360, 100, 78.125, 89.0625, true, false, 'dominated by B'],
    ];
    expected.forEach((row, i) => {
      const got = out[i + 1];
      expect([got[0], got[5], got[6], got[7]]).toEqual([row[0], row[5], row[6], row[7]]);
      [1, 2, 3, 4].forEach((c) => expect(got[c]).toBeCloseTo(row[c] as number, 9));
    });
    expect(out[4][0]).toBe('flip weight');
    expect(out[4][1]).toBeCloseTo(25 / 49, 12);
    expect(out[4][7]).toBe('at weight 0.5: none below; A → B above 0.5102');
  });

  it('applies a budget cap: with cost_per_week<=13,000 only A is allowed; nothing flips', () => {
    const out = tradeoff(table, names, overrideNames, values, 0.9, [['cost_per_week<=13,000']]);
    expect(out.slice(1, 4).map((r) => r[6])).toEqual([true, false, false]);
    expect(out[2][7]).toBe('fails cost_per_week<=13,000');
    expect(out[4][1]).toBe('none in [0, 1]');
  });

  it('says when no option meets every constraint', () => {
    const out = tradeoff(table, names, overrideNames, values, 0.5, [['cost_per_week<1000']]);
    expect(out[4][7]).toBe('no option meets every constraint');
  });

  it('reads options laid out in columns', () => {
    const byColumns = tradeoff(
      table,
      [['A', 'B', 'C']],
      [['inhouse_fte'], ['inhouse_cost_per_hour']],
      [
        [10, 12, 12],
        ['', '', 32],
      ],
      0.5,
      null as never,
    );
    expect(byColumns[1][6]).toBe(true);
    expect(byColumns[3][5]).toBe(true);
  });

  it('names the option whose override is wrong, and a values block of the wrong shape', () => {
    const bad = errorOf(
      tradeoff(
        table,
        names,
        overrideNames,
        [
          [10, ''],
          [-1, ''],
          [12, 32],
        ],
        0.5,
        null as never,
      ),
    );
    expect(bad.message).toMatch(/^Option B: inhouse_fte \(override\)/);
    const shape = errorOf(tradeoff(table, names, overrideNames, [[10, 30]], 0.5, null as never));
    expect(shape.message).toMatch(/must hold one value per option and parameter: 3 × 2/);
  });

  it('asks for budget_per_week when it is missing', () => {
    const noBudget = table.filter((r) => r[0] !== 'budget_per_week');
    expect(
      errorOf(tradeoff(noBudget, names, overrideNames, values, 0.5, null as never)).message,
    ).toMatch(/needs budget_per_week/);
  });
});

describe('share thresholds written as whole numbers (0–1 metrics)', () => {
  // P of the tester's report, plus a FRT target so frt_attainment is defined.
  const P = [
    ['Name', 'Value', 'Unit', 'Low', 'High'],
    ['tickets_per_week', 1000, '', '', ''],
    ['ticket_aht_minutes', 20, '', '', ''],
    ['inhouse_fte', 11, '', 10, 12],
    ['inhouse_cost_per_hour', 30, '', '', ''],
    ['budget_per_week', 15000, '', '', ''],
    ['frt_target_hours', 8, '', '', ''],
  ];
  const HINT = 'is a share between 0 and 1; got 90. Write 0.9 or 90 %, not 90.';

  it('CONFIDENCE refuses 90 for frt_attainment with the percent hint', () => {
    const e = errorOf(confidence(P, NONE, NONE, 'frt_attainment', '>=', 90, 10));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(`threshold ${HINT}`);
  });

  it('CONFIDENCE reads "90%" as 0.9: the same answer as 0.9', () => {
    const a = confidence(P, NONE, NONE, 'frt_attainment', '>=', '90%' as never, 50);
    expect(typeof a).toBe('number');
    expect(a).toBe(confidence(P, NONE, NONE, 'frt_attainment', '>=', 0.9, 50));
  });

  it('CONFIDENCE still takes thresholds above 1 for metrics that are not 0–1 shares', () => {
    // cost = FTE × 40 × 30 = 1,200 per FTE ≤ 14,400 for every FTE in [10, 12].
    expect(confidence(P, NONE, NONE, 'cost_per_week', '<=', 14400, 20)).toBe(1);
  });

  it('BREAKEVEN refuses a threshold of 90 for frt_attainment', () => {
    const e = errorOf(breakeven(P, NONE, NONE, 'inhouse_fte', 'frt_attainment', 90, 5, 40));
    expect(e.message).toBe(`threshold ${HINT}`);
  });

  it('BREAKEVEN refuses high = 90 for a share parameter, naming high', () => {
    const e = errorOf(breakeven(P, NONE, NONE, 'inhouse_shrinkage', 'backlog_end', 100, 0, 90));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'high (inhouse_shrinkage) is a share between 0 and 1; got 90. Write 0.9 or 90 %, not 90.',
    );
  });

  it('TRADEOFF refuses frt_attainment>=90 in a constraint and reads frt_attainment>=90%', () => {
    const names = [['A'], ['B']];
    const over = [['inhouse_fte']];
    const values = [[10], [12]];
    const e = errorOf(tradeoff(P, names, over, values, 0.5, [['frt_attainment>=90']]));
    expect(e.message).toBe(`frt_attainment in constraint "frt_attainment>=90" ${HINT}`);
    const out = tradeoff(P, names, over, values, 0.5, [['frt_attainment>=90%']]);
    expect(out[1][0]).toBe('A');
  });
});

describe('metric names as LBF.METRICS prints them', () => {
  it('CONFIDENCE and RANGE read "cost_per_week (money/week)" like SCENARIO does', () => {
    const metric = 'cost_per_week (money/week)';
    expect(confidence(PARAMETERS, NONE, NONE, metric, '<=', 14400, 100, 5)).toBe(
      confidence(PARAMETERS, NONE, NONE, 'cost_per_week', '<=', 14400, 100, 5),
    );
    expect(range(PARAMETERS, NONE, NONE, metric, 100, 5)).toEqual(
      range(PARAMETERS, NONE, NONE, 'cost_per_week', 100, 5),
    );
  });
});

describe('LBF.TRADEOFF option names', () => {
  const P = [
    ['tickets_per_week', 1000],
    ['ticket_aht_minutes', 20],
    ['inhouse_fte', 10],
    ['budget_per_week', 15000],
  ];

  it('names a blank option name between named ones, not the block shape', () => {
    const e = errorOf(tradeoff(P, [['A'], [''], ['C']], [['inhouse_fte']], [[10], [11], [12]]));
    expect(e.message).toBe(
      'optionNames item 2 is blank, but every option needs a name. Name it, or remove its ' +
        'values from optionOverrideValues.',
    );
  });

  it('names a trailing blank option name whose values row is filled', () => {
    const e = errorOf(tradeoff(P, [['A'], ['B'], ['']], [['inhouse_fte']], [[10], [11], [12]]));
    expect(e.message).toMatch(/^optionNames item 3 is blank, but every option needs a name\./);
  });
});

describe('LBF.CONFIDENCE #N/A message for draws with no value', () => {
  it('puts the count of draws inside the sentence, not a dangling "(20)"', () => {
    expect(
      errorOf(confidence(PARAMETERS, NONE, NONE, 'live_service_level', '>=', 0.8, 20)).message,
    ).toBe(
      'Confidence of live_service_level: 20 of 20 draws have no live_service_level: ' +
        'live_service_level is not defined: there are no live contacts; set chats_per_week ' +
        'or calls_per_week (in 20 draws). Counting them as not meeting the threshold gives 0, ' +
        'as meeting it 1. Narrow the Low/High ranges that cause it, or fix the cause.',
    );
  });
});
