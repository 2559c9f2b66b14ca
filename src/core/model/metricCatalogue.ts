/**
 * The metrics of one scenario (MODEL.md section 4), in that section's order,
 * each with its unit and which direction is better. The trade-off view and
 * the triggers read `direction`; LBF.METRICS shows "name (unit)".
 */

export type MetricDirection = 'higher' | 'lower';

export interface MetricDef {
  name: MetricName;
  unit: string;
  direction: MetricDirection;
  description: string;
  /**
   * 1 for a share that always lies in [0, 1]: a threshold of 90 on it is a
   * percent typed as a whole number. resolution_rate is a share that may
   * exceed 1, so it has none.
   */
  max?: number;
}

export const METRIC_NAMES = [
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
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];

/** A metric's value; null = not defined for this scenario (see `unavailable`). */
export type Metrics = Record<MetricName, number | boolean | null>;

const def = (
  name: MetricName,
  unit: string,
  direction: MetricDirection,
  description: string,
): MetricDef =>
  unit === 'share' && name !== 'resolution_rate'
    ? { name, unit, direction, description, max: 1 }
    : { name, unit, direction, description };

export const METRICS: readonly MetricDef[] = [
  def('backlog_end', 'tickets', 'lower', 'T1 + T2 backlog after the last week.'),
  def('backlog_peak', 'tickets', 'lower', 'Largest week-end T1 + T2 backlog, weeks 1 … H.'),
  def(
    'backlog_days_end',
    'days',
    'lower',
    "backlog_end ÷ the last week's inbound tickets per calendar day.",
  ),
  def(
    'frt_hours',
    'hours',
    'lower',
    'Arrival-weighted mean first response time, business hours, incl. the floor.',
  ),
  def(
    'frt_attainment',
    'share',
    'higher',
    'Arrival-weighted share of tickets answered within frt_target_hours.',
  ),
  def(
    'resolution_rate',
    'share',
    'higher',
    '(T1-resolved + T2-handled) ÷ inbound tickets; above 1 while a backlog clears.',
  ),
  def('first_contact_resolution', 'share', 'higher', 'Share of T1-handled tickets not escalated.'),
  def(
    'self_serve_resolutions',
    'tickets',
    'higher',
    'Σ underlying ticket demand × self-serve adoption.',
  ),
  def(
    'live_service_level',
    'share',
    'higher',
    'Share of live contacts answered within live_answer_seconds (contact-weighted).',
  ),
  def('live_asa_seconds', 'seconds', 'lower', 'Mean live wait over offered contacts.'),
  def('live_abandon_rate', 'share', 'lower', 'Share of live contacts abandoned (Erlang A).'),
  def(
    'live_agents_required',
    'agents',
    'lower',
    'Agents needed per open hour for the live targets, in the peak week.',
  ),
  def(
    't1_occupancy',
    'share',
    'higher',
    'Productive T1 hours spent on tickets and live contacts ÷ productive T1 hours.',
  ),
  def('cost_total', 'money', 'lower', 'Cost over the horizon.'),
  def('cost_per_week', 'money/week', 'lower', 'cost_total ÷ horizon_weeks.'),
  def(
    'cost_per_resolution',
    'money/ticket',
    'lower',
    'cost_total ÷ (T1-resolved + T2-handled tickets).',
  ),
  def(
    'quality_index',
    'index 0–100',
    'higher',
    '100 × mean attainment of the targets that are set (FRT, resolution, backlog, live).',
  ),
  def(
    'efficiency_index',
    'index 0–100',
    'higher',
    '100 × min(1, budget_per_week ÷ cost_per_week).',
  ),
  def(
    'score',
    'index 0–100',
    'higher',
    'quality_weight × quality_index + (1 − quality_weight) × efficiency_index.',
  ),
  def('meets_targets', 'TRUE/FALSE', 'higher', 'Every target that is set is met.'),
];

export const METRIC_BY_NAME: ReadonlyMap<string, MetricDef> = new Map(
  METRICS.map((m) => [m.name, m]),
);
