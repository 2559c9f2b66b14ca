import { findBreakEven, BREAK_EVEN_TOLERANCE_SHARE } from '../../../src/core/uncertainty/breakEven';
import { LbfError } from '../../../src/core/errors';

const problem = (low: number, high: number, threshold: number) => ({
  parameter: 'inhouse_fte',
  metric: 'cost_per_week',
  low,
  high,
  threshold,
});

function naMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(LbfError);
    expect((e as LbfError).kind).toBe('na');
    return (e as LbfError).message;
  }
  throw new Error('expected an #N/A error');
}

describe('findBreakEven', () => {
  it('finds x = 3 for 2x + 1 = 7 on [0, 10] within the stated tolerance', () => {
    const result = findBreakEven(problem(0, 10, 7), (x) => 2 * x + 1);
    expect(Math.abs(result.value - 3)).toBeLessThanOrEqual(10 * BREAK_EVEN_TOLERANCE_SHARE);
    expect(result.direction).toBe('rising');
    expect(result.bracket[1] - result.bracket[0]).toBeLessThanOrEqual(10e-9);
  });

  it('finds a falling crossing: 100/x = 40 at x = 2.5 on [1, 5]', () => {
    const result = findBreakEven(problem(1, 5, 40), (x) => 100 / x);
    expect(result.value).toBeCloseTo(2.5, 7);
    expect(result.direction).toBe('falling');
  });

  it('returns the low end itself when the metric equals the threshold there', () => {
    expect(findBreakEven(problem(2, 4, 5), (x) => 2 * x + 1).value).toBe(2);
  });

  it('says when the threshold is not crossed in the range, with both end values', () => {
    expect(naMessage(() => findBreakEven(problem(0, 10, 50), (x) => 2 * x + 1))).toBe(
      'Break-even of cost_per_week in inhouse_fte: cost_per_week runs from 1 at inhouse_fte = 0 ' +
        'to 21 at 10 and does not cross 50 in that range.',
    );
  });

  it('refuses a U-shaped response instead of returning one of its two crossings', () => {
    // (x − 5)² on [0, 10]: 25 at both ends, 0 at 5; rises overall by 0, so use [0, 9]
    const message = naMessage(() => findBreakEven(problem(0, 9, 4), (x) => (x - 5) ** 2));
    expect(message).toMatch(/is not monotone in inhouse_fte from 0 to 9: it falls overall/);
  });

  it('says when the metric does not change with the parameter', () => {
    expect(naMessage(() => findBreakEven(problem(0, 10, 3), () => 7))).toMatch(
      /cost_per_week stays at 7 for inhouse_fte from 0 to 10/,
    );
  });

  it('reports where the model has no answer', () => {
    const message = naMessage(() =>
      findBreakEven(problem(0, 10, 3), (x) => {
        if (x < 1) throw new Error('FRT is unbounded');
        return x;
      }),
    );
    expect(message).toMatch(/no answer at inhouse_fte = 0 \(FRT is unbounded\)/);
  });

  it('refuses low >= high as a #VALUE! input error', () => {
    expect(() => findBreakEven(problem(5, 5, 3), (x) => x)).toThrow(
      'inhouse_fte range must be two finite numbers with low < high; got "5 to 5".',
    );
  });
});

describe('findBreakEven: messages print enough digits to tell low from high', () => {
  it('says "from 12 to 12.0000000001", not "from 12 to 12"', () => {
    expect(naMessage(() => findBreakEven(problem(12, 12.0000000001, 100), () => 0))).toBe(
      'Break-even of cost_per_week in inhouse_fte: cost_per_week stays at 0 for inhouse_fte ' +
        'from 12 to 12.0000000001, so no value of it crosses 100.',
    );
  });

  it('keeps 6 significant digits when they suffice', () => {
    expect(naMessage(() => findBreakEven(problem(1, 2, 100), () => 1 / 3))).toMatch(
      /stays at 0\.333333 for inhouse_fte from 1 to 2,/,
    );
  });
});
