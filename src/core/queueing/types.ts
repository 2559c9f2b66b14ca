/**
 * Shapes shared by the queueing core: one interval of a live channel, its
 * queue measures and the staffing targets the solver meets.
 */

/** One interval of a live channel (phone, chat). */
export interface QueueInput {
  /** Contacts offered in the interval, ≥ 0. */
  contactsPerInterval: number;
  /** Interval length in minutes, > 0. */
  intervalMinutes: number;
  /** Average handle time (talk + wrap-up) in seconds, > 0. */
  ahtSeconds: number;
  /** Agents on the queue, ≥ 0; fractional counts are an average over the interval. */
  agents: number;
  /** Answer-time target in seconds for the service level, ≥ 0 (0 when omitted). */
  targetSeconds?: number;
  /** Mean patience in seconds, > 0; switches from Erlang C to Erlang A. */
  patienceSeconds?: number;
}

/** Queue measures of one interval; shares are fractions of all offered contacts. */
export interface QueueResult {
  model: 'erlangC' | 'erlangA';
  /** Offered load A = contacts / interval × AHT, in Erlangs. */
  offeredLoadErlangs: number;
  /** Share of offered contacts that find every agent busy. */
  waitProbability: number;
  /** Share of all offered contacts answered within the target. */
  serviceLevel: number;
  /** Mean wait over all offered contacts, seconds. */
  asaSeconds: number;
  /** Share of agent time spent handling contacts. */
  occupancy: number;
  /** Share of offered contacts that hang up before an answer (0 in Erlang C). */
  abandonShare: number;
}

/** The load part of a `QueueInput`: what the solver is asked to staff. */
export interface QueueLoad {
  contactsPerInterval: number;
  intervalMinutes: number;
  ahtSeconds: number;
}

/** Targets for `agentsRequired`; every given target must be met. */
export interface StaffingTargets {
  /** Answer-time target in seconds, ≥ 0. */
  targetSeconds: number;
  /** Share of offered contacts to answer within `targetSeconds`, 0–1. */
  serviceLevel: number;
  /** Highest acceptable occupancy, share in (0, 1]. */
  maxOccupancy?: number;
  /** Highest acceptable ASA in seconds, > 0. */
  asaSeconds?: number;
  /** Highest acceptable abandonment share, in (0, 1]; needs a patience. */
  maxAbandonShare?: number;
  /** Mean patience in seconds; switches to Erlang A. */
  patienceSeconds?: number;
}

/** Which target set the agent count; 'none' when no target did (see agentsRequired). */
export type BindingTarget = 'serviceLevel' | 'asa' | 'occupancy' | 'abandonment' | 'none';

/** Answer of `agentsRequired`. */
export interface StaffingAnswer {
  /** Smallest whole number of agents meeting every target. */
  agents: number;
  binding: BindingTarget;
  /** Queue measures at that agent count. */
  result: QueueResult;
}

/** Seconds in a minute, for the offered-load conversion. */
export const SECONDS_PER_MINUTE = 60;

/**
 * Offered load in Erlangs: contacts / interval × AHT, in one time unit.
 * @param load contacts ≥ 0 per interval, interval > 0 minutes, AHT > 0 seconds
 * @returns offered load in Erlangs
 * @example offeredLoadErlangs({ contactsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 })
 * // 10
 */
export function offeredLoadErlangs(load: QueueLoad): number {
  const intervalSeconds = load.intervalMinutes * SECONDS_PER_MINUTE;
  return (load.contactsPerInterval * load.ahtSeconds) / intervalSeconds;
}
