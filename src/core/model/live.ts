import { fail, isLbfError } from '../errors';
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
 * Empties the memo of live staffing solves (benchmarks measure a cold start).
 * @example clearLiveCache() // the next requiredAgents call solves afresh
 */
export function clearLiveCache(): void {
  requiredCache.clear();
}

/** The last solve of one channel in this run, to start the next week's search from. */
export interface LiveMemo {
  contactsPerHour: number;
  answer: StaffingAnswer;
}

/**
 * Agents required for one channel at `contactsPerHour`. The service level
 * falls and the occupancy rises as the load rises at a fixed agent count, so
 * the answer is monotone in the load: a week whose load is close to the last
 * week's starts from the last answer and steps one agent at a time (usually one
 * or two queue evaluations instead of a full search). Identical inputs are
 * memoised across weeks and scenario-table rows.
 * @param memo the channel's previous solve in this run, updated in place
 * @example requiredAgents(200, { ahtSeconds: 180 }, { targetSeconds: 20,
 *   serviceLevel: 0.8 }).agents // 14
 */
export function requiredAgents(
  contactsPerHour: number,
  channel: LiveChannel,
  targets: LiveTargets,
  memo?: { last?: LiveMemo },
): StaffingAnswer {
  const key =
    `${contactsPerHour}|${channel.ahtSeconds}|${channel.patienceSeconds}|` +
    `${targets.targetSeconds}|${targets.serviceLevel}|${targets.maxOccupancy}`;
  let answer = requiredCache.get(key);
  if (answer === undefined) {
    answer =
      (memo?.last && stepFrom(memo.last, contactsPerHour, channel, targets)) ??
      fullSearch(contactsPerHour, channel, targets);
    if (requiredCache.size >= CACHE_LIMIT) requiredCache.clear();
    requiredCache.set(key, answer);
  }
  if (memo) memo.last = { contactsPerHour, answer };
  return answer;
}

/** The scenario parameter behind each queueing-core target, for messages. */
const TARGET_PARAMETER: Record<string, string> = {
  serviceLevel: 'live_sl_target',
  maxOccupancy: 'live_max_occupancy',
};

/** agentsRequired, with an unreachable target reported under its parameter's name. */
function fullSearch(
  contactsPerHour: number,
  channel: LiveChannel,
  targets: LiveTargets,
): StaffingAnswer {
  const load = {
    contactsPerInterval: contactsPerHour,
    intervalMinutes: MINUTES_PER_HOUR,
    ahtSeconds: channel.ahtSeconds,
  };
  try {
    return agentsRequired(load, { ...targets, patienceSeconds: channel.patienceSeconds });
  } catch (e) {
    if (!isLbfError(e) || e.code !== 'unreachableTarget') throw e;
    return fail({
      code: 'unreachableTarget',
      argument: TARGET_PARAMETER[e.argument] ?? e.argument,
      value: e.value,
      details: { ...e.details, hint: 'Relax the live target or raise the agents available.' },
    });
  }
}

/** Most agents a warm start may step before handing over to the full search. */
const MAX_WARM_STEPS = 8;

/** Queue measures at n agents, or undefined when Erlang C is unstable there. */
function measuresAt(
  n: number,
  contactsPerHour: number,
  channel: LiveChannel,
  targetSeconds: number,
): QueueResult | undefined {
  try {
    return evaluateQueue({
      contactsPerInterval: contactsPerHour,
      intervalMinutes: MINUTES_PER_HOUR,
      ahtSeconds: channel.ahtSeconds,
      agents: n,
      targetSeconds,
      patienceSeconds: channel.patienceSeconds,
    });
  } catch (e) {
    if (isLbfError(e) && e.code === 'unstableLoad') return undefined;
    throw e;
  }
}

function meets(r: QueueResult | undefined, t: LiveTargets): r is QueueResult {
  return (
    r !== undefined &&
    r.serviceLevel >= t.serviceLevel &&
    (t.maxOccupancy === undefined || r.occupancy <= t.maxOccupancy)
  );
}

/**
 * Smallest n meeting the targets, searched from the last week's answer n0
 * (minimal at the last load λ0). If λ ≥ λ0, n0 − 1 still misses, so step up
 * from n0; if λ < λ0, n0 still meets, so step down while n − 1 meets. Returns
 * undefined (use the full search) past MAX_WARM_STEPS agents. `binding` is
 * reported as 'serviceLevel' (the weekly model does not use it).
 */
function stepFrom(
  last: LiveMemo,
  contactsPerHour: number,
  channel: LiveChannel,
  t: LiveTargets,
): StaffingAnswer | undefined {
  let n = last.answer.agents;
  if (contactsPerHour <= 0 || n < 1) return undefined;
  const at = (agents: number) => measuresAt(agents, contactsPerHour, channel, t.targetSeconds);
  if (contactsPerHour >= last.contactsPerHour) {
    let result = at(n);
    for (let step = 0; !meets(result, t); step += 1) {
      if (step >= MAX_WARM_STEPS) return undefined;
      n += 1;
      result = at(n);
    }
    return { agents: n, binding: 'serviceLevel', result };
  }
  let result: QueueResult | undefined;
  for (let step = 0; n > 1; step += 1) {
    const fewer = at(n - 1);
    if (!meets(fewer, t)) break;
    if (step >= MAX_WARM_STEPS) return undefined;
    [n, result] = [n - 1, fewer];
  }
  result = result ?? at(n);
  return meets(result, t) ? { agents: n, binding: 'serviceLevel', result } : undefined;
}

function outcomeOf(required: number, available: number, r: QueueResult): LiveOutcome {
  return {
    agentsRequired: required,
    agentsAvailable: available,
    serviceLevel: r.serviceLevel,
    asaSeconds: r.asaSeconds,
    abandonShare: r.abandonShare,
  };
}

/**
 * Measures with `agents` (possibly fractional, possibly too few) available.
 * Under Erlang C, agents ≤ offered load has no steady state: the service
 * level is reported as 0 and the ASA as not defined (null); with a patience
 * (Erlang A) the queue is always stable.
 * @example shortOutcome(10, 5, 200, { ahtSeconds: 360 }, 20).serviceLevel // 0
 */
export function shortOutcome(
  required: number,
  agents: number,
  contactsPerHour: number,
  channel: LiveChannel,
  targetSeconds: number,
): LiveOutcome {
  if (agents <= 0 && channel.patienceSeconds === undefined) {
    return {
      agentsRequired: required,
      agentsAvailable: 0,
      serviceLevel: 0,
      asaSeconds: null,
      abandonShare: 0,
    };
  }
  try {
    const result = evaluateQueue({
      contactsPerInterval: contactsPerHour,
      intervalMinutes: MINUTES_PER_HOUR,
      ahtSeconds: channel.ahtSeconds,
      agents,
      targetSeconds,
      patienceSeconds: channel.patienceSeconds,
    });
    return outcomeOf(required, agents, result);
  } catch (e) {
    if (!isLbfError(e) || e.code !== 'unstableLoad') throw e;
    return {
      agentsRequired: required,
      agentsAvailable: agents,
      serviceLevel: 0,
      asaSeconds: null,
      abandonShare: 0,
    };
  }
}

/**
 * Measures when every required agent is there.
 * @example fullOutcome(answer).agentsAvailable // answer.agents
 */
export function fullOutcome(answer: StaffingAnswer): LiveOutcome {
  return outcomeOf(answer.agents, answer.agents, answer.result);
}
