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
    expect(rows[0].result).toMatchObject({ serviceLevel: 0, occupancy: 1, asaSeconds: Infinity });
  });

  it('uses Erlang A with a patience (issue 2 figures at 14 agents)', () => {
    const rows = staffingCurve(issueLoad, { targetSeconds: 20, patienceSeconds: 300 }, 13, 14);
    expect(rows[1].result.abandonShare).toBeCloseTo(0.013984, 6);
    expect(rows[1].result.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it(`allows ${MAX_CURVE_ROWS} rows and refuses one more, naming "to"`, () => {
    expect(staffingCurve(issueLoad, { targetSeconds: 20 }, 0, MAX_CURVE_ROWS - 1)).toHaveLength(
      MAX_CURVE_ROWS,
    );
    expect(() => staffingCurve(issueLoad, { targetSeconds: 20 }, 0, MAX_CURVE_ROWS)).toThrow(
      /^to must be at most 999; got 1000\. A staffing curve has at most 1000 rows/,
    );
  });

  it('refuses to before from', () => {
    expect(() => staffingCurve(issueLoad, { targetSeconds: 20 }, 12, 11)).toThrow(LbfError);
  });
});

describe('staffingCurve far below a huge load (Erlang A)', () => {
  it('gives 1,000 deeply overloaded rows their flow-balance values', () => {
    // 1,000,000 contacts / 30 min at 180 s is A = 100,000 Erlangs; at n ≤ 999 agents every
    // agent is busy, so occupancy 1, abandonment 1 − n/A and ASA = patience·(1 − n/A)
    // (Little's law with θ·E[queue] = A − n). These rows once took 27 s.
    const load = { contactsPerInterval: 1e6, intervalMinutes: 30, ahtSeconds: 180 };
    const rows = staffingCurve(load, { targetSeconds: 20, patienceSeconds: 300 }, 0, 999);
    expect(rows).toHaveLength(1000);
    for (const row of [rows[1], rows[500], rows[999]]) {
      const share = 1 - row.agents / 1e5;
      expect(Math.abs(row.result.abandonShare - share)).toBeLessThan(1e-10);
      expect(Math.abs(row.result.asaSeconds - 300 * share)).toBeLessThan(1e-7);
      expect(Math.abs(row.result.occupancy - 1)).toBeLessThan(1e-10);
    }
  });

  it('refuses, naming from, a curve whose queues would take too long to sum', () => {
    // 10,000,000 contacts are A = 1,000,000 Erlangs; with a 3,600 s target every row
    // near 0 agents sums its whole queue of (A − n)/θ = 1.67 million states.
    const load = { contactsPerInterval: 1e7, intervalMinutes: 30, ahtSeconds: 180 };
    let error: unknown;
    try {
      staffingCurve(load, { targetSeconds: 3600, patienceSeconds: 300 }, 0, 999);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LbfError);
    expect((error as LbfError).argument).toBe('from');
    expect((error as LbfError).message).toMatch(
      new RegExp(
        '^from must be nearer the offered load of 1000000 Erlangs; got 0\\. ' +
          'Rows 0 … 999 lie so far below it',
      ),
    );
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
