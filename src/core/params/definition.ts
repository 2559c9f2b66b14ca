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

/*
 * Ceilings and floors that keep every model figure a finite double: each is
 * far beyond a real support team, and with them the largest week stays below
 * about 1e30 (1e9 tickets × 1e12 money × 520 weeks), far from overflow (1.8e308).
 * Floors replace "> 0" where a value divides: 1e-310 minutes of AHT would
 * make capacity infinite.
 */
/** Most tickets, chats, calls (per week) or backlog tickets a table may give. */
export const MAX_TICKETS = 1e9;
/** Most FTE in one group, or hired into it. */
export const MAX_FTE = 1e6;
/** Largest amount of money in any cost or budget parameter. */
export const MAX_MONEY = 1e12;
/** Shortest handle time, minutes (6 seconds). */
export const MIN_AHT_MINUTES = 0.1;
/** Shortest paid or open week, hours. */
export const MIN_HOURS_PER_WEEK = 0.1;
/** Smallest handle-time factor (10 × faster than the ticket AHT). */
export const MIN_AHT_FACTOR = 0.1;
/** Shortest mean patience, seconds. */
export const MIN_PATIENCE_SECONDS = 1;
/**
 * Most tickets, chats or calls a week the growth may reach by the last week:
 * volume × (1 + volume_growth_per_week)^(horizon_weeks − 1) stays within it.
 */
export const MAX_GROWN_VOLUME_PER_WEEK = 1e12;

/** Shares are fractions in [0, 1]. */
export const SHARE = { kind: 'share', unit: 'share', min: 0, max: 1 } as const;
/** Unit words a count or rate accepts as "no conversion". */
export const FTE_WORDS = ['fte', 'ftes', 'people', 'agents', 'staff', 'heads'];
export const WEEK_WORDS = ['week', 'weeks', 'wk', 'wks'];
export const TICKET_WORDS = ['ticket', 'tickets', 'contact', 'contacts'];
export const VOLUME_WORDS = [...TICKET_WORDS, 'chat', 'chats', 'call', 'calls'];
export const FACTOR_WORDS = ['x', 'factor', 'times'];
