import { erlangA, erlangC, evaluateQueue } from '../../../src/core/queueing';
import reference from './fixtures/reference.json';

const MEASURES = ['waitProbability', 'abandonShare', 'asaSeconds', 'occupancy'] as const;

describe('erlangA', () => {
  it.each(reference.erlangA)(
    'matches the brute-force birth–death chain (mpmath) at $agents agents, ' +
      '$loadErlangs Erlangs, patience $patienceSeconds s',
    (row) => {
      const r = erlangA(row);
      for (const key of MEASURES) {
        // Absolute 1e-12 on shares and 1e-9 s on ASA: summation round-off of a few
        // thousand terms; the reference is exact to 60+ digits.
        expect(Math.abs(r[key] - row[key])).toBeLessThan(key === 'asaSeconds' ? 1e-9 : 1e-12);
      }
      if (row.serviceLevel !== null) {
        // Reference SL integrates the hypoexponential offered wait state by state.
        expect(Math.abs(r.serviceLevel - row.serviceLevel)).toBeLessThan(1e-12);
      }
    },
  );

  it.each([
    [14, 10, 20],
    [11, 10, 60],
    [1013, 1000, 15],
  ])('approaches Erlang C as patience grows (%d agents, %d Erlangs, t %d s)', (n, a, t) => {
    const c = erlangC(n, a);
    const slC = 1 - c * Math.exp((-(n - a) * t) / 180);
    const gaps = [1e4, 1e5, 1e6, 1e7].map((patienceSeconds) => {
      const r = erlangA({
        agents: n,
        loadErlangs: a,
        ahtSeconds: 180,
        patienceSeconds,
        targetSeconds: t,
      });
      return Math.max(Math.abs(r.waitProbability - c), Math.abs(r.serviceLevel - slC));
    });
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]).toBeLessThan(gaps[i - 1]);
    // The gap is O(AHT / patience): under 1e-4 at 180 s / 1e7 s = 1.8e-5.
    expect(gaps[3]).toBeLessThan(1e-4);
  });

  it('matches Erlang C at 10,000+ agents when patience is very long', () => {
    const row = reference.erlangCRequired[3]; // 10,000 Erlangs, 10,013 agents
    const r = evaluateQueue({
      contactsPerInterval: row.contacts,
      intervalMinutes: row.intervalMinutes,
      ahtSeconds: row.ahtSeconds,
      agents: row.agents,
      targetSeconds: row.targetSeconds,
      patienceSeconds: 1e9,
    });
    expect(Math.abs(r.serviceLevel - row.serviceLevelAtAgents)).toBeLessThan(1e-5);
  });

  it('accepts fractional agents and lies between the neighbouring whole counts', () => {
    const at = (agents: number) =>
      erlangA({ agents, loadErlangs: 10, ahtSeconds: 180, patienceSeconds: 300, targetSeconds: 20 })
        .serviceLevel;
    expect(at(12.5)).toBeGreaterThan(at(12));
    expect(at(12.5)).toBeLessThan(at(13));
  });

  it('service level with a 0 s target is the share answered at once, 1 − P(wait)', () => {
    const r = erlangA({
      agents: 14,
      loadErlangs: 10,
      ahtSeconds: 180,
      patienceSeconds: 300,
      targetSeconds: 0,
    });
    expect(r.serviceLevel).toBeCloseTo(1 - 0.1452601142963612, 12);
  });

  /** Erlang B from its closed form (A^n/n!) / Σ_{k≤n} A^k/k!, term by term. */
  function erlangBClosedForm(n: number, a: number): number {
    let term = 1;
    let total = 1;
    for (let k = 1; k <= n; k += 1) {
      term *= a / k;
      total += term;
    }
    return term / total;
  }

  it.each([1e-20, 1e-16, 1e-14])(
    'tends to the loss system M/M/n/n as patience → 0 (patience %d s, AHT 180 s)',
    (patienceSeconds) => {
      // With patience → 0 every contact that finds 14 agents busy hangs up at once, so
      // abandonment → B(14, 10) = 0.0568191433865209 (closed form), occupancy →
      // A·(1 − B)/n = 10·(1 − B)/14 = 0.673700611866771, SL within 20 s → 1 − B. The gap
      // is O((A + n)·patience / AHT) ≤ 24·1e-14/180 ≈ 1.3e-15, far inside 1e-12.
      const b = erlangBClosedForm(14, 10);
      const r = erlangA({
        agents: 14,
        loadErlangs: 10,
        ahtSeconds: 180,
        patienceSeconds,
        targetSeconds: 20,
      });
      expect(Math.abs(r.abandonShare - b)).toBeLessThan(1e-12);
      expect(Math.abs(r.occupancy - (10 * (1 - b)) / 14)).toBeLessThan(1e-12);
      expect(Math.abs(r.serviceLevel - (1 - b))).toBeLessThan(1e-12);
      expect(Math.abs(r.waitProbability - b)).toBeLessThan(1e-12);
    },
  );

  it.each([
    [0, 100000, 300],
    [50000, 100000, 300],
    [999, 1000000, 300],
  ])('deep overload (%d agents, %d Erlangs, patience %d s) obeys flow balance', (n, a, p) => {
    // Arrivals = services + abandonments: A = n·occupancy + θ·E[queue]. With n ≪ A every
    // agent is busy (idle probability ~ e^(−θ(A − n)²/2A) underflows), so occupancy = 1,
    // abandonment = 1 − n/A and ASA = E[queue]/λ = patience·(1 − n/A) (Little's law).
    // Tolerance 1e-10: the chain sums up to 1.7 million states (round-off ~ states·ε).
    const r = erlangA({
      agents: n,
      loadErlangs: a,
      ahtSeconds: 180,
      patienceSeconds: p,
      targetSeconds: 20,
    });
    expect(Math.abs(r.abandonShare - (1 - n / a))).toBeLessThan(1e-10);
    expect(Math.abs(r.asaSeconds - p * (1 - n / a))).toBeLessThan(1e-7);
    expect(Math.abs(r.occupancy - (n === 0 ? 0 : 1))).toBeLessThan(1e-10);
    expect(r.waitProbability).toBeCloseTo(1, 12);
    // Waits are about patience·ln(A/n) ≥ 300·0.69 s ≫ 20 s: nobody is answered in time.
    expect(r.serviceLevel).toBeLessThan(1e-12);
  });
});
