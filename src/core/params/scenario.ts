import { z } from 'zod';
import { fail } from '../errors';
import { PARAMETER_BY_NAME, PARAMETERS, type ParameterDef } from './catalogue';
import { MAX_GROWN_VOLUME_PER_WEEK } from './definition';
import type { ParameterTable } from './parseTable';
import { nearestName, normalizeName } from './suggest';
import { checkParameterNumber, readParameterValue } from './values';

/** Tier-1 routing rule (MODEL.md section 2). */
export type Routing = 'balanced' | 'inhouse_first';

type GroupFields<P extends string> = {
  [
    K in
      | 'fte'
      | 'hours_per_fte'
      | 'shrinkage'
      | 'cost_per_hour'
      | 'new_hires'
      | 'hire_week'
      | 'ramp_weeks'
      | 'aht_factor' as `${P}_${K}`
  ]: number;
};

/**
 * One scenario: every parameter of MODEL.md section 3 in its canonical unit
 * (see PARAMETERS), defaults filled. Optional fields are absent when "not set".
 */
export type Scenario = GroupFields<'inhouse'> &
  GroupFields<'outsourced'> &
  GroupFields<'tier2'> & {
    inhouse_escalation_rate: number;
    outsourced_escalation_rate: number;
    horizon_weeks: number;
    tickets_per_week: number;
    volume_growth_per_week: number;
    chats_per_week: number;
    calls_per_week: number;
    ticket_aht_minutes: number;
    tier2_aht_minutes?: number;
    chat_aht_minutes?: number;
    call_aht_minutes?: number;
    chat_patience_seconds?: number;
    call_patience_seconds?: number;
    live_sl_target: number;
    live_answer_seconds: number;
    live_max_occupancy?: number;
    support_hours_per_week: number;
    business_days_per_week: number;
    peak_factor: number;
    self_serve_adoption: number;
    self_serve_target: number;
    self_serve_start_week: number;
    self_serve_ramp_weeks: number;
    self_serve_aht_uplift: number;
    self_serve_cost_per_week: number;
    routing: Routing;
    opening_backlog: number;
    opening_tier2_backlog: number;
    frt_floor_hours: number;
    frt_target_hours?: number;
    resolution_rate_target?: number;
    backlog_days_target?: number;
    budget_per_week?: number;
    hire_cost_per_fte: number;
    outsourced_cost_per_ticket: number;
    quality_weight: number;
    /** Mapped weekly ticket series (week 1 first); replaces tickets_per_week × growth. */
    tickets_series?: readonly number[];
  };

export type ScenarioValues = Record<string, number | string | undefined>;

const DEFAULTS: ScenarioValues = Object.fromEntries(
  PARAMETERS.filter((d) => d.defaultValue !== undefined).map((d) => [d.name, d.defaultValue]),
);
const NAMES = PARAMETERS.map((d) => d.name);

function numberSchema(def: ParameterDef): z.ZodType {
  let s = z.number();
  if (def.min !== undefined) s = def.minExclusive ? s.gt(def.min) : s.gte(def.min);
  if (def.max !== undefined) s = def.maxExclusive ? s.lt(def.max) : s.lte(def.max);
  if (def.integer) s = s.int();
  const required = def.required || def.defaultValue !== undefined;
  return required ? s : s.optional();
}

/** The scenario's shape as a zod schema, built from the catalogue. */
export const scenarioSchema = z.object(
  Object.fromEntries(
    PARAMETERS.map((def) => [
      def.name,
      def.choices ? z.enum(def.choices as [string, ...string[]]) : numberSchema(def),
    ]),
  ),
);

function lookupOverride(typed: string): ParameterDef {
  const def = PARAMETER_BY_NAME.get(normalizeName(typed));
  if (def) return def;
  return fail({
    code: 'unknownName',
    argument: 'parameter',
    value: typed,
    details: {
      suggestion: nearestName(normalizeName(typed), NAMES),
      hint: '(in the override names; LBF.PARAMETERS() lists every name.)',
    },
  });
}

/** Applies overrides (canonical values; "25%" text is read) on top of `values`. */
function applyOverrides(values: ScenarioValues, overrides: Record<string, number | string>) {
  for (const [typed, raw] of Object.entries(overrides)) {
    const def = lookupOverride(typed);
    const argument = `${def.name} (override)`;
    const value =
      typeof raw === 'number' && def.kind !== 'choice'
        ? checkParameterNumber(def, raw, argument)
        : readParameterValue(def, raw, argument);
    if (value !== undefined) values[def.name] = value;
  }
}

function requireWhen(values: ScenarioValues, name: string, because: string): void {
  if (values[name] === undefined)
    fail({ code: 'requiredWhen', argument: name, details: { because } });
}

function checkConsistency(v: ScenarioValues): void {
  for (const def of PARAMETERS) {
    if (def.required && v[def.name] === undefined) fail({ code: 'required', argument: def.name });
  }
  const escalates =
    (v.inhouse_escalation_rate as number) > 0 ||
    (v.outsourced_escalation_rate as number) > 0 ||
    (v.opening_tier2_backlog as number) > 0;
  if (escalates) requireWhen(v, 'tier2_aht_minutes', 'tickets escalate to tier 2');
  if ((v.chats_per_week as number) > 0) requireWhen(v, 'chat_aht_minutes', 'chats_per_week > 0');
  if ((v.calls_per_week as number) > 0) requireWhen(v, 'call_aht_minutes', 'calls_per_week > 0');
  if (v.self_serve_target === undefined) v.self_serve_target = v.self_serve_adoption;
  checkGrowth(v);
}

const VOLUMES = ['tickets_per_week', 'chats_per_week', 'calls_per_week'];

/**
 * Growth compounds over the horizon: 100 % a week for 520 weeks is 2^519 ≈
 * 1e156 times the first week, past what any figure of the model can hold.
 * The largest volume must stay within MAX_GROWN_VOLUME_PER_WEEK by the last week.
 */
function checkGrowth(v: ScenarioValues): void {
  const growth = v.volume_growth_per_week as number;
  const weeks = v.horizon_weeks as number;
  if (!(growth > 0) || !(weeks > 1)) return;
  const name = VOLUMES.reduce((a, b) => ((v[b] as number) > (v[a] as number) ? b : a));
  const first = v[name] as number;
  const last = first * Math.pow(1 + growth, weeks - 1);
  if (last <= MAX_GROWN_VOLUME_PER_WEEK) return;
  fail({
    code: 'outOfRange',
    argument: 'volume_growth_per_week',
    value: growth,
    details: {
      range:
        `small enough that ${name} (${first}) stays at most ${MAX_GROWN_VOLUME_PER_WEEK} ` +
        `a week over horizon_weeks (${weeks}); compounded it reaches ` +
        `${last.toPrecision(3)} by week ${weeks}`,
      hint: 'Use a lower growth or a shorter horizon_weeks.',
    },
  });
}

function validate(values: ScenarioValues): Scenario {
  const parsed = scenarioSchema.safeParse(values);
  if (!parsed.success) {
    const name = String(parsed.error.issues[0].path[0]);
    const def = PARAMETER_BY_NAME.get(name) as ParameterDef;
    checkParameterNumber(def, values[name] as number, name);
    fail({ code: 'notNumber', argument: name, value: values[name] });
  }
  return values as unknown as Scenario;
}

/**
 * Builds a scenario from a parsed table: defaults, then the table's values,
 * then the overrides (canonical values, e.g. from LBF.SCENARIO names/values),
 * then checks (required and conditionally required parameters, zod schema).
 * @param table from `parseParameterTable`
 * @param overrides name → canonical value; names are matched like table names
 * @param options `ticketsSeries`: a mapped weekly ticket series, tickets/week
 * @returns the scenario, every field canonical
 * @example scenarioFromTable(parseParameterTable([['tickets_per_week', 500],
 *   ['ticket_aht_minutes', 12], ['inhouse_fte', 10]])).inhouse_shrinkage // 0.3
 */
export function scenarioFromTable(
  table: ParameterTable,
  overrides: Record<string, number | string> = {},
  options: { ticketsSeries?: readonly number[] } = {},
): Scenario {
  const values: ScenarioValues = { ...DEFAULTS };
  for (const row of table.rows) values[row.name] = row.value;
  applyOverrides(values, overrides);
  checkConsistency(values);
  const scenario = validate(values);
  if (options.ticketsSeries) {
    options.ticketsSeries.forEach((t, i) =>
      checkParameterNumber(
        PARAMETER_BY_NAME.get('tickets_per_week') as ParameterDef,
        t,
        `tickets series week ${i + 1}`,
      ),
    );
    scenario.tickets_series = options.ticketsSeries;
  }
  return scenario;
}
