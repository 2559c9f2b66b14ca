import {
  FACTOR_WORDS,
  FTE_WORDS,
  MAX_FTE,
  MAX_MONEY,
  MIN_AHT_FACTOR,
  MIN_HOURS_PER_WEEK,
  SHARE,
  WEEK_WORDS,
  type ParameterDef,
} from './definition';

/**
 * Parameters of the three staffing groups (MODEL.md section 3): `inhouse_`,
 * `outsourced_` (tier 1) and `tier2_`, each with FTE, hours, shrinkage, cost,
 * hires that ramp and an AHT factor; tier-1 groups also escalate.
 */

type Def = ParameterDef;

/**
 * The catalogue entries of one staffing group.
 * @param group the name prefix
 * @param label how descriptions name the group ("in-house tier-1")
 * @returns 9 entries for a tier-1 group (with escalation), 8 for tier 2
 * @example groupDefs('tier2', 'tier-2')[0].name // 'tier2_fte'
 */
export function groupDefs(group: 'inhouse' | 'outsourced' | 'tier2', label: string): Def[] {
  const p = `${group}_`;
  const defs: Def[] = [
    {
      name: `${p}fte`,
      kind: 'count',
      unit: 'FTE',
      min: 0,
      max: MAX_FTE,
      words: FTE_WORDS,
      defaultValue: group === 'inhouse' ? undefined : 0,
      required: group === 'inhouse',
      description: `Staff of the ${label} group at the start, in full-time equivalents.`,
    },
    {
      name: `${p}hours_per_fte`,
      kind: 'time',
      unit: 'hours/week',
      timeUnit: 'hours',
      per: 'week',
      defaultValue: 40,
      min: MIN_HOURS_PER_WEEK,
      max: 168,
      description: `Paid hours per ${label} FTE per week.`,
    },
    {
      name: `${p}shrinkage`,
      ...SHARE,
      defaultValue: 0.3,
      maxExclusive: true,
      description:
        `Share of ${label} paid hours not available for work ` +
        '(leave, training, meetings, breaks).',
    },
    {
      name: `${p}cost_per_hour`,
      kind: 'money',
      unit: 'money/hour',
      per: 'hour',
      defaultValue: 0,
      min: 0,
      max: MAX_MONEY,
      description: `Fully loaded cost of one ${label} paid hour.`,
    },
    {
      name: `${p}new_hires`,
      kind: 'count',
      unit: 'FTE',
      defaultValue: 0,
      min: 0,
      max: MAX_FTE,
      words: FTE_WORDS,
      description: `FTE hired into the ${label} group during the horizon.`,
    },
    {
      name: `${p}hire_week`,
      kind: 'count',
      unit: 'week',
      defaultValue: 1,
      min: 1,
      integer: true,
      words: WEEK_WORDS,
      description: `Week in which the ${label} new hires start (paid in full from then).`,
    },
    {
      name: `${p}ramp_weeks`,
      kind: 'count',
      unit: 'weeks',
      defaultValue: 1,
      min: 0,
      max: 104,
      words: WEEK_WORDS,
      description:
        `Weeks for ${label} new hires to reach full productivity ` +
        '(linear; 0 or 1 = productive at once).',
    },
    {
      name: `${p}aht_factor`,
      kind: 'count',
      unit: 'factor',
      defaultValue: 1,
      min: MIN_AHT_FACTOR,
      max: 10,
      words: FACTOR_WORDS,
      description: `Multiplier on handle time for ${label} staff (1.2 = 20 % slower).`,
    },
  ];
  if (group !== 'tier2') {
    defs.push({
      name: `${p}escalation_rate`,
      ...SHARE,
      defaultValue: 0,
      description: `Share of the tickets ${label} staff handle that go to tier 2.`,
    });
  }
  return defs;
}
