import { fteFromAgents, MAX_CURVE_ROWS, staffingCurve } from '../../../src/core/queueing';
import { LbfError } from '../../../src/core/errors';

const issueLoad = { contactsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 };

describe('staffingCurve', () => {
  it('steps through agent counts with the issue 2 values at 14 agents', () => {
    const rows = staffingCurve(issueLoad, { targetSeconds: 20 }, 12, 16);
    expect(rows.map((r) => r.agents)).toEqual([12, 13, 14, 15, 16]);
    expect(rows[2].result.serviceLevel).toBeCloseTo(0.8883500192, 10);
    expect(rows[2].result.asaSeconds).toBeCloseTo(7.835937, 6);
    expect(rows[1].result.serviceLevel).toBeLessThan(0.8);
  });

  it('marks counts at or below the load unstable: SL 0, occupancy 1, ASA unbounded', () => {
    const rows = staffingCurve(issueLoad, { targetSeconds: 20 }, 9, 11);
    expect(rows.map((r) => r.stable)).toEqual([false, false, true]);
    expect(rows[0].result).toMatchObject({ serviceLevel: 0, occupancy: 1,
      asaSeconds: Infinity });
  });

  it('uses Erlang A with a patience (issue 2 figures at 14 agents)', () => {
    const rows = staffingCurve(issueLoad, { targetSeconds: 20, patienceSeconds: 300 }, 13, 14);
    expect(rows[1].result.abandonShare).toBeCloseTo(0.013984, 6);
    expect(rows[1].result.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it(`allows ${MAX_CURVE_ROWS} rows and refuses one more, naming "to"`, () => {
    expect(staffingCurve(issueLoad, { targetSeconds: 20 }, 0, MAX_CURVE_ROWS - 1)).toHaveLength(
      MAX_CURVE_ROWS);
    expect(() => staffingCurve(issueLoad, { targetSeconds: 20 }, 0, MAX_CURVE_ROWS)).toThrow(
      /^to must be at most 999; got 1000\. A staffing curve has at most 1000 rows/);
  });

  it('refuses to before from', () => {
    expect(() => staffingCurve(issueLoad, { targetSeconds: 20 }, 12, 11)).toThrow(LbfError);
  });
});

describe('fteFromAgents', () => {
  it('divides by the available share: 14 agents at 30 % shrinkage are 14 / 0.7 = 20 FTE', () => {
    expect(fteFromAgents(14, 0.3)).toBeCloseTo(20, 12);
  });

  it('is agents at zero shrinkage and refuses a shrinkage of 1 (nobody is ever available)', () => {
    expect(fteFromAgents(9, 0)).toBe(9);
    expect(() => fteFromAgents(9, 1)).toThrow(/shrinkage must be a number ≥ 0 and < 1/);
  });
});
