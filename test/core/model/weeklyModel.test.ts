import { project, rampShare, selfServeShare } from '../../../src/core/model';
import { scenarioOf } from './helpers';

const TOL = 9; // decimal places: hand arithmetic is exact up to float rounding

describe('project: tier-1 capacity and backlog', () => {
  it('turns FTE, hours, shrinkage and AHT into ticket capacity', () => {
    // 5 FTE × 40 h × (1 − 0.3) = 140 productive hours;
    // AHT 12 min × aht_factor 1.25 = 15 min → 140 × 60 / 15 = 560 tickets.
    const w = project(scenarioOf({ inhouse_shrinkage: 0.3, inhouse_aht_factor: 1.25 })).weeks[0];
    expect(w.productiveHoursInhouse).toBeCloseTo(140, TOL);
    expect(w.capacityInhouseTickets).toBeCloseTo(560, TOL);
    expect(w.handledInhouseTickets).toBeCloseTo(560, TOL);
    expect(w.backlogT1Tickets).toBeCloseTo(1000 - 560, TOL);
  });

  it('carries the backlog over from week to week', () => {
    // capacity 500/week (base). Week 1: 50 + 600 = 650 queued, 500 handled, 150 left.
    // Week 2: 150 + 600 = 750 queued, 500 handled, 250 left.
    const weeks = project(
      scenarioOf({ horizon_weeks: 2, tickets_per_week: 600, opening_backlog: 50 }),
    ).weeks;
    expect(weeks.map((w) => w.backlogT1Tickets)).toEqual([150, 250]);
    expect(weeks.map((w) => w.resolvedT1Tickets)).toEqual([500, 500]);
  });

  it('handles everything and leaves no backlog when capacity exceeds the queue', () => {
    const w = project(scenarioOf({ tickets_per_week: 300 })).weeks[0];
    expect([w.handledInhouseTickets, w.backlogT1Tickets]).toEqual([300, 0]);
  });

  it('grows volume by (1 + g)^(w − 1)', () => {
    // 1000, 1000 × 1.1 = 1100, 1000 × 1.21 = 1210
    const weeks = project(scenarioOf({ horizon_weeks: 3, volume_growth_per_week: 0.1 })).weeks;
    expect(weeks[2].inboundTickets).toBeCloseTo(1210, TOL);
  });

  it('uses a mapped weekly ticket series in place of tickets_per_week', () => {
    const s = { ...scenarioOf({ horizon_weeks: 2 }), tickets_series: [300, 700] };
    expect(project(s).weeks.map((w) => w.backlogT1Tickets)).toEqual([0, 200]);
  });
});

describe('project: escalation to tier 2', () => {
  it('escalates a share of T1-handled tickets into a second FIFO queue', () => {
    // T1 handles 500 (capacity), escalates 20 % = 100, resolves 400.
    // T2: 1 FTE × 40 h × 0.5 = 20 h; 30-min AHT → 40 tickets a week.
    // Week 1: T2 queue 0 + 100, handles 40, 60 left. Week 2: 60 + 100 = 160, 40, 120 left.
    const weeks = project(
      scenarioOf({
        horizon_weeks: 2,
        inhouse_escalation_rate: 0.2,
        tier2_fte: 1,
        tier2_shrinkage: 0.5,
        tier2_aht_minutes: 30,
      }),
    ).weeks;
    expect(weeks[0].escalatedTickets).toBeCloseTo(100, TOL);
    expect(weeks[0].resolvedT1Tickets).toBeCloseTo(400, TOL);
    expect(weeks[0].capacityTier2Tickets).toBeCloseTo(40, TOL);
    expect(weeks.map((w) => w.handledTier2Tickets)).toEqual([40, 40]);
    expect(weeks[1].backlogT2Tickets).toBeCloseTo(120, TOL);
  });

  it('starts tier 2 from opening_tier2_backlog', () => {
    // 30 waiting + 0 escalated; capacity 40 → all 30 handled.
    const w = project(
      scenarioOf({
        opening_tier2_backlog: 30,
        tier2_fte: 1,
        tier2_shrinkage: 0.5,
        tier2_aht_minutes: 30,
      }),
    ).weeks[0];
    expect([w.handledTier2Tickets, w.backlogT2Tickets]).toEqual([30, 0]);
  });
});

describe('project: routing', () => {
  // In-house capacity 500, outsourced 2 FTE × 40 h × 0.5 = 40 h → 200 tickets; 600 arrive.
  const mix = {
    tickets_per_week: 600,
    outsourced_fte: 2,
    outsourced_shrinkage: 0.5,
    inhouse_escalation_rate: 0.1,
    outsourced_escalation_rate: 0.3,
    tier2_aht_minutes: 30,
    outsourced_cost_per_ticket: 3,
  };

  it('balanced splits handled tickets in proportion to capacity', () => {
    // 600 × 500/700 = 428.571… in-house, 600 × 200/700 = 171.428… outsourced;
    // escalated 0.1 × 428.571 + 0.3 × 171.429 = 42.857 + 51.429 = 94.286.
    const w = project(scenarioOf({ ...mix, routing: 'balanced' })).weeks[0];
    expect(w.handledInhouseTickets).toBeCloseTo(3000 / 7, TOL);
    expect(w.handledOutsourcedTickets).toBeCloseTo(1200 / 7, TOL);
    expect(w.escalatedTickets).toBeCloseTo(300 / 7 + 360 / 7, TOL);
    expect(w.costOutsourcedTickets).toBeCloseTo(3600 / 7, TOL);
  });

  it('inhouse_first fills in-house capacity and overflows to outsourced', () => {
    // in-house 500, outsourced 100; escalated 50 + 30 = 80; fee 100 × 3 = 300.
    const w = project(scenarioOf({ ...mix, routing: 'inhouse_first' })).weeks[0];
    expect([w.handledInhouseTickets, w.handledOutsourcedTickets]).toEqual([500, 100]);
    expect(w.escalatedTickets).toBeCloseTo(80, TOL);
    expect(w.costOutsourcedTickets).toBeCloseTo(300, TOL);
  });
});

describe('project: hires that ramp', () => {
  it('adds productive hours min(1, (w − h + 1)/r) of each hire, paid in full from week h', () => {
    // 4 hires in week 2, ramp 4 weeks: productive shares 0, 1/4, 2/4, 3/4, 1.
    // Productive hours = (5 + 4 × share) × 40 × 0.5; paid = (5 + 4 from week 2) × 40.
    const weeks = project(
      scenarioOf({
        horizon_weeks: 5,
        inhouse_new_hires: 4,
        inhouse_hire_week: 2,
        inhouse_ramp_weeks: 4,
      }),
    ).weeks;
    expect(weeks.map((w) => w.productiveHoursInhouse)).toEqual([100, 120, 140, 160, 180]);
    expect(weeks.map((w) => w.paidHoursTotal)).toEqual([200, 360, 360, 360, 360]);
  });

  it.each([
    [1, 2, 4, 0],
    [2, 2, 4, 0.25],
    [5, 2, 4, 1],
    [9, 2, 4, 1],
    [3, 3, 0, 1],
    [3, 3, 1, 1],
  ])('rampShare(week %d, hire week %d, ramp %d) = %d', (w, h, r, share) => {
    expect(rampShare(w, h, r)).toBe(share);
  });
});

describe('project: self-serve', () => {
  // s0 = 0.2 → 0.5 over 3 weeks from week 2: s = 0.2, 0.3, 0.4, 0.5.
  const ramp = {
    horizon_weeks: 4,
    self_serve_adoption: 0.2,
    self_serve_target: 0.5,
    self_serve_start_week: 2,
    self_serve_ramp_weeks: 3,
    self_serve_aht_uplift: 0.5,
  };

  it('moves adoption linearly from the start week', () => {
    const s = scenarioOf(ramp);
    [0.2, 0.3, 0.4, 0.5].forEach((share, i) =>
      expect(selfServeShare(s, i + 1)).toBeCloseTo(share, 12),
    );
  });

  it('scales inbound by (1 − s_w)/(1 − s0) and counts demand × s_w as self-served', () => {
    // Week 3: underlying demand 1000 / 0.8 = 1250; inbound 1250 × 0.6 = 750;
    // self-served 1250 × 0.4 = 500.
    const w = project(scenarioOf(ramp)).weeks[2];
    expect(w.demandTickets).toBeCloseTo(1250, TOL);
    expect(w.inboundTickets).toBeCloseTo(750, TOL);
    expect(w.selfServeTickets).toBeCloseTo(500, TOL);
  });

  it('raises T1 AHT by uplift × (s_w − s0)/(1 − s0), so capacity falls', () => {
    // Week 3: 1 + 0.5 × 0.2 / 0.8 = 1.125 → 12 × 1.125 = 13.5 min;
    // capacity 100 h × 60 / 13.5 = 444.44… tickets. Week 1: no uplift, 12 min.
    const weeks = project(scenarioOf(ramp)).weeks;
    expect(weeks[0].ticketAhtMinutes).toBe(12);
    expect(weeks[2].ticketAhtMinutes).toBeCloseTo(13.5, TOL);
    expect(weeks[2].capacityInhouseTickets).toBeCloseTo(6000 / 13.5, TOL);
  });

  it('scales live volumes the same way: 800 chats × 0.6/0.8 = 600 in week 3', () => {
    const w = project(
      scenarioOf({ ...ramp, chats_per_week: 800, chat_aht_minutes: 3, inhouse_fte: 50 }),
    ).weeks[2];
    expect(w.liveContacts).toBeCloseTo(600, TOL);
  });
});

describe('project: cost', () => {
  it('adds paid hours × rate, outsourced fees, self-serve and hires in their start week', () => {
    // Week 1: in-house 5 × 40 h × 25 = 5000; outsourced 2 × 40 × 20 = 1600;
    // 1 hire in week 1: 2000 one-off, paid 40 h × 25 = 1000 but only 1/4 productive, so
    // in-house capacity (5 + 0.25) × 40 × 0.5 = 105 h → 525 tickets (inhouse_first);
    // fees for the 175 outsourced tickets × 3 = 525; self-serve 250.
    // Total 5000 + 1600 + 1000 + 525 + 250 + 2000 = 10,375.
    const w = project(
      scenarioOf({
        tickets_per_week: 700,
        routing: 'inhouse_first',
        inhouse_cost_per_hour: 25,
        outsourced_fte: 2,
        outsourced_shrinkage: 0.5,
        outsourced_cost_per_hour: 20,
        outsourced_cost_per_ticket: 3,
        self_serve_cost_per_week: 250,
        inhouse_new_hires: 1,
        inhouse_ramp_weeks: 4,
        hire_cost_per_fte: 2000,
      }),
    ).weeks[0];
    expect(w.costStaff).toBeCloseTo(5000 + 1600 + 1000, TOL);
    expect(w.costOutsourcedTickets).toBeCloseTo(525, TOL);
    expect(w.costHires).toBe(2000);
    expect(w.costTotal).toBeCloseTo(10375, TOL);
  });
});

describe('project: resolved tickets', () => {
  it('adds T1-resolved and T2-handled: 400 + 40 = 440 in the escalation case', () => {
    const w = project(
      scenarioOf({
        inhouse_escalation_rate: 0.2,
        tier2_fte: 1,
        tier2_shrinkage: 0.5,
        tier2_aht_minutes: 30,
      }),
    ).weeks[0];
    expect(w.resolvedTickets).toBeCloseTo(440, 9);
  });
});
