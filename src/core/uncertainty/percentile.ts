/**
 * The sample percentile by linear interpolation between order statistics,
 * Hyndman & Fan (1996) definition 7, the default of R's `quantile()`, of
 * NumPy's `percentile()` and of Excel's PERCENTILE.INC: with the values sorted
 * ascending as x[0] … x[n−1] and h = (n − 1)·p, the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 * @param sortedValues values sorted ascending, at least one
 * @param share the percentile as a share in [0, 1] (0.1 for P10)
 * @returns the percentile, in the values' unit; NaN for an empty list
 * @example percentileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1) // 1.9
 */
export function percentileSorted(sortedValues: ArrayLike<number>, share: number): number {
  const count = sortedValues.length;
  if (count === 0) return Number.NaN;
  const position = (count - 1) * Math.min(1, Math.max(0, share));
  const below = Math.floor(position);
  const above = Math.min(count - 1, below + 1);
  const fraction = position - below;
  return sortedValues[below] + fraction * (sortedValues[above] - sortedValues[below]);
}

/**
 * Sorts a copy of the values and returns several percentiles at once.
 * @param values the sample (any order); not modified
 * @param shares the percentiles wanted, as shares in [0, 1]
 * @returns one value per share, in the values' unit
 * @example percentiles([3, 1, 2], [0, 0.5, 1]) // [1, 2, 3]
 */
export function percentiles(values: ArrayLike<number>, shares: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return shares.map((share) => percentileSorted(sorted, share));
}
