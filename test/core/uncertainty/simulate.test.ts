import {
  simulate,
  simulateAsync,
  simulationSteps,
  type SimulationSpec,
} from '../../../src/core/uncertainty/simulate';
import { confidenceOf, rangeOf } from '../../../src/core/uncertainty/confidence';

// The first five mulberry32(1) outputs (fixtures/mulberry32_reference.py).
const U = [
  0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741,
  0.9683778982143849,
];

// Triangle (0, 1, 1): F(x) = x², so the inverse CDF is x = sqrt(u).
const RIGHT = { name: 'x', triangle: { low: 0, mode: 1, high: 1 } };

const twoParameters = (draws: number, seed: number, batchSize?: number): SimulationSpec => ({
  parameters: [
    { name: 'a', triangle: { low: 1, mode: 2, high: 4 } },
    { name: 'b', triangle: { low: 10, mode: 10, high: 30 } },
  ],
  draws,
  seed,
  metrics: ['sum'],
  batchSize,
});
const sum = (d: Record<string, number>) => ({ sum: d.a + d.b });

describe('simulate', () => {
  it('draws sqrt(u) from the triangle (0, 1, 1) for the reference stream of seed 1', () => {
    const spec = { parameters: [RIGHT], draws: 5, seed: 1, metrics: ['x'] };
    const result = simulate(spec, (d) => ({ x: d.x }));
    const expected = U.map(Math.sqrt);
    result.samples.x.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 14));
  });

  it('gives the same numbers for the same seed and different numbers for another seed', () => {
    const a = simulate(twoParameters(200, 5), sum).samples.sum.values;
    const b = simulate(twoParameters(200, 5), sum).samples.sum.values;
    const c = simulate(twoParameters(200, 6), sum).samples.sum.values;
    expect(b).toEqual(a);
    expect(c.filter((v, i) => v === a[i]).length).toBe(0);
  });

  it('does not depend on the batch size', () => {
    const one = simulate(twoParameters(250, 9, 1), sum).samples.sum.values;
    const big = simulate(twoParameters(250, 9, 1000), sum).samples.sum.values;
    expect(big).toEqual(one);
  });

  it('counts draws the model cannot evaluate, by reason, and keeps them out of the values', () => {
    // sqrt(u) > 0.9 for u = 0.981 (draw 3) and 0.968 (draw 4) only.
    const spec = { parameters: [RIGHT], draws: 5, seed: 1, metrics: ['x'] };
    const result = simulate(spec, (d) => {
      if (d.x > 0.9) throw new Error('FRT is unbounded');
      return { x: d.x };
    });
    expect(result.failures).toEqual([{ reason: 'FRT is unbounded', count: 2, firstDraw: 3 }]);
    expect(result.samples.x.missing).toBe(2);
    expect(result.samples.x.values).toHaveLength(3);
  });

  it('counts a null metric as missing and reads TRUE/FALSE as 1/0', () => {
    const spec = { parameters: [RIGHT], draws: 5, seed: 1, metrics: ['score', 'ok'] };
    const result = simulate(spec, (d) => ({ score: null, ok: d.x > 0.75 }));
    expect(result.samples.score).toEqual({ values: [], missing: 5 });
    // sqrt(u): 0.792, 0.052, 0.726, 0.990, 0.984
    expect(result.samples.ok.values).toEqual([1, 0, 0, 1, 1]);
  });

  it('rounds a whole-number parameter', () => {
    const weeks = { name: 'w', triangle: { low: 1, mode: 1, high: 5 }, integer: true };
    const result = simulate({ parameters: [weeks], draws: 50, seed: 3, metrics: ['w'] }, (d) => ({
      w: d.w,
    }));
    expect(result.samples.w.values.every(Number.isInteger)).toBe(true);
  });
});

describe('simulateAsync', () => {
  const noPause = () => Promise.resolve();

  it('reports progress after each batch and gives the synchronous result', async () => {
    const seen: number[] = [];
    const result = await simulateAsync(twoParameters(250, 4, 100), sum, {
      onProgress: (p) => seen.push(p.completedDraws),
      pause: noPause,
    });
    expect(seen).toEqual([100, 200, 250]);
    expect(result.samples.sum.values).toEqual(
      simulate(twoParameters(250, 4), sum).samples.sum.values,
    );
    expect(result.cancelled).toBe(false);
  });

  it('stops after the batch in which the signal is aborted, keeping the draws so far', async () => {
    const signal = { aborted: false };
    const result = await simulateAsync(twoParameters(1000, 4, 100), sum, {
      onProgress: (p) => {
        if (p.completedDraws === 200) signal.aborted = true;
      },
      signal,
      pause: noPause,
    });
    expect(result.cancelled).toBe(true);
    expect(result.completedDraws).toBe(200);
    expect(result.samples.sum.values).toHaveLength(200);
  });

  it('runs nothing when the signal is already aborted', async () => {
    const result = await simulateAsync(twoParameters(10, 4), sum, { signal: { aborted: true } });
    expect([result.cancelled, result.completedDraws]).toEqual([true, 0]);
  });

  it('exposes the same steps as a generator for callers that pace themselves', () => {
    const steps = simulationSteps(twoParameters(3, 1, 2), sum);
    expect(steps.next().value).toEqual({ completedDraws: 2, draws: 3 });
    expect(steps.next().value).toEqual({ completedDraws: 3, draws: 3 });
    expect(steps.next().done).toBe(true);
  });
});

describe('confidenceOf', () => {
  it.each([
    // values 1..4: >= 3 meets for 3, 4; > 3 for 4 only; at the threshold <= and >= meet.
    ['>=', 3, 0.5],
    ['>', 3, 0.25],
    ['<=', 3, 0.75],
    ['<', 3, 0.5],
  ] as const)('P(metric %s %d) over 1, 2, 3, 4 is %d', (c, t, p) => {
    expect(confidenceOf({ values: [1, 2, 3, 4], missing: 0 }, c, t).probability).toBe(p);
  });

  it('brackets the probability when draws are missing: 2 met of 4, 1 missing', () => {
    const result = confidenceOf({ values: [1, 2, 3, 4], missing: 1 }, '>=', 3);
    // among evaluated 2/4; all missing fail: 2/5; all missing meet: 3/5
    expect([result.probability, result.probabilityLow, result.probabilityHigh]).toEqual([
      0.5, 0.4, 0.6,
    ]);
  });

  it('is exactly 0 or 1 when Low = High for every parameter', () => {
    const fixed = {
      parameters: [{ name: 'a', triangle: { low: 2, mode: 2, high: 2 } }],
      draws: 300,
      seed: 8,
      metrics: ['a'],
    };
    const sample = simulate(fixed, (d) => ({ a: d.a })).samples.a;
    expect(confidenceOf(sample, '>=', 2).probability).toBe(1);
    expect(confidenceOf(sample, '>', 2).probability).toBe(0);
  });
});

describe('rangeOf', () => {
  it('gives the type-7 P10, P50, P90 of 1..10: 1.9, 5.5, 9.1', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(rangeOf({ values, missing: 0 })).toEqual({
      p10: 1.9,
      p50: 5.5,
      p90: expect.closeTo(9.1, 12),
      evaluated: 10,
      missing: 0,
    });
  });
});
