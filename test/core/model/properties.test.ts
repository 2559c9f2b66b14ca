import fc from 'fast-check';
import { project } from '../../../src/core/model';
import { scenarioOf } from './helpers';

/** Random but valid scenarios: mixed staffing, escalation, self-serve, growth, routing. */
const scenarioValues = fc.record({
  horizon_weeks: fc.integer({ min: 1, max: 12 }),
  tickets_per_week: fc.double({ min: 0, max: 5000, noNaN: true }),
  volume_growth_per_week: fc.double({ min: -0.05, max: 0.1, noNaN: true }),
  inhouse_fte: fc.double({ min: 0, max: 40, noNaN: true }),
  outsourced_fte: fc.double({ min: 0, max: 40, noNaN: true }),
  tier2_fte: fc.double({ min: 0, max: 10, noNaN: true }),
  inhouse_escalation_rate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  outsourced_escalation_rate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  tier2_aht_minutes: fc.double({ min: 5, max: 90, noNaN: true }),
  opening_backlog: fc.double({ min: 0, max: 3000, noNaN: true }),
  opening_tier2_backlog: fc.double({ min: 0, max: 500, noNaN: true }),
  self_serve_target: fc.double({ min: 0, max: 0.6, noNaN: true }),
  self_serve_aht_uplift: fc.double({ min: 0, max: 1, noNaN: true }),
  inhouse_new_hires: fc.double({ min: 0, max: 10, noNaN: true }),
  inhouse_hire_week: fc.integer({ min: 1, max: 8 }),
  inhouse_ramp_weeks: fc.integer({ min: 0, max: 6 }),
  routing: fc.constantFrom('balanced', 'inhouse_first'),
});

const RELATIVE = 1e-9;
const near = (a: number, b: number) => Math.abs(a - b) <= RELATIVE * Math.max(1, a, b);

describe('project: conservation', () => {
  it('balances T1 and T2 every week: opening + inbound = handled + closing', () => {
    fc.assert(
      fc.property(scenarioValues, (values) => {
        const s = scenarioOf(values);
        let b1 = s.opening_backlog;
        let b2 = s.opening_tier2_backlog;
        for (const w of project(s).weeks) {
          const t1 = w.handledInhouseTickets + w.handledOutsourcedTickets;
          if (!near(b1 + w.inboundTickets, t1 + w.backlogT1Tickets)) return false;
          if (!near(t1, w.resolvedT1Tickets + w.escalatedTickets)) return false;
          if (!near(b2 + w.escalatedTickets, w.handledTier2Tickets + w.backlogT2Tickets)) {
            return false;
          }
          if (w.backlogT1Tickets < 0 || w.backlogT2Tickets < 0) return false;
          [b1, b2] = [w.backlogT1Tickets, w.backlogT2Tickets];
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('project: monotonicity', () => {
  const extra = fc.double({ min: 0.01, max: 20, noNaN: true });

  it('more FTE in any tier-1 group never raises the T1 backlog in any week', () => {
    fc.assert(
      fc.property(
        scenarioValues,
        extra,
        fc.constantFrom('inhouse_fte', 'outsourced_fte'),
        (values, more, group) => {
          const before = project(scenarioOf(values)).weeks;
          const after = project(scenarioOf({ ...values, [group]: values[group] + more })).weeks;
          return after.every((w, i) => w.backlogT1Tickets <= before[i].backlogT1Tickets + 1e-7);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('more FTE never raises the total T1 + T2 backlog (equal escalation rates)', () => {
    fc.assert(
      fc.property(
        scenarioValues,
        extra,
        fc.constantFrom('inhouse_fte', 'outsourced_fte', 'tier2_fte'),
        (values, more, group) => {
          const v = { ...values, outsourced_escalation_rate: values.inhouse_escalation_rate };
          const total = (w: { backlogT1Tickets: number; backlogT2Tickets: number }) =>
            w.backlogT1Tickets + w.backlogT2Tickets;
          const before = project(scenarioOf(v)).weeks;
          const after = project(scenarioOf({ ...v, [group]: v[group] + more })).weeks;
          return after.every((w, i) => total(w) <= total(before[i]) + 1e-7);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('more volume never lowers the T1 backlog in any week', () => {
    fc.assert(
      fc.property(scenarioValues, fc.double({ min: 1, max: 2000, noNaN: true }), (values, more) => {
        const before = project(scenarioOf(values)).weeks;
        const after = project(
          scenarioOf({ ...values, tickets_per_week: values.tickets_per_week + more }),
        ).weeks;
        return after.every((w, i) => w.backlogT1Tickets >= before[i].backlogT1Tickets - 1e-7);
      }),
      { numRuns: 150 },
    );
  });
});
