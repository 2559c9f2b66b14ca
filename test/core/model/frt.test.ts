import {
  fluidAttainmentShare,
  fluidMeanWaitHours,
  project,
  runScenario,
} from '../../../src/core/model';
import { scenarioOf } from './helpers';

describe('fluidMeanWaitHours: the three regimes', () => {
  it('queue grows (a ≥ c): mean = (b + (a − c)·T/2)/c', () => {
    // b = 100, a = 25/h, c = 12.5/h, T = 40: (100 + 12.5 × 20)/12.5 = 350/12.5 = 28 h
    expect(fluidMeanWaitHours(100, 25, 12.5, 40)).toBeCloseTo(28, 12);
  });

  it('queue drains within the week (τ* = b/(c − a) < T): mean = b·τ*/(2cT)', () => {
    // τ* = 100/10 = 10 h; mean = 100 × 10 / (2 × 20 × 40) = 1000/1600 = 0.625 h
    expect(fluidMeanWaitHours(100, 10, 20, 40)).toBeCloseTo(0.625, 12);
  });

  it('queue shrinks but never empties (τ* ≥ T): mean = (b − (c − a)·T/2)/c', () => {
    // τ* = 1000/10 = 100 h > 40; (1000 − 10 × 20)/20 = 800/20 = 40 h
    expect(fluidMeanWaitHours(1000, 10, 20, 40)).toBeCloseTo(40, 12);
  });

  it('is 0 with no backlog and spare capacity, and continuous where τ* = T', () => {
    expect(fluidMeanWaitHours(0, 10, 20, 40)).toBe(0);
    // τ* = 400/10 = 40 = T: triangle 400 × 40/(2 × 20 × 40) = 10 = (400 − 200)/20
    expect(fluidMeanWaitHours(400, 10, 20, 40)).toBeCloseTo(10, 12);
    expect(fluidMeanWaitHours(400 - 1e-9, 10, 20, 40)).toBeCloseTo(10, 6);
  });

  it('is unbounded (null) with no capacity while work waits or arrives', () => {
    expect(fluidMeanWaitHours(5, 0, 0, 40)).toBeNull();
    expect(fluidMeanWaitHours(0, 1, 0, 40)).toBeNull();
    expect(fluidMeanWaitHours(0, 0, 0, 40)).toBe(0);
  });
});

describe('fluidAttainmentShare', () => {
  it.each([
    // T = 40 h throughout. Grows: b + (a − c)τ ≤ k·c ⇔ τ ≤ (k·c − b)/(a − c)
    // = (125 − 100)/12.5 = 2 h → 2/40
    [100, 25, 12.5, 10, 0.05],
    // drains: τ ≥ (100 − 2 × 20)/(20 − 10) = 6 h → 1 − 6/40 = 0.85
    [100, 10, 20, 2, 0.85],
    // never empties: (1000 − 40)/10 = 96 h ≥ 40 → 0
    [1000, 10, 20, 2, 0],
    // no queue, spare capacity: everyone within target
    [0, 10, 20, 0, 1],
    // a = c: within target iff b ≤ k·c (40 ≤ 2 × 20)
    [40, 20, 20, 2, 1],
    [41, 20, 20, 2, 0],
    // no capacity while work arrives: nobody within target
    [0, 10, 0, 5, 0],
  ])('b = %d, a = %d, c = %d, slack %d h → %d', (b, a, c, k, share) => {
    expect(fluidAttainmentShare(b, a, c, 40, k)).toBeCloseTo(share, 12);
  });

  it('is 0 when the pickup floor alone exceeds the target', () => {
    expect(fluidAttainmentShare(0, 1, 100, 40, -0.5)).toBe(0);
  });
});

describe('project: weekly FRT and attainment', () => {
  it('queue grows: 1000 arrive (25/h), capacity 500 (12.5/h), 100 waiting, floor 0.5 h', () => {
    // mean wait 28 h (above) + floor 0.5 = 28.5 h; target 10.5 h → slack 10 h → 0.05
    const w = project(
      scenarioOf({ opening_backlog: 100, frt_floor_hours: 0.5, frt_target_hours: 10.5 }),
    ).weeks[0];
    expect(w.frtHours).toBeCloseTo(28.5, 9);
    expect(w.frtAttainment).toBeCloseTo(0.05, 12);
  });

  it('queue drains: 400 arrive (10/h), 8 FTE give 800 (20/h), 100 waiting', () => {
    const w = project(
      scenarioOf({
        tickets_per_week: 400,
        inhouse_fte: 8,
        opening_backlog: 100,
        frt_target_hours: 2,
      }),
    ).weeks[0];
    expect(w.frtHours).toBeCloseTo(0.625, 9);
    expect(w.frtAttainment).toBeCloseTo(0.85, 12);
  });

  it('queue never empties: 1000 waiting, same flows', () => {
    const w = project(
      scenarioOf({
        tickets_per_week: 400,
        inhouse_fte: 8,
        opening_backlog: 1000,
        frt_target_hours: 2,
      }),
    ).weeks[0];
    expect(w.frtHours).toBeCloseTo(40, 9);
    expect(w.frtAttainment).toBe(0);
  });

  it('weights the horizon FRT and attainment by arrivals', () => {
    // Weeks of 400 then 1200 tickets (series), 8 FTE: c = 20/h, T = 40.
    // Week 1: b 0, a 10 → FRT 0, attainment 1; 0 left.
    // Week 2: b 0, a 30 → (0 + 10 × 20)/20 = 10 h; slack 2: τ ≤ 2·20/10 = 4 h → 0.1.
    // Horizon: (400 × 0 + 1200 × 10)/1600 = 7.5 h; (400 × 1 + 1200 × 0.1)/1600 = 0.325.
    const s = {
      ...scenarioOf({ horizon_weeks: 2, inhouse_fte: 8, frt_target_hours: 2 }),
      tickets_series: [400, 1200],
    };
    const { metrics } = runScenario(s);
    expect(metrics.frt_hours).toBeCloseTo(7.5, 9);
    expect(metrics.frt_attainment).toBeCloseTo(0.325, 12);
  });

  it('reports an unbounded FRT as not defined, naming the week, never a huge number', () => {
    const run = runScenario(scenarioOf({ inhouse_fte: 0, frt_target_hours: 4 }));
    expect(run.projection.weeks[0].frtHours).toBeNull();
    expect(run.metrics.frt_hours).toBeNull();
    expect(run.metrics.frt_attainment).toBe(0);
    expect(run.unavailable.frt_hours).toBe(
      'frt_hours is unbounded: tier 1 has no ticket ' +
        'capacity in week 1 while tickets wait; add tier-1 hours',
    );
  });
});
