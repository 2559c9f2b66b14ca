import { METRICS, METRIC_NAMES, runScenario } from '../../../src/core/model';
import { scenarioOf } from './helpers';

/*
 * Two weeks, 1000 tickets a week, T1 capacity 500, 20 % escalated, tier 2 handles 40.
 * Week 1: T1 handles 500 (escalates 100, resolves 400), backlog 500; T2 100 → 40, left 60.
 * Week 2: T1 1500 → 500 (100, 400), backlog 1000; T2 160 → 40, left 120.
 * Cost per week: in-house 5 × 40 × 25 = 5000 + tier 2 1 × 40 × 50 = 2000 = 7000.
 * FRT (c = 12.5/h, a = 25/h, T = 40): week 1 (0 + 12.5 × 20)/12.5 = 20 h;
 * week 2 (500 + 250)/12.5 = 60 h. Attainment within 8 h: week 1 τ ≤ 100/12.5 = 8 h of 40
 * = 0.2; week 2 (100 − 500)/12.5 < 0 → 0.
 */
const twoWeeks = {
  horizon_weeks: 2,
  inhouse_escalation_rate: 0.2,
  tier2_fte: 1,
  tier2_shrinkage: 0.5,
  tier2_aht_minutes: 30,
  inhouse_cost_per_hour: 25,
  tier2_cost_per_hour: 50,
  frt_target_hours: 8,
  resolution_rate_target: 0.88,
  backlog_days_target: 3.92,
};

describe('runScenario: metrics of MODEL.md section 4', () => {
  const { metrics } = runScenario(
    scenarioOf({ ...twoWeeks, budget_per_week: 3500, quality_weight: 0.6 }),
  );

  it.each([
    ['backlog_end', 1000 + 120],
    ['backlog_peak', 1120],
    // 1120 ÷ (1000 / 7 per calendar day) = 7.84 days
    ['backlog_days_end', 7.84],
    // (1000 × 20 + 1000 × 60) / 2000
    ['frt_hours', 40],
    ['frt_attainment', 0.1],
    // (800 T1-resolved + 80 T2-handled) / 2000 inbound
    ['resolution_rate', 0.44],
    ['first_contact_resolution', 800 / 1000],
    ['self_serve_resolutions', 0],
    ['live_agents_required', 0],
    // 1000 tickets × 12 min = 200 h busy of 200 productive T1 hours
    ['t1_occupancy', 1],
    ['cost_total', 14000],
    ['cost_per_week', 7000],
    ['cost_per_resolution', 14000 / 880],
    // mean(frt 0.1, resolution min(1, 0.44/0.88) = 0.5, backlog 3.92/7.84 = 0.5) × 100
    ['quality_index', (100 * 1.1) / 3],
    // 100 × min(1, 3500 / 7000)
    ['efficiency_index', 50],
    // 0.6 × 36.667 + 0.4 × 50 = 22 + 20
    ['score', 42],
  ])('%s = %d', (name, expected) => {
    expect(metrics[name as keyof typeof metrics]).toBeCloseTo(expected, 9);
  });

  it('meets_targets is FALSE when any set target is missed', () => {
    expect(metrics.meets_targets).toBe(false);
  });

  it('meets_targets is TRUE when every set target is met', () => {
    const loose = runScenario(
      scenarioOf({
        ...twoWeeks,
        frt_target_hours: 40,
        resolution_rate_target: 0.44,
        backlog_days_target: 7.84,
        budget_per_week: 7000,
      }),
    );
    expect(loose.metrics.meets_targets).toBe(true);
  });

  it('caps efficiency at 100 when the cost is within budget', () => {
    expect(
      runScenario(scenarioOf({ ...twoWeeks, budget_per_week: 10000 })).metrics.efficiency_index,
    ).toBe(100);
  });

  it('counts self-serve resolutions as Σ underlying demand × s_w', () => {
    // s = 0.2 in both weeks: demand 1000 / 0.8 = 1250 a week; 2 × 1250 × 0.2 = 500
    const { metrics: m } = runScenario(scenarioOf({ horizon_weeks: 2, self_serve_adoption: 0.2 }));
    expect(m.self_serve_resolutions).toBeCloseTo(500, 9);
  });

  it('weights live measures by contacts and takes live agents in the peak week', () => {
    // Growth 100 %: 4000 then 8000 chats (100/h then 200/h × 180 s = 5 and 10 Erlangs).
    const run = runScenario(
      scenarioOf({
        horizon_weeks: 2,
        chats_per_week: 4000,
        chat_aht_minutes: 3,
        volume_growth_per_week: 1,
        inhouse_fte: 40,
      }),
    );
    const [w1, w2] = run.projection.weeks;
    expect(run.metrics.live_service_level).toBeCloseTo(
      (4000 * (w1.liveServiceLevel ?? NaN) + 8000 * (w2.liveServiceLevel ?? NaN)) / 12000,
      12,
    );
    expect(run.metrics.live_agents_required).toBe(14);
  });
});

describe('runScenario: metrics that are not defined', () => {
  const run = runScenario(scenarioOf({ horizon_weeks: 2 }));

  it('has no efficiency or score without a budget, and says to set budget_per_week', () => {
    expect([run.metrics.efficiency_index, run.metrics.score]).toEqual([null, null]);
    expect(run.unavailable.efficiency_index).toBe(
      'efficiency_index is not defined: it needs ' + 'a budget; set budget_per_week.',
    );
    expect(run.unavailable.score).toContain('set budget_per_week');
  });

  it('has no quality index, attainment or meets_targets without targets', () => {
    expect([
      run.metrics.quality_index,
      run.metrics.frt_attainment,
      run.metrics.meets_targets,
    ]).toEqual([null, null, null]);
    expect(run.unavailable.frt_attainment).toContain('set frt_target_hours');
  });

  it('has no live measures without live contacts', () => {
    expect(run.metrics.live_service_level).toBeNull();
    expect(run.unavailable.live_service_level).toContain('set chats_per_week or calls_per_week');
  });

  it('gives a reason for every null metric and none for defined ones', () => {
    for (const name of METRIC_NAMES) {
      expect([name, run.metrics[name] === null]).toEqual([name, name in run.unavailable]);
    }
  });
});

describe('METRICS', () => {
  it('lists the metrics of MODEL.md section 4 in order, each with a unit and direction', () => {
    expect(METRICS.map((m) => m.name)).toEqual([
      'backlog_end',
      'backlog_peak',
      'backlog_days_end',
      'frt_hours',
      'frt_attainment',
      'resolution_rate',
      'first_contact_resolution',
      'self_serve_resolutions',
      'live_service_level',
      'live_asa_seconds',
      'live_abandon_rate',
      'live_agents_required',
      't1_occupancy',
      'cost_total',
      'cost_per_week',
      'cost_per_resolution',
      'quality_index',
      'efficiency_index',
      'score',
      'meets_targets',
    ]);
    expect(METRICS.filter((m) => m.direction === 'lower').map((m) => m.name)).toEqual([
      'backlog_end',
      'backlog_peak',
      'backlog_days_end',
      'frt_hours',
      'live_asa_seconds',
      'live_abandon_rate',
      'live_agents_required',
      'cost_total',
      'cost_per_week',
      'cost_per_resolution',
    ]);
  });
});
