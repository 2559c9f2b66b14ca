import { isLbfError } from '../errors';
import { agentsRequired, evaluateQueue, type QueueResult, type StaffingAnswer } from '../queueing';

/**
 * Live channels in one week (MODEL.md section 2, "Live first"): agents needed
 * per open hour from the queueing core at the busiest hour's rate, hours
 * reserved from in-house tier 1, and the service level achieved with the
 * agents actually available when in-house hours fall short.
 */

/** One live channel's inputs, fixed over the horizon. */
export interface LiveChannel {
  ahtSeconds: number;
  /** Mean patience (Erlang A); undefined for Erlang C. */
  patienceSeconds?: number;
}

export interface LiveTargets {
  targetSeconds: number;
  serviceLevel: number;
  maxOccupancy?: number;
}

/** Queue measures at the staffing actually available. */
export interface LiveOutcome {
  agentsRequired: number;
  agentsAvailable: number;
  serviceLevel: number;
  /** null when the queue is unstable (Erlang C with agents ≤ load). */
  asaSeconds: number | null;
  abandonShare: number;
}

const MINUTES_PER_HOUR = 60;
/** Cache bound: enough for every week × channel of a long horizon and many draws. */
const CACHE_LIMIT = 4096;
const requiredCache = new Map<string, StaffingAnswer>();

/**
 * Agents required for one channel at `contactsPerHour`; memoised because the
 * same inputs recur across weeks (no growth) and across scenario-table rows.
 * @example requiredAgents(200, { ahtSeconds: 360 }, { targetSeconds: 20,
 *   serviceLevel: 0.8 }).agents // 24
 */
export function requiredAgents(contactsPerHour: number, channel: LiveChannel,
  targets: LiveTargets): StaffingAnswer {
  const key = `${contactsPerHour}|${channel.ahtSeconds}|${channel.patienceSeconds}|` +
    `${targets.targetSeconds}|${targets.serviceLevel}|${targets.maxOccupancy}`;
  let answer = requiredCache.get(key);
  if (answer === undefined) {
    if (requiredCache.size >= CACHE_LIMIT) requiredCache.clear();
    answer = agentsRequired({ contactsPerInterval: contactsPerHour,
      intervalMinutes: MINUTES_PER_HOUR, ahtSeconds: channel.ahtSeconds },
    { ...targets, patienceSeconds: channel.patienceSeconds });
    requiredCache.set(key, answer);
  }
  return answer;
}

function outcomeOf(required: number, available: number, r: QueueResult): LiveOutcome {
  return { agentsRequired: required, agentsAvailable: available, serviceLevel: r.serviceLevel,
    asaSeconds: r.asaSeconds, abandonShare: r.abandonShare };
}

/**
 * Measures with `agents` (possibly fractional, possibly too few) available.
 * Under Erlang C, agents ≤ offered load has no steady state: the service
 * level is reported as 0 and the ASA as not defined (null); with a patience
 * (Erlang A) the queue is always stable.
 * @example shortOutcome(10, 5, 200, { ahtSeconds: 360 }, 20).serviceLevel // 0
 */
export function shortOutcome(required: number, agents: number, contactsPerHour: number,
  channel: LiveChannel, targetSeconds: number): LiveOutcome {
  if (agents <= 0 && channel.patienceSeconds === undefined) {
    return { agentsRequired: required, agentsAvailable: 0, serviceLevel: 0, asaSeconds: null,
      abandonShare: 0 };
  }
  try {
    const result = evaluateQueue({ contactsPerInterval: contactsPerHour,
      intervalMinutes: MINUTES_PER_HOUR, ahtSeconds: channel.ahtSeconds, agents, targetSeconds,
      patienceSeconds: channel.patienceSeconds });
    return outcomeOf(required, agents, result);
  } catch (e) {
    if (!isLbfError(e) || e.code !== 'unstableLoad') throw e;
    return { agentsRequired: required, agentsAvailable: agents, serviceLevel: 0,
      asaSeconds: null, abandonShare: 0 };
  }
}

/** Measures when every required agent is there. */
export function fullOutcome(answer: StaffingAnswer): LiveOutcome {
  return outcomeOf(answer.agents, answer.agents, answer.result);
}
