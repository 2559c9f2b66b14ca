import { fail } from '../errors';
import type { Scenario } from '../params';
import { fluidAttainmentShare, fluidMeanWaitHours } from './frt';
import { liveWeek, prepareLive, type PreparedLive } from './liveWeek';
import type { Projection, WeekRow } from './types';

/**
 * The weekly support model of MODEL.md section 2. Choices where the model
 * text is silent (also in docs/parameters.md):
 * - adoption moves linearly: s_w = s0 + (target − s0)·min(1, (w − start + 1)/ramp)
 *   from the start week, like a hire's ramp (ramp 0 or 1 = at once);
 * - tickets escalated in a week can be handled by tier 2 in the same week;
 * - tier 2 capacity is 0 when tier2_aht_minutes is not set (nothing escalates);
 * - live agents are reserved for every open hour at the busiest hour's rate.
 */

const MINUTES_PER_HOUR = 60;
type Group = 'inhouse' | 'outsourced' | 'tier2';
const GROUPS: readonly Group[] = ['inhouse', 'outsourced', 'tier2'];

/**
 * Productive share of a hire in week w: min(1, (w − h + 1)/r), 0 before h.
 * @example rampShare(3, 2, 4) // (3 − 2 + 1)/4 = 0.5
 */
export function rampShare(week: number, hireWeek: number, rampWeeks: number): number {
  if (week < hireWeek) return 0;
  return rampWeeks <= 1 ? 1 : Math.min(1, (week - hireWeek + 1) / rampWeeks);
}

/**
 * Self-serve adoption s_w in week w.
 * @example selfServeShare(s, 3) // 0.4 for s0 0.2 → 0.5 over 3 weeks from week 2
 */
export function selfServeShare(s: Scenario, week: number): number {
  const s0 = s.self_serve_adoption;
  if (week < s.self_serve_start_week) return s0;
  return (
    s0 +
    (s.self_serve_target - s0) * rampShare(week, s.self_serve_start_week, s.self_serve_ramp_weeks)
  );
}

/** One staffing group's parameters, read once per run (no per-week key building). */
interface GroupParams {
  fte: number;
  hoursPerFte: number;
  productiveShare: number;
  costPerHour: number;
  newHires: number;
  hireWeek: number;
  rampWeeks: number;
}

interface Prepared {
  groups: Record<Group, GroupParams>;
  live: PreparedLive;
}

function groupParams(s: Scenario, g: Group): GroupParams {
  return {
    fte: s[`${g}_fte`],
    hoursPerFte: s[`${g}_hours_per_fte`],
    productiveShare: 1 - s[`${g}_shrinkage`],
    costPerHour: s[`${g}_cost_per_hour`],
    newHires: s[`${g}_new_hires`],
    hireWeek: s[`${g}_hire_week`],
    rampWeeks: s[`${g}_ramp_weeks`],
  };
}

/** P = (FTE + hires × ramp share) × hours per FTE × (1 − shrinkage). */
function productiveHours(g: GroupParams, week: number): number {
  const staff = g.fte + g.newHires * rampShare(week, g.hireWeek, g.rampWeeks);
  return staff * g.hoursPerFte * g.productiveShare;
}

/** Paid hours = (FTE + hires from their start week) × hours per FTE. */
function paidHours(g: GroupParams, week: number): number {
  return (g.fte + (week >= g.hireWeek ? g.newHires : 0)) * g.hoursPerFte;
}

function demandOf(s: Scenario, week: number, growth: number): number {
  const series = s.tickets_series;
  if (!series) return s.tickets_per_week * growth;
  if (week > series.length) {
    fail({
      code: 'shapeMismatch',
      argument: 'tickets series',
      value: `${series.length} weeks`,
      details: { problem: `must cover horizon_weeks (${s.horizon_weeks})` },
    });
  }
  return series[week - 1];
}

interface State {
  backlogT1: number;
  backlogT2: number;
}

function routeT1(s: Scenario, handled: number, capIn: number, capOut: number): number {
  if (s.routing === 'inhouse_first') return Math.min(handled, capIn);
  const total = capIn + capOut;
  return total > 0 ? (handled * capIn) / total : 0;
}

function weekCosts(s: Scenario, p: Prepared, row: WeekRow, week: number): void {
  let staff = 0;
  let hires = 0;
  for (const g of GROUPS) {
    const group = p.groups[g];
    staff += paidHours(group, week) * group.costPerHour;
    if (week === group.hireWeek) hires += group.newHires * s.hire_cost_per_fte;
  }
  row.costStaff = staff;
  row.costHires = hires;
  row.costOutsourcedTickets = row.handledOutsourcedTickets * s.outsourced_cost_per_ticket;
  row.costSelfServe = s.self_serve_cost_per_week;
  row.costTotal = staff + hires + row.costOutsourcedTickets + row.costSelfServe;
}

function ticketFlows(s: Scenario, row: WeekRow, state: State, inhouseTicketHours: number): void {
  const aht = row.ticketAhtMinutes;
  const capIn = (inhouseTicketHours * MINUTES_PER_HOUR) / (aht * s.inhouse_aht_factor);
  const capOut =
    (row.productiveHoursOutsourced * MINUTES_PER_HOUR) / (aht * s.outsourced_aht_factor);
  const queued = state.backlogT1 + row.inboundTickets;
  const handled = Math.min(queued, capIn + capOut);
  const handledIn = routeT1(s, handled, capIn, capOut);
  const handledOut = handled - handledIn;
  const escalated =
    handledIn * s.inhouse_escalation_rate + handledOut * s.outsourced_escalation_rate;
  const t2Aht = s.tier2_aht_minutes;
  const capT2 =
    t2Aht === undefined
      ? 0
      : (row.productiveHoursTier2 * MINUTES_PER_HOUR) / (t2Aht * s.tier2_aht_factor);
  const queuedT2 = state.backlogT2 + escalated;
  row.handledTier2Tickets = Math.min(queuedT2, capT2);
  row.capacityInhouseTickets = capIn;
  row.capacityOutsourcedTickets = capOut;
  row.capacityTier2Tickets = capT2;
  row.handledInhouseTickets = handledIn;
  row.handledOutsourcedTickets = handledOut;
  row.escalatedTickets = escalated;
  row.resolvedT1Tickets = handled - escalated;
  row.backlogT1Tickets = queued - handled;
  row.backlogT2Tickets = queuedT2 - row.handledTier2Tickets;
  row.resolvedTickets = row.resolvedT1Tickets + row.handledTier2Tickets;
  row.busyHoursT1 +=
    (handledIn * aht * s.inhouse_aht_factor + handledOut * aht * s.outsourced_aht_factor) /
    MINUTES_PER_HOUR;
}

function firstResponse(s: Scenario, row: WeekRow, openingBacklog: number): void {
  const weekHours = s.support_hours_per_week;
  const arrivals = row.inboundTickets / weekHours;
  const service = (row.capacityInhouseTickets + row.capacityOutsourcedTickets) / weekHours;
  const wait = fluidMeanWaitHours(openingBacklog, arrivals, service, weekHours);
  row.frtHours = wait === null ? null : wait + s.frt_floor_hours;
  row.frtAttainment =
    s.frt_target_hours === undefined
      ? null
      : fluidAttainmentShare(
          openingBacklog,
          arrivals,
          service,
          weekHours,
          s.frt_target_hours - s.frt_floor_hours,
        );
}

function stepWeek(s: Scenario, p: Prepared, state: State, week: number, growth: number): WeekRow {
  const share = selfServeShare(s, week);
  const s0 = s.self_serve_adoption;
  const demand = demandOf(s, week, growth) / (1 - s0);
  const uplift = share > s0 ? 1 + (s.self_serve_aht_uplift * (share - s0)) / (1 - s0) : 1;
  const { inhouse, outsourced, tier2 } = p.groups;
  const row = {
    week,
    selfServeShare: share,
    demandTickets: demand,
    inboundTickets: demand * (1 - share),
    selfServeTickets: demand * share,
    ticketAhtMinutes: s.ticket_aht_minutes * uplift,
    productiveHoursInhouse: productiveHours(inhouse, week),
    productiveHoursOutsourced: productiveHours(outsourced, week),
    productiveHoursTier2: productiveHours(tier2, week),
    paidHoursTotal: paidHours(inhouse, week) + paidHours(outsourced, week) + paidHours(tier2, week),
  } as WeekRow;
  liveWeek(s, p.live, row, (growth * (1 - share)) / (1 - s0));
  const opening = state.backlogT1;
  ticketFlows(s, row, state, row.productiveHoursInhouse - row.liveHoursReserved);
  firstResponse(s, row, opening);
  weekCosts(s, p, row, week);
  state.backlogT1 = row.backlogT1Tickets;
  state.backlogT2 = row.backlogT2Tickets;
  return row;
}

/**
 * Projects a scenario week by week (MODEL.md section 2): demand and
 * self-serve, staffing with hires and shrinkage, live channels first from
 * in-house tier 1, tier-1 and tier-2 FIFO backlogs, fluid FRT, costs.
 * @param scenario from `scenarioFromTable`, canonical units
 * @returns one row per week 1 … horizon_weeks
 * @example project(scenarioFromTable(parseParameterTable([['tickets_per_week', 1000],
 *   ['ticket_aht_minutes', 12], ['inhouse_fte', 5], ['horizon_weeks', 1]])))
 *   .weeks[0].backlogT1Tickets // 1000 − 5·40·0.7·60/12 = 300
 */
export function project(scenario: Scenario): Projection {
  const prepared: Prepared = {
    live: prepareLive(scenario),
    groups: {
      inhouse: groupParams(scenario, 'inhouse'),
      outsourced: groupParams(scenario, 'outsourced'),
      tier2: groupParams(scenario, 'tier2'),
    },
  };
  const state: State = {
    backlogT1: scenario.opening_backlog,
    backlogT2: scenario.opening_tier2_backlog,
  };
  const weeks: WeekRow[] = new Array(scenario.horizon_weeks);
  let growth = 1;
  for (let w = 1; w <= scenario.horizon_weeks; w += 1) {
    weeks[w - 1] = stepWeek(scenario, prepared, state, w, growth);
    growth *= 1 + scenario.volume_growth_per_week;
  }
  return { weeks };
}
