import { metricKey, readMetricList, readMetricName, readThreshold } from '../../../src/core/model';
import { errorOf } from '../params/helpers';

describe('readMetricName: one reader for every function', () => {
  it.each([
    ['frt_hours', 'frt_hours'],
    [' FRT_Hours ', 'frt_hours'],
    ['frt_hours (hours)', 'frt_hours'], // the header LBF.METRICS prints
    ['cost per week (money/week)', 'cost_per_week'],
  ])('reads %j as %s', (typed, name) => {
    expect(readMetricName('metric', typed)).toBe(name);
  });

  it('suggests the nearest name for an unknown one', () => {
    expect(errorOf(() => readMetricName('metric', 'frt_hour')).message).toBe(
      'Unknown metric "frt_hour". Did you mean frt_hours? Metric names are snake_case.',
    );
  });

  it('keys a name without its unit', () => {
    expect(metricKey('Backlog End (tickets)')).toBe('backlog_end');
  });
});

describe('readMetricList', () => {
  it.each([
    ['frt_hours; backlog_end', ['frt_hours', 'backlog_end']],
    ['frt_hours, backlog_end', ['frt_hours', 'backlog_end']],
    [[['frt_hours (hours)', '', 'backlog_end (tickets)']], ['frt_hours', 'backlog_end']],
  ])('reads %j', (raw, names) => {
    expect(readMetricList('metric', raw)).toEqual(names);
  });

  it('is undefined when nothing is given', () => {
    expect(readMetricList('metric', null)).toBeUndefined();
  });
});

describe('readThreshold', () => {
  it.each([
    ['frt_attainment', 0.9, 0.9],
    ['frt_attainment', '90%', 0.9],
    ['frt_attainment', 1, 1], // the edge of a 0–1 share
    ['resolution_rate', 1.2, 1.2], // may exceed 1 while a backlog clears
    ['resolution_rate', '95%', 0.95],
    ['cost_per_week', 50000, 50000],
  ])('reads %s threshold %j as %d', (metric, raw, value) => {
    expect(readThreshold('threshold', metric, raw)).toBe(value);
  });

  it.each([
    ['live_service_level', 80, 'Write 0.8 or 80 %, not 80.'],
    ['t1_occupancy', 1.5, 'Write 0.015 or 1.5 %, not 1.5.'], // just past 1
  ])('refuses %s threshold %d as a percent typed whole', (metric, raw, hint) => {
    const e = errorOf(() => readThreshold('threshold', metric, raw));
    expect(e.code).toBe('percentAsWhole');
    expect(e.message).toContain(hint);
  });

  it('refuses percent text on a metric that is not a share (cost_per_week "50%")', () => {
    expect(errorOf(() => readThreshold('threshold', 'cost_per_week', '50%')).argument).toBe(
      'threshold',
    );
  });

  it('refuses a share threshold beyond 100 as out of range', () => {
    expect(errorOf(() => readThreshold('threshold', 'frt_attainment', 150)).message).toBe(
      'threshold must be a number ≥ 0 and ≤ 1; got 150.',
    );
  });
});
