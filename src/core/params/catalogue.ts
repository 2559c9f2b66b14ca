/**
 * The parameter catalogue (MODEL.md section 3): every name an analyst may
 * type in a parameter table, with its canonical unit, default, accepted range
 * and kind. This is the one place defaults live; docs/parameters.md mirrors it.
 */

/** What sort of quantity a parameter is; decides which units it accepts. */
export type ParameterKind = 'share' | 'count' | 'time' | 'money' | 'choice' | 'rate';

/** A period a rate or a per-period amount can be written per. */
export type Period = 'hour' | 'day' | 'businessDay' | 'week' | 'month' | 'quarter' | 'year';

/** A time unit, for durations. */
export type TimeUnit = 'seconds' | 'minutes' | 'hours' | 'days';

export interface ParameterDef {
  name: string;
  kind: ParameterKind;
  /** Canonical unit as shown to the analyst ("tickets/week", "minutes", "share"). */
  unit: string;
  /** Default value; undefined means "not set" (optional) or required. */
  defaultValue?: number | string;
  /** Must be given in the table (or as an override). */
  required?: boolean;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
  choices?: readonly string[];
  /** Canonical time unit of a `time` parameter. */
  timeUnit?: TimeUnit;
  /** Canonical period of a per-period amount (rates, hours/week, money/week). */
  per?: Period;
  /** A per-period growth share: converted between periods by compounding. */
  compound?: boolean;
  /** Extra unit words accepted as "no conversion" (e.g. FTE, tickets). */
  words?: readonly string[];
  description: string;
}

type Def = ParameterDef;
const SHARE = { kind: 'share', unit: 'share', min: 0, max: 1 } as const;
const FTE_WORDS = ['fte', 'ftes', 'people', 'agents', 'staff', 'heads'];
const WEEK_WORDS = ['week', 'weeks', 'wk', 'wks'];
const TICKET_WORDS = ['ticket', 'tickets', 'contact', 'contacts'];
const VOLUME_WORDS = [...TICKET_WORDS, 'chat', 'chats', 'call', 'calls'];
const FACTOR_WORDS = ['x', 'factor', 'times'];

function groupDefs(group: 'inhouse' | 'outsourced' | 'tier2', label: string): Def[] {
  const p = `${group}_`;
  const defs: Def[] = [
    { name: `${p}fte`, kind: 'count', unit: 'FTE', min: 0, words: FTE_WORDS,
      defaultValue: group === 'inhouse' ? undefined : 0, required: group === 'inhouse',
      description: `Staff of the ${label} group at the start, in full-time equivalents.` },
    { name: `${p}hours_per_fte`, kind: 'time', unit: 'hours/week', timeUnit: 'hours',
      per: 'week', defaultValue: 40, min: 0, minExclusive: true, max: 168,
      description: `Paid hours per ${label} FTE per week.` },
    { name: `${p}shrinkage`, ...SHARE, defaultValue: 0.3, maxExclusive: true,
      description: `Share of ${label} paid hours not available for work ` +
        '(leave, training, meetings, breaks).' },
    { name: `${p}cost_per_hour`, kind: 'money', unit: 'money/hour', per: 'hour',
      defaultValue: 0, min: 0, description: `Fully loaded cost of one ${label} paid hour.` },
    { name: `${p}new_hires`, kind: 'count', unit: 'FTE', defaultValue: 0, min: 0,
      words: FTE_WORDS, description: `FTE hired into the ${label} group during the horizon.` },
    { name: `${p}hire_week`, kind: 'count', unit: 'week', defaultValue: 1, min: 1,
      integer: true, words: WEEK_WORDS,
      description: `Week in which the ${label} new hires start (paid in full from then).` },
    { name: `${p}ramp_weeks`, kind: 'count', unit: 'weeks', defaultValue: 1, min: 0,
      max: 104, words: WEEK_WORDS,
      description: `Weeks for ${label} new hires to reach full productivity ` +
        '(linear; 0 or 1 = productive at once).' },
    { name: `${p}aht_factor`, kind: 'count', unit: 'factor', defaultValue: 1, min: 0,
      minExclusive: true, max: 10, words: FACTOR_WORDS,
      description: `Multiplier on handle time for ${label} staff (1.2 = 20 % slower).` },
  ];
  if (group !== 'tier2') {
    defs.push({ name: `${p}escalation_rate`, ...SHARE, defaultValue: 0,
      description: `Share of the tickets ${label} staff handle that go to tier 2.` });
  }
  return defs;
}

const volume = (name: string, what: string, required = false): Def => ({
  name, kind: 'rate', unit: `${what}/week`, per: 'week', min: 0, words: VOLUME_WORDS,
  required, defaultValue: required ? undefined : 0,
  description: `${what[0].toUpperCase()}${what.slice(1)} per week at the baseline ` +
    'self-serve adoption, in week 1.',
});

const minutes = (name: string, what: string): Def => ({
  name, kind: 'time', unit: 'minutes', timeUnit: 'minutes', min: 0, minExclusive: true,
  max: 24 * 60, description: `Average handle time of ${what}.`,
});

const seconds = (name: string, description: string, dflt?: number): Def => ({
  name, kind: 'time', unit: 'seconds', timeUnit: 'seconds', defaultValue: dflt,
  min: 0, minExclusive: dflt === undefined, max: 24 * 3600, description,
});

const hours = (name: string, description: string, dflt?: number): Def => ({
  name, kind: 'time', unit: 'hours', timeUnit: 'hours', defaultValue: dflt, min: 0,
  max: 24 * 365, description,
});

const money = (name: string, per: Period | undefined, description: string, dflt?: number) =>
  ({ name, kind: 'money', unit: per ? `money/${per}` : 'money', per, defaultValue: dflt,
    min: 0, description }) as Def;

const OTHER_DEFS: Def[] = [
  { name: 'horizon_weeks', kind: 'count', unit: 'weeks', defaultValue: 26, min: 1, max: 520,
    integer: true, words: WEEK_WORDS, description: 'Number of weeks projected.' },
  volume('tickets_per_week', 'tickets', true),
  { name: 'volume_growth_per_week', kind: 'share', unit: 'share/week', per: 'week',
    compound: true, defaultValue: 0, min: -0.5, max: 1,
    description: 'Compound growth of ticket and live volumes per week (0.01 = 1 %).' },
  volume('chats_per_week', 'chats'),
  volume('calls_per_week', 'calls'),
  { ...minutes('ticket_aht_minutes', 'a tier-1 ticket'), required: true },
  minutes('tier2_aht_minutes', 'a tier-2 ticket (required when tickets escalate)'),
  minutes('chat_aht_minutes', 'a chat, talk plus wrap-up (required with chats)'),
  minutes('call_aht_minutes', 'a call, talk plus wrap-up (required with calls)'),
  seconds('chat_patience_seconds', 'Mean chat patience; when set, chats use Erlang A.'),
  seconds('call_patience_seconds', 'Mean caller patience; when set, calls use Erlang A.'),
  { name: 'live_sl_target', ...SHARE, defaultValue: 0.8, min: 0, minExclusive: true,
    description: 'Live service-level target: share answered within live_answer_seconds.' },
  seconds('live_answer_seconds', 'Answer-time target of the live service level.', 20),
  { name: 'live_max_occupancy', ...SHARE, minExclusive: true,
    description: 'Optional ceiling on live agent occupancy when staffing live channels.' },
  { name: 'support_hours_per_week', kind: 'time', unit: 'hours/week', timeUnit: 'hours',
    per: 'week', defaultValue: 40, min: 0, minExclusive: true, max: 168,
    description: 'Open hours per week: live channels are staffed and FRT runs in them.' },
  { name: 'business_days_per_week', kind: 'count', unit: 'days/week', per: 'week',
    defaultValue: 5, min: 1, max: 7, words: ['day', 'days'],
    description: 'Working days per week; converts "per business day" units.' },
  { name: 'peak_factor', kind: 'count', unit: 'factor', defaultValue: 1, min: 1, max: 10,
    words: FACTOR_WORDS,
    description: 'Busiest-hour live volume ÷ average open-hour volume, for live staffing.' },
  { name: 'self_serve_adoption', ...SHARE, defaultValue: 0, maxExclusive: true,
    description: 'Baseline share of demand resolved by self-serve (s0), at which ' +
      'volumes were observed.' },
  { name: 'self_serve_target', ...SHARE, maxExclusive: true,
    description: 'Self-serve adoption reached after the ramp (default: no change).' },
  { name: 'self_serve_start_week', kind: 'count', unit: 'week', defaultValue: 1, min: 1,
    integer: true, words: WEEK_WORDS, description: 'First week of the self-serve ramp.' },
  { name: 'self_serve_ramp_weeks', kind: 'count', unit: 'weeks', defaultValue: 1, min: 0,
    max: 520, words: WEEK_WORDS,
    description: 'Weeks for adoption to move linearly to the target (0 or 1 = at once).' },
  { name: 'self_serve_aht_uplift', ...SHARE, defaultValue: 0,
    description: 'T1 ticket AHT rises by this share × the relative adoption gain ' +
      '(harder tickets are left behind).' },
  money('self_serve_cost_per_week', 'week', 'Running cost of self-serve per week.', 0),
  { name: 'routing', kind: 'choice', unit: 'choice', defaultValue: 'balanced',
    choices: ['balanced', 'inhouse_first'],
    description: 'Tier-1 ticket split: balanced (by capacity) or inhouse_first ' +
      '(overflow to outsourced).' },
  { name: 'opening_backlog', kind: 'count', unit: 'tickets', defaultValue: 0, min: 0,
    words: TICKET_WORDS, description: 'Tier-1 tickets waiting at the start of week 1.' },
  { name: 'opening_tier2_backlog', kind: 'count', unit: 'tickets', defaultValue: 0, min: 0,
    words: TICKET_WORDS, description: 'Tier-2 tickets waiting at the start of week 1.' },
  hours('frt_floor_hours', 'First-response pickup delay when no queue waits.', 0),
  hours('frt_target_hours', 'First-response target in business hours (optional).'),
  { name: 'resolution_rate_target', kind: 'share', unit: 'share', min: 0, minExclusive: true,
    max: 1, description: 'Target for resolution_rate (optional).' },
  { name: 'backlog_days_target', kind: 'time', unit: 'days', timeUnit: 'days', min: 0,
    minExclusive: true, max: 3650,
    description: 'Target for backlog_days_end in calendar days (optional).' },
  money('budget_per_week', 'week', 'Weekly budget; needed for efficiency_index and score.'),
  money('hire_cost_per_fte', undefined, 'One-off cost per new hire, in the start week.', 0),
  money('outsourced_cost_per_ticket', undefined,
    'Fee per ticket handled by the outsourced group.', 0),
  { name: 'quality_weight', ...SHARE, defaultValue: 0.5,
    description: 'Weight of quality against efficiency in the score.' },
];

/** Every parameter, in the order of MODEL.md section 3. */
export const PARAMETERS: readonly ParameterDef[] = [
  ...groupDefs('inhouse', 'in-house tier-1'),
  ...groupDefs('outsourced', 'outsourced tier-1'),
  ...groupDefs('tier2', 'tier-2'),
  ...OTHER_DEFS,
];

/** Lookup by name. */
export const PARAMETER_BY_NAME: ReadonlyMap<string, ParameterDef> = new Map(
  PARAMETERS.map((def) => [def.name, def]),
);

/** Human range text ("≥ 0 and < 1"), as the argument checks word it. */
export function rangeText(def: ParameterDef): string {
  if (def.choices) return def.choices.join(' or ');
  const lo = def.min === undefined ? '' : `${def.minExclusive ? '>' : '≥'} ${def.min}`;
  const hi = def.max === undefined ? '' : `${def.maxExclusive ? '<' : '≤'} ${def.max}`;
  return (def.integer ? 'a whole number ' : 'a number ') + [lo, hi].filter(Boolean).join(' and ');
}
