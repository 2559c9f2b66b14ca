import { mulberry32 } from '../../../src/core/uncertainty/random';
import {
  checkTriangle,
  triangularMean,
  triangularQuantile,
} from '../../../src/core/uncertainty/triangular';
import { percentiles } from '../../../src/core/uncertainty/percentile';

// low 2, mode 5, high 11: width 9, F(mode) = 3/9 = 1/3.
const TRIANGLE = { low: 2, mode: 5, high: 11 };

describe('triangularQuantile', () => {
  it.each([
    // u < 1/3: 2 + sqrt(u * 9 * 3)
    ['the low end at u = 0', 0, 2],
    ['2 + sqrt(1/12 * 27) = 2 + 1.5 at u = 1/12', 1 / 12, 3.5],
    ['the mode at u = F(mode) = 1/3: 11 - sqrt(2/3 * 54) = 11 - 6', 1 / 3, 5],
    // u >= 1/3: 11 - sqrt((1 - u) * 9 * 6)
    ['11 - sqrt(27) at the median', 0.5, 11 - Math.sqrt(27)],
    ['11 - sqrt(0.1 * 54) at u = 0.9', 0.9, 11 - Math.sqrt(5.4)],
    ['the high end at u = 1', 1, 11],
  ])('gives %s', (_case, u, expected) => {
    expect(triangularQuantile(TRIANGLE, u)).toBeCloseTo(expected, 12);
  });

  it('returns the value itself for every u when Low = High', () => {
    const point = { low: 7, mode: 7, high: 7 };
    expect([0, 0.3, 0.999].map((u) => triangularQuantile(point, u))).toEqual([7, 7, 7]);
  });

  it('handles a mode at either end (right and left triangles)', () => {
    // mode = low: x = high - sqrt((1-u)·w²) → at u = 0.75, 0 + ... = 1 - 0.5
    expect(triangularQuantile({ low: 0, mode: 0, high: 1 }, 0.75)).toBeCloseTo(0.5, 12);
    // mode = high: x = low + sqrt(u·w²) → at u = 0.25, 0.5
    expect(triangularQuantile({ low: 0, mode: 1, high: 1 }, 0.25)).toBeCloseTo(0.5, 12);
  });

  it('reproduces the exact mean (2+5+11)/3 = 6 and median over 100,000 seeded draws', () => {
    const next = mulberry32(11);
    const sample = Array.from({ length: 100_000 }, () => triangularQuantile(TRIANGLE, next()));
    const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
    // Variance (a²+b²+c²−ab−ac−bc)/18 = 63/18 = 3.5, sd 1.871, standard error
    // 0.0059 over 1e5 draws: 0.03 is five standard errors.
    expect(Math.abs(mean - triangularMean(TRIANGLE))).toBeLessThan(0.03);
    expect(triangularMean(TRIANGLE)).toBe(6);
    const [p10, p50, p90] = percentiles(sample, [0.1, 0.5, 0.9]);
    // Exact quantiles: P10 = 2 + sqrt(0.1·27), P50 = 11 − sqrt(27), P90 = 11 − sqrt(5.4)
    expect(Math.abs(p10 - (2 + Math.sqrt(2.7)))).toBeLessThan(0.03);
    expect(Math.abs(p50 - (11 - Math.sqrt(27)))).toBeLessThan(0.03);
    expect(Math.abs(p90 - (11 - Math.sqrt(5.4)))).toBeLessThan(0.03);
  });
});

describe('checkTriangle', () => {
  it('accepts low = mode = high and the edges low = mode, mode = high', () => {
    expect(checkTriangle('x', { low: 1, mode: 1, high: 1 })).toEqual({ low: 1, mode: 1, high: 1 });
    expect(checkTriangle('x', { low: 1, mode: 1, high: 2 }).mode).toBe(1);
    expect(checkTriangle('x', { low: 1, mode: 2, high: 2 }).mode).toBe(2);
  });

  it('refuses a value just outside its Low/High, naming the parameter and range', () => {
    expect(() => checkTriangle('peak_factor', { low: 1, mode: 0.999, high: 2 })).toThrow(
      'peak_factor Value must be between its Low (1) and High (2); got 0.999.',
    );
    expect(() => checkTriangle('peak_factor', { low: 1, mode: 2.001, high: 2 })).toThrow(
      /between its Low \(1\) and High \(2\); got 2.001/,
    );
  });

  it('refuses a non-finite bound', () => {
    expect(() => checkTriangle('x', { low: NaN, mode: 1, high: 2 })).toThrow(/must be a number/);
  });
});
