import { fail } from '../errors';

/** A triangular distribution: low ≤ mode ≤ high, in the parameter's unit. */
export interface Triangle {
  low: number;
  mode: number;
  high: number;
}

/**
 * Checks that low ≤ mode ≤ high and all are finite.
 * @param name the parameter the triangle belongs to (named in errors)
 * @param triangle its Low, Value and High in one canonical unit
 * @returns the same triangle
 * @example checkTriangle('tickets_per_week', { low: 1, mode: 2, high: 4 }).mode // 2
 */
export function checkTriangle(name: string, triangle: Triangle): Triangle {
  const { low, mode, high } = triangle;
  if (![low, mode, high].every(Number.isFinite)) {
    fail({
      code: 'notNumber',
      argument: `${name} Low/Value/High`,
      value: `${low}/${mode}/${high}`,
    });
  }
  if (low > mode || mode > high) {
    fail({
      code: 'outOfRange',
      argument: `${name} Value`,
      value: mode,
      details: {
        range: `between its Low (${low}) and High (${high})`,
        hint: 'Low must not exceed Value, and Value must not exceed High.',
      },
    });
  }
  return triangle;
}

/**
 * The triangular quantile (inverse CDF) at share `u`:
 * `low + √(u·(high−low)·(mode−low))` for `u < F(mode)`, else
 * `high − √((1−u)·(high−low)·(high−mode))`, with `F(mode) = (mode−low)/(high−low)`
 * (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 2).
 * Low = High gives that value for every `u`.
 * @param triangle low ≤ mode ≤ high (checked by `checkTriangle`)
 * @param u share in [0, 1]
 * @returns the value in the parameter's unit, within [low, high]
 * @example triangularQuantile({ low: 0, mode: 0, high: 1 }, 0.75) // 0.5
 */
export function triangularQuantile(triangle: Triangle, u: number): number {
  const { low, mode, high } = triangle;
  const width = high - low;
  if (width <= 0) return mode;
  const modeShare = (mode - low) / width;
  const value =
    u < modeShare
      ? low + Math.sqrt(u * width * (mode - low))
      : high - Math.sqrt((1 - u) * width * (high - mode));
  // Rounding in the square root must never step outside the stated range.
  return Math.min(high, Math.max(low, value));
}

/**
 * The triangular mean `(low + mode + high) / 3`.
 * @param triangle low ≤ mode ≤ high
 * @returns the mean in the parameter's unit
 * @example triangularMean({ low: 0, mode: 3, high: 6 }) // 3
 */
export function triangularMean(triangle: Triangle): number {
  return (triangle.low + triangle.mode + triangle.high) / 3;
}
