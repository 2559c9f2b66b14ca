import {
  abandonFunction,
  agentsFunction,
  asaFunction,
  erlangCFunction,
  fteFunction,
  occupancyFunction,
  serviceLevelFunction,
  staffingCurveFunction,
} from '../../src/functions/staffing';

// Issue 2: 100 contacts per 30 minutes, AHT 180 s (10 Erlangs), target 20 s.
const LOAD = [100, 30, 180] as const;

describe('LBF.ERLANGC', () => {
  it('gives P(wait) 0.1741319336 for 14 agents (issue 2)', () => {
    expect(erlangCFunction(...LOAD, 14)).toBeCloseTo(0.1741319336, 10);
  });

  it('reads numbers stored as text, as Excel may pass them', () => {
    expect(erlangCFunction('100', '30', '180', '14')).toBeCloseTo(0.1741319336, 10);
  });
});

describe('LBF.SERVICELEVEL', () => {
  it('gives 0.8883500192 with Erlang C and 0.916792 with a 300 s patience (issue 2)', () => {
    expect(serviceLevelFunction(...LOAD, 14, 20, null)).toBeCloseTo(0.8883500192, 10);
    expect(serviceLevelFunction(...LOAD, 14, 20, 300)).toBeCloseTo(0.916792, 6);
  });

  it('takes fractional agents between the whole-number values', () => {
    const half = serviceLevelFunction(...LOAD, 13.5, 20) as number;
    expect(half).toBeGreaterThan(serviceLevelFunction(...LOAD, 13, 20) as number);
    expect(half).toBeLessThan(0.8883500192);
  });

  it('is 1 with zero contacts', () => {
    expect(serviceLevelFunction(0, 30, 180, 0, 20)).toBe(1);
  });
});

describe('LBF.ASA, LBF.OCCUPANCY and LBF.ABANDON', () => {
  it('give the issue 2 Erlang C figures: ASA 7.8359370 s, occupancy 10/14', () => {
    expect(asaFunction(...LOAD, 14, null)).toBeCloseTo(7.835937, 6);
    expect(occupancyFunction(...LOAD, 14, null)).toBeCloseTo(0.7142857, 7);
  });

  it('give the issue 2 Erlang A figures with a 300 s patience', () => {
    expect(asaFunction(...LOAD, 14, 300)).toBeCloseTo(4.1951, 4);
    expect(occupancyFunction(...LOAD, 14, 300)).toBeCloseTo(0.704297, 6);
    expect(abandonFunction(...LOAD, 14, 300)).toBeCloseTo(0.013984, 6);
  });
});

describe('LBF.AGENTS', () => {
  it('needs 14 agents for 80 % in 20 s and 15 with a maximum occupancy of 0.70 (issue 2)', () => {
    expect(agentsFunction(...LOAD, 20, 0.8)).toBe(14);
    expect(agentsFunction(...LOAD, 20, 0.8, null, null, null)).toBe(14);
    expect(agentsFunction(...LOAD, 20, 0.8, 0.7)).toBe(15);
  });

  it('accepts 80% written as text', () => {
    expect(agentsFunction(...LOAD, 20, '80%')).toBe(14);
  });

  it('uses Erlang A with a patience and honours a maximum abandonment', () => {
    // SL(12) < 0.8 ≤ SL(13) with 300 s patience; abandonment 0.02496 at 13, 0.013984 at 14.
    expect(agentsFunction(...LOAD, 20, 0.8, null, 300)).toBe(13);
    expect(agentsFunction(...LOAD, 20, 0.8, null, 300, 0.015)).toBe(14);
  });

  it('needs zero agents for zero contacts', () => {
    expect(agentsFunction(0, 30, 180, 20, 0.8)).toBe(0);
  });

  it('solves 10,000 Erlangs: 10,013 agents (exact-factorial scan in the fixtures)', () => {
    expect(agentsFunction(100000, 30, 180, 20, 0.8)).toBe(10013);
  });
});

describe('LBF.STAFFINGCURVE', () => {
  it('spills a header and the required count ± 5 by default (14 for 80 % in 20 s)', () => {
    const table = staffingCurveFunction(...LOAD, 20, null, null, null);
    expect(table[0]).toEqual([
      'agents',
      'service level',
      'ASA seconds',
      'occupancy',
      'abandonment',
    ]);
    expect(table.slice(1).map((row) => row[0])).toEqual([
      9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ]);
    const fourteen = table[6] as number[];
    expect(fourteen[1]).toBeCloseTo(0.8883500192, 10);
    expect(fourteen[2]).toBeCloseTo(7.835937, 6);
    expect(fourteen[3]).toBeCloseTo(0.7142857, 7);
    expect(fourteen[4]).toBe(0);
  });

  it('words unstable rows instead of returning Infinity', () => {
    const table = staffingCurveFunction(...LOAD, 20, null, 10, 11);
    expect(table[1]).toEqual([10, 0, 'unbounded', 1, 0]);
    // ASA = C·AHT/(n − A) with C(11, 10) = 0.6821182047 (fixture, mpmath).
    expect(table[2][2]).toBeCloseTo((0.6821182047 * 180) / (11 - 10), 6);
  });

  it('runs 10 rows on from the given start when "to" is omitted', () => {
    const table = staffingCurveFunction(...LOAD, 20, 300, 20, null);
    expect(table.slice(1).map((row) => row[0])).toEqual([
      20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
    ]);
  });
});

describe('LBF.FTE', () => {
  it('divides by the available share: 14 / (1 − 0.3) = 20', () => {
    expect(fteFunction(14, 0.3)).toBeCloseTo(20, 12);
    expect(fteFunction(14, '30%')).toBeCloseTo(20, 12);
  });
});
