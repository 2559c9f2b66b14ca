/** The shape of one catalogue entry (see catalogue.ts). */

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

/** Shares are fractions in [0, 1]. */
export const SHARE = { kind: 'share', unit: 'share', min: 0, max: 1 } as const;
/** Unit words a count or rate accepts as "no conversion". */
export const FTE_WORDS = ['fte', 'ftes', 'people', 'agents', 'staff', 'heads'];
export const WEEK_WORDS = ['week', 'weeks', 'wk', 'wks'];
export const TICKET_WORDS = ['ticket', 'tickets', 'contact', 'contacts'];
export const VOLUME_WORDS = [...TICKET_WORDS, 'chat', 'chats', 'call', 'calls'];
export const FACTOR_WORDS = ['x', 'factor', 'times'];
