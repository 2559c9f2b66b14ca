import {
  compare,
  evaluateTrigger,
  evaluateTriggers,
  makeTrigger,
  parseComparison,
  type Comparison,
  type Trigger,
} from '../../../src/core/triggers';

const trigger = (comparison: Comparison, threshold = 24): Trigger => ({
  metric: 'frt_hours',
  comparison,
  threshold,
  action: 'review the outsourcing split',
});

describe('evaluateTrigger', () => {
  it.each([
    // comparison, actual, status: the trigger fires when `actual comparison 24` holds
    ['<', 23.9, 'FIRED'],
    ['<', 24, 'OK'],
    ['<', 24.1, 'OK'],
    ['<=', 23.9, 'FIRED'],
    ['<=', 24, 'FIRED'],
    ['<=', 24.1, 'OK'],
    ['>', 23.9, 'OK'],
    ['>', 24, 'OK'],
    ['>', 24.1, 'FIRED'],
    ['>=', 23.9, 'OK'],
    ['>=', 24, 'FIRED'],
    ['>=', 24.1, 'FIRED'],
  ] as [Comparison, number, string][])(
    'frt_hours %s 24 with actual %d is %s',
    (c, actual, status) => {
      const result = evaluateTrigger(trigger(c), { frt_hours: actual });
      expect(result.status).toBe(status);
      expect(result.actual).toBe(actual);
    },
  );

  it('reads TRUE/FALSE metrics as 1/0', () => {
    const meets: Trigger = { metric: 'meets_targets', comparison: '<', threshold: 1, action: 'x' };
    expect(evaluateTrigger(meets, { meets_targets: false }).status).toBe('FIRED');
    expect(evaluateTrigger(meets, { meets_targets: true }).status).toBe('OK');
  });

  it('says NO_DATA when the actuals lack the metric or hold null', () => {
    expect(evaluateTrigger(trigger('>'), {}).status).toBe('NO_DATA');
    expect(evaluateTrigger(trigger('>'), { frt_hours: null }).status).toBe('NO_DATA');
  });

  it('evaluates a list in order', () => {
    const statuses = evaluateTriggers([trigger('>', 10), trigger('>', 40)], { frt_hours: 30 });
    expect(statuses.map((r) => r.status)).toEqual(['FIRED', 'OK']);
  });
});

describe('parseComparison', () => {
  it.each([
    ['<', '<'],
    [' <= ', '<='],
    ['=<', '<='],
    ['≤', '<='],
    ['>', '>'],
    ['>=', '>='],
    ['=>', '>='],
    ['≥', '>='],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseComparison('comparison', raw)).toBe(expected);
  });

  it('refuses anything else, listing the accepted forms', () => {
    expect(() => parseComparison('comparison', '==')).toThrow(
      'comparison must be one of "<", "<=", ">", ">="; got "==".',
    );
    expect(() => parseComparison('comparison', null)).toThrow('comparison is required');
  });

  it('compares without tolerance at the threshold', () => {
    expect([
      compare(1, '<', 1),
      compare(1, '<=', 1),
      compare(1, '>', 1),
      compare(1, '>=', 1),
    ]).toEqual([false, true, false, true]);
  });
});

describe('makeTrigger', () => {
  const known = ['frt_hours', 'backlog_end'];
  it('builds a checked trigger, normalising the metric name', () => {
    expect(
      makeTrigger({ metric: 'FRT_hours', comparison: '≥', threshold: 8, action: 'a' }, known),
    ).toEqual({ metric: 'frt_hours', comparison: '>=', threshold: 8, action: 'a' });
  });

  it('suggests the nearest metric for a misspelt name', () => {
    expect(() => makeTrigger({ metric: 'frt_hour', comparison: '>', threshold: 1 }, known)).toThrow(
      'Unknown trigger metric "frt_hour". Did you mean frt_hours?',
    );
  });

  it('refuses a threshold that is not a number', () => {
    expect(() =>
      makeTrigger({ metric: 'frt_hours', comparison: '>', threshold: 'x' }, known),
    ).toThrow('trigger threshold must be a number; got "x".');
  });
});
