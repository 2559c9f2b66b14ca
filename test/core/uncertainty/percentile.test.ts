import { percentileSorted, percentiles } from '../../../src/core/uncertainty/percentile';

describe('percentileSorted (Hyndman–Fan type 7)', () => {
  it.each([
    // R: quantile(1:10, c(0.1, 0.5, 0.9)) → 1.9, 5.5, 9.1 (h = 9p)
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1, 1.9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    // h = 4·0.4 = 1.6 → 20 + 0.6·(35 − 20) = 29 (Excel PERCENTILE.INC gives 29)
    [[15, 20, 35, 40, 50], 0.4, 29],
    [[15, 20, 35, 40, 50], 0, 15],
    [[15, 20, 35, 40, 50], 1, 50],
    [[42], 0.9, 42],
  ])('of %j at %d is %d', (values, share, expected) => {
    expect(percentileSorted(values, share)).toBeCloseTo(expected, 12);
  });

  it('is NaN for an empty sample (callers report that case)', () => {
    expect(percentileSorted([], 0.5)).toBeNaN();
  });
});

describe('percentiles', () => {
  it('sorts numerically, not as text, and leaves the input alone', () => {
    const values = [10, 9, 100, 1];
    expect(percentiles(values, [0, 0.5, 1])).toEqual([1, 9.5, 100]);
    expect(values).toEqual([10, 9, 100, 1]);
  });
});
