/** Small descriptive statistics on plain arrays, shared by the baselines. */

/**
 * Arithmetic mean, or undefined for an empty list.
 * @example mean([1, 2, 6]) // 3
 */
export function mean(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i];
  return sum / values.length;
}

/**
 * Median (mean of the two middle values for an even count), or undefined
 * for an empty list. Sorts a copy; the input is not changed.
 * @example median([5, 1, 3, 2]) // 2.5
 */
export function median(values: ArrayLike<number>): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `part / whole`, or undefined when whole is 0 (a share that does not exist). */
export function ratio(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}

/** Smallest value (loops: spreading 100,000 values into Math.min overflows the stack). */
export function minOf(values: ArrayLike<number>): number {
  let least = Infinity;
  for (let i = 0; i < values.length; i += 1) if (values[i] < least) least = values[i];
  return least;
}

/** Largest value; see `minOf`. */
export function maxOf(values: ArrayLike<number>): number {
  let most = -Infinity;
  for (let i = 0; i < values.length; i += 1) if (values[i] > most) most = values[i];
  return most;
}
