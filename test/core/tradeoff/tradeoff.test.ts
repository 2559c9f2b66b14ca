import {
  dominatedBy,
  evaluateTradeoff,
  parseConstraints,
  type TradeoffOption,
} from '../../../src/core/tradeoff';

const METRICS = ['cost_per_week', 'quality_index', 'efficiency_index', 'frt_attainment'];

// Hand-built case, budget_per_week 40,000, so efficiency = 100 × min(1, 40,000 / cost):
//   A: cost 40,000, quality 70, efficiency 100
//   B: cost 50,000, quality 90, efficiency 80
//   C: cost 50,000, quality 85, efficiency 80  (same cost as B, lower quality)
// Score(w) = w·Q + (1 − w)·E, slope Q − E: A −30, B +10, C +5.
const option = (name: string, cost: number, quality: number, frt = 0.9): TradeoffOption => ({
  name,
  metrics: {
    cost_per_week: cost,
    quality_index: quality,
    efficiency_index: 100 * Math.min(1, 40_000 / cost),
    frt_attainment: frt,
  },
});
const OPTIONS = [option('A', 40_000, 70, 0.8), option('B', 50_000, 90), option('C', 50_000, 85)];

describe('evaluateTradeoff (hand-built three-option case)', () => {
  it('marks C dominated by B (equal cost, lower quality) and A, B undominated', () => {
    const rows = evaluateTradeoff(OPTIONS, 0.6, []).rows;
    expect(rows.map((r) => r.dominatedBy)).toEqual([undefined, undefined, 'B']);
  });

  it('scores at w = 0.6: A 42 + 40 = 82, B 54 + 32 = 86, C 51 + 32 = 83; recommends B', () => {
    const result = evaluateTradeoff(OPTIONS, 0.6, []);
    result.rows.forEach((r, i) => expect(r.score).toBeCloseTo([82, 86, 83][i], 12));
    expect(result.recommended).toBe('B');
    expect(result.rows.map((r) => r.recommended)).toEqual([false, true, false]);
  });

  it('flips from B to A below w = 0.5 (100 − 30w = 80 + 10w) and never above', () => {
    const result = evaluateTradeoff(OPTIONS, 0.6, []);
    expect(result.flipBelow).toEqual({ weight: 0.5, from: 'B', to: 'A' });
    expect(result.flipAbove).toBeUndefined();
  });

  it('recommends A at w = 0.4 (88 vs 84 vs 82) and flips to B above 0.5', () => {
    const result = evaluateTradeoff(OPTIONS, 0.4, []);
    expect(result.recommended).toBe('A');
    expect(result.flipAbove).toEqual({ weight: 0.5, from: 'A', to: 'B' });
    expect(result.flipBelow).toBeUndefined();
  });

  it('gives a tie at exactly w = 0.5 (85 = 85) to the first listed, A', () => {
    expect(evaluateTradeoff(OPTIONS, 0.5, []).recommended).toBe('A');
  });

  it('honours a minimum quality: without A, B wins at w = 0.4 and C never takes over', () => {
    const result = evaluateTradeoff(OPTIONS, 0.4, parseConstraints('quality_index>=80', METRICS));
    expect(result.rows[0].broken).toEqual(['quality_index>=80']);
    expect(result.recommended).toBe('B');
    // C meets B only at w = 0 (both 80), where the tie stays with B.
    expect([result.flipAbove, result.flipBelow]).toEqual([undefined, undefined]);
  });

  it('honours a budget cap and a minimum FRT attainment together', () => {
    const budget = evaluateTradeoff(
      OPTIONS,
      0.6,
      parseConstraints('cost_per_week<=45,000', METRICS),
    );
    expect(budget.recommended).toBe('A');
    expect([budget.flipAbove, budget.flipBelow]).toEqual([undefined, undefined]);
    const both = parseConstraints([['cost_per_week<=45,000'], ['frt_attainment>=85%']], METRICS);
    const none = evaluateTradeoff(OPTIONS, 0.6, both);
    expect(none.recommended).toBeUndefined();
    expect(none.rows.map((r) => r.broken)).toEqual([
      ['frt_attainment>=85%'],
      ['cost_per_week<=45,000'],
      ['cost_per_week<=45,000'],
    ]);
  });

  it('asks for budget_per_week when an efficiency index is not defined', () => {
    const noBudget = [
      { name: 'A', metrics: { cost_per_week: 1, quality_index: 50, efficiency_index: null } },
    ];
    expect(() => evaluateTradeoff(noBudget, 0.5, [])).toThrow(
      'Option A: efficiency_index is not defined for this option. The efficiency index needs ' +
        'budget_per_week: set it in the parameter table.',
    );
  });
});

describe('flip weights with several crossings', () => {
  it('takes the nearest crossing and, at a shared crossing, the steeper line', () => {
    // At w = 0.2: R = 40 (flat) beats P = 20 + 50w = 30 and S = 0 + 100w = 20.
    // P and S both reach 40 at w = 0.4; S is steeper, so S leads just above 0.4.
    const line = (name: string, e: number, q: number) => ({
      name,
      metrics: { cost_per_week: 1, quality_index: q, efficiency_index: e },
    });
    const lines = [line('R', 40, 40), line('P', 20, 70), line('S', 0, 100)];
    const result = evaluateTradeoff(lines, 0.2, []);
    expect(result.recommended).toBe('R');
    expect(result.flipAbove).toEqual({ weight: 0.4, from: 'R', to: 'S' });
    // T = 25 + 50w (35 at w = 0.2) reaches 40 at w = 0.3, nearer than 0.4.
    const nearer = evaluateTradeoff([...lines, line('T', 25, 75)], 0.2, []);
    expect(nearer.flipAbove?.to).toBe('T');
    expect(nearer.flipAbove?.weight).toBeCloseTo(0.3, 12);
  });
});

describe('dominatedBy', () => {
  it('does not let identical options dominate each other', () => {
    const same = { costPerWeek: 5, qualityIndex: 5 };
    expect(
      dominatedBy([
        { name: 'X', ...same },
        { name: 'Y', ...same },
      ]),
    ).toEqual([undefined, undefined]);
  });
});
