import { brokenConstraints, parseConstraints } from '../../../src/core/tradeoff';

const METRICS = ['cost_per_week', 'frt_attainment', 'quality_index', 'meets_targets'];

describe('parseConstraints', () => {
  it('reads metric, comparison and number, with commas, percents and spaces', () => {
    expect(parseConstraints('cost_per_week <= 50,000; frt_attainment>=90%', METRICS)).toEqual([
      {
        metric: 'cost_per_week',
        comparison: '<=',
        threshold: 50000,
        text: 'cost_per_week<=50,000',
      },
      { metric: 'frt_attainment', comparison: '>=', threshold: 0.9, text: 'frt_attainment>=90%' },
    ]);
  });

  it('reads a range cell by cell, skipping blanks, and nothing when omitted', () => {
    expect(
      parseConstraints(
        [
          ['quality_index>80', ''],
          [null, 'meets_targets>=1'],
        ],
        METRICS,
      ),
    ).toHaveLength(2);
    expect(parseConstraints(null, METRICS)).toEqual([]);
  });

  it('refuses text without a comparison, saying how to write it', () => {
    expect(() => parseConstraints('budget 50000', METRICS)).toThrow(
      'constraints "budget 50000" is not a constraint LBF can read: it needs a metric name, ' +
        'then <, <=, > or >=, then a number. Write metric, comparison and number, e.g. ' +
        'cost_per_week<=50000 or frt_attainment>=90%; separate several with ;.',
    );
  });

  it('refuses a threshold that is not a number', () => {
    expect(() => parseConstraints('cost_per_week<=lots', METRICS)).toThrow(
      /"lots" is not a number/,
    );
  });

  it('suggests the nearest metric for a misspelt one', () => {
    expect(() => parseConstraints('cost_per_weak<=5', METRICS)).toThrow(
      /Did you mean cost_per_week\?/,
    );
  });

  it('refuses a number where text is expected', () => {
    expect(() => parseConstraints([[5]], METRICS)).toThrow(/5 is not a constraint.*not text/);
  });
});

describe('brokenConstraints', () => {
  const constraints = parseConstraints('cost_per_week<=50000;frt_attainment>=0.9', METRICS);
  it.each([
    ['meets both at the edges', { cost_per_week: 50000, frt_attainment: 0.9 }, []],
    [
      'breaks the budget just past it',
      { cost_per_week: 50000.01, frt_attainment: 0.9 },
      ['cost_per_week<=50000'],
    ],
    [
      'counts an undefined metric as broken',
      { cost_per_week: 1, frt_attainment: null },
      ['frt_attainment>=0.9'],
    ],
  ])('%s', (_case, metrics, expected) => {
    expect(brokenConstraints(constraints, metrics)).toEqual(expected);
  });
});
