import { renderMessage } from '../messages';
import type { Scenario } from '../params';
import type { MetricName, Metrics } from './metricCatalogue';
import type { Projection, WeekRow } from './types';

/**
 * The metrics of MODEL.md section 4 from a projection. Choices where the
 * model text is silent (also in docs/parameters.md):
 * - meets_targets checks frt_hours ≤ frt_target_hours, resolution_rate ≥ its
 *   target, backlog_days_end ≤ its target, live_service_level ≥ live_sl_target
 *   (with live contacts) and cost_per_week ≤ budget_per_week, for those set;
 *   an undefined metric (e.g. unbounded FRT) counts as not met;
 * - the quality index's live term counts only when there are live contacts;
 * - a metric that is not defined is null, with the reason in `unavailable`.
 */

/** Why each null metric is not defined, as a full sentence. */
export type Unavailable = Partial<Record<MetricName, string>>;

const DAYS_PER_WEEK = 7;

interface Totals {
  inbound: number;
  resolvedT1: number;
  handledT1: number;
  handledT2: number;
  frtWeighted: number;
  frtUnboundedWeek: number;
  attainWeighted: number;
  live: number;
  liveSl: number;
  liveAsa: number | null;
  liveAbandon: number;
  busy: number;
  productiveT1: number;
  cost: number;
  selfServe: number;
  peakBacklog: number;
  peakAgents: number;
}

function totalsOf(weeks: WeekRow[]): Totals {
  const t: Totals = {
    inbound: 0,
    resolvedT1: 0,
    handledT1: 0,
    handledT2: 0,
    frtWeighted: 0,
    frtUnboundedWeek: 0,
    attainWeighted: 0,
    live: 0,
    liveSl: 0,
    liveAsa: 0,
    liveAbandon: 0,
    busy: 0,
    productiveT1: 0,
    cost: 0,
    selfServe: 0,
    peakBacklog: 0,
    peakAgents: 0,
  };
  for (const w of weeks) {
    t.inbound += w.inboundTickets;
    t.resolvedT1 += w.resolvedT1Tickets;
    t.handledT1 += w.handledInhouseTickets + w.handledOutsourcedTickets;
    t.handledT2 += w.handledTier2Tickets;
    if (w.frtHours === null) {
      if (w.inboundTickets > 0 && t.frtUnboundedWeek === 0) t.frtUnboundedWeek = w.week;
    } else t.frtWeighted += w.inboundTickets * w.frtHours;
    t.attainWeighted += w.inboundTickets * (w.frtAttainment ?? 0);
    liveTotals(t, w);
    t.busy += w.busyHoursT1;
    t.productiveT1 += w.productiveHoursInhouse + w.productiveHoursOutsourced;
    t.cost += w.costTotal;
    t.selfServe += w.selfServeTickets;
    t.peakBacklog = Math.max(t.peakBacklog, w.backlogT1Tickets + w.backlogT2Tickets);
    t.peakAgents = Math.max(t.peakAgents, w.liveAgentsRequired);
  }
  return t;
}

function liveTotals(t: Totals, w: WeekRow): void {
  if (w.liveContacts <= 0) return;
  t.live += w.liveContacts;
  t.liveSl += w.liveContacts * (w.liveServiceLevel ?? 0);
  t.liveAbandon += w.liveContacts * (w.liveAbandonShare ?? 0);
  t.liveAsa =
    t.liveAsa === null || w.liveAsaSeconds === null
      ? null
      : t.liveAsa + w.liveContacts * w.liveAsaSeconds;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function qualityIndex(s: Scenario, m: Metrics): number | null {
  const terms: (number | null)[] = [];
  const num = (v: number | boolean | null) => (typeof v === 'number' ? v : null);
  if (s.frt_target_hours !== undefined) terms.push(num(m.frt_attainment));
  const rate = num(m.resolution_rate);
  if (s.resolution_rate_target !== undefined) {
    terms.push(rate === null ? null : Math.min(1, rate / s.resolution_rate_target));
  }
  const days = num(m.backlog_days_end);
  if (s.backlog_days_target !== undefined) {
    terms.push(
      days === null ? 0 : days <= s.backlog_days_target ? 1 : s.backlog_days_target / days,
    );
  }
  const sl = num(m.live_service_level);
  if (sl !== null) terms.push(Math.min(1, sl / s.live_sl_target));
  if (terms.length === 0 || terms.includes(null)) return null;
  return (100 * (terms as number[]).reduce((a, b) => a + b, 0)) / terms.length;
}

function meetsTargets(s: Scenario, m: Metrics): boolean | null {
  const checks: boolean[] = [];
  const at = (v: number | boolean | null, ok: (x: number) => boolean) =>
    checks.push(typeof v === 'number' && ok(v));
  const target = (t: number | undefined, v: number | boolean | null, higher: boolean) => {
    if (t !== undefined) at(v, (x) => (higher ? x >= t : x <= t));
  };
  target(s.frt_target_hours, m.frt_hours, false);
  target(s.resolution_rate_target, m.resolution_rate, true);
  target(s.backlog_days_target, m.backlog_days_end, false);
  if (m.live_service_level !== null) target(s.live_sl_target, m.live_service_level, true);
  target(s.budget_per_week, m.cost_per_week, false);
  return checks.length === 0 ? null : checks.every(Boolean);
}

function baseMetrics(s: Scenario, weeks: WeekRow[], t: Totals): Metrics {
  const last = weeks[weeks.length - 1];
  const backlogEnd = last.backlogT1Tickets + last.backlogT2Tickets;
  const lastPerDay = last.inboundTickets / DAYS_PER_WEEK;
  const resolved = t.resolvedT1 + t.handledT2;
  const costPerWeek = t.cost / weeks.length;
  const live = t.live > 0;
  return {
    backlog_end: backlogEnd,
    backlog_peak: t.peakBacklog,
    backlog_days_end: lastPerDay > 0 ? backlogEnd / lastPerDay : backlogEnd === 0 ? 0 : null,
    frt_hours: t.frtUnboundedWeek > 0 ? null : ratio(t.frtWeighted, t.inbound),
    frt_attainment: s.frt_target_hours === undefined ? null : ratio(t.attainWeighted, t.inbound),
    resolution_rate: ratio(resolved, t.inbound),
    first_contact_resolution: ratio(t.resolvedT1, t.handledT1),
    self_serve_resolutions: t.selfServe,
    live_service_level: live ? t.liveSl / t.live : null,
    live_asa_seconds: live && t.liveAsa !== null ? t.liveAsa / t.live : null,
    live_abandon_rate: live ? t.liveAbandon / t.live : null,
    live_agents_required: t.peakAgents,
    t1_occupancy: ratio(t.busy, t.productiveT1),
    cost_total: t.cost,
    cost_per_week: costPerWeek,
    cost_per_resolution: ratio(t.cost, resolved),
    quality_index: null,
    efficiency_index:
      s.budget_per_week === undefined
        ? null
        : 100 * (costPerWeek > 0 ? Math.min(1, s.budget_per_week / costPerWeek) : 1),
    score: null,
    meets_targets: null,
  };
}

/**
 * Computes every metric of MODEL.md section 4 from a projection.
 * @param scenario the scenario projected (targets, weights)
 * @param projection from `project(scenario)`
 * @returns the metrics (null where not defined) and the reason for each null
 * @example computeMetrics(s, project(s)).metrics.cost_per_week // cost_total ÷ weeks
 */
export function computeMetrics(
  scenario: Scenario,
  projection: Projection,
): { metrics: Metrics; unavailable: Unavailable } {
  const t = totalsOf(projection.weeks);
  const m = baseMetrics(scenario, projection.weeks, t);
  const overflowed = dropNonFinite(m);
  m.quality_index = qualityIndex(scenario, m);
  const q = m.quality_index;
  const e = m.efficiency_index as number | null;
  const w = scenario.quality_weight;
  m.score = q === null || e === null ? null : w * q + (1 - w) * e;
  dropNonFinite(m).forEach((name) => overflowed.add(name));
  m.meets_targets = meetsTargets(scenario, m);
  const unavailable = reasons(scenario, m, t);
  for (const name of overflowed) unavailable[name] = overflowReason(name);
  return { metrics: m, unavailable };
}

/**
 * Sets every non-finite metric to null (not defined) and returns their names.
 * The catalogue's ranges keep figures finite for real teams, but extreme
 * corners (e.g. 1e-300 FTE against 1e9 tickets) can still overflow a double.
 */
function dropNonFinite(m: Metrics): Set<MetricName> {
  const out = new Set<MetricName>();
  for (const name of Object.keys(m) as MetricName[]) {
    const v = m[name];
    if (typeof v === 'number' && !Number.isFinite(v)) {
      m[name] = null;
      out.add(name);
    }
  }
  return out;
}

const TICKET_DRIVERS =
  'tickets_per_week, volume_growth_per_week, opening_backlog and the tier-1 ' +
  'capacity (inhouse_fte, inhouse_hours_per_fte, ticket_aht_minutes)';
const COST_DRIVERS =
  'the costs (*_cost_per_hour, self_serve_cost_per_week, hire_cost_per_fte, ' +
  'outsourced_cost_per_ticket) and the staff (*_fte, *_new_hires)';
const LIVE_DRIVERS = 'chats_per_week, calls_per_week and their AHT and patience';

function overflowReason(name: MetricName): string {
  const drivers = name.startsWith('cost')
    ? COST_DRIVERS
    : name.startsWith('live')
      ? LIVE_DRIVERS
      : ['quality_index', 'efficiency_index', 'score'].includes(name)
        ? `${TICKET_DRIVERS}, or ${COST_DRIVERS}`
        : TICKET_DRIVERS;
  return renderMessage('notDefined', name, undefined, {
    reason:
      'it is beyond the range of numbers LBF can compute (it overflows); ' +
      `bring the extreme values among ${drivers} closer to a real team's`,
  });
}

const REASONS: Partial<Record<MetricName, string>> = {
  frt_attainment: 'it needs a target; set frt_target_hours',
  resolution_rate: 'no tickets arrive over the horizon',
  first_contact_resolution: 'tier 1 handles no tickets',
  live_service_level: 'there are no live contacts; set chats_per_week or calls_per_week',
  live_abandon_rate: 'there are no live contacts; set chats_per_week or calls_per_week',
  t1_occupancy: 'tier 1 has no productive hours',
  cost_per_resolution: 'no tickets are resolved',
  quality_index:
    'it needs at least one target (frt_target_hours, resolution_rate_target, ' +
    'backlog_days_target or live contacts)',
  efficiency_index: 'it needs a budget; set budget_per_week',
  score: 'it needs a budget (set budget_per_week) and at least one target',
  meets_targets: 'no target is set',
  backlog_days_end: 'no tickets arrive in the last week while a backlog remains',
};

function reasons(s: Scenario, m: Metrics, t: Totals): Unavailable {
  const out: Unavailable = {};
  for (const name of Object.keys(m) as MetricName[]) {
    if (m[name] !== null) continue;
    let reason = REASONS[name] ?? 'it is not defined for this scenario';
    if (name === 'frt_hours') {
      reason =
        t.frtUnboundedWeek > 0
          ? `tier 1 has no ticket capacity in week ` +
            `${t.frtUnboundedWeek} while tickets wait; add tier-1 hours`
          : REASONS.resolution_rate!;
    }
    if (name === 'live_asa_seconds' && t.live > 0) {
      reason =
        'a live queue is unstable (too few agents, Erlang C); give a patience ' +
        '(chat_patience_seconds, call_patience_seconds) or more in-house hours';
    } else if (name === 'live_asa_seconds') reason = REASONS.live_service_level!;
    out[name] = renderMessage(
      name === 'frt_hours' && t.frtUnboundedWeek > 0 ? 'unbounded' : 'notDefined',
      name,
      undefined,
      { reason },
    );
  }
  return out;
}
