import { fail, isLbfError, type LbfError } from '../errors';
import { erlangA } from './erlangA';
import { erlangB, erlangBStep } from './erlangB';
import { erlangCFromB, erlangCMeasures, idleQueue } from './erlangC';
import { checkLoad, checkOptionalQueueNumber, checkQueueNumber } from './queueSpecs';
import {
  offeredLoadErlangs,
  type BindingTarget,
  type QueueLoad,
  type QueueResult,
  type StaffingAnswer,
  type StaffingTargets,
} from './types';

/** Targets after checking, with the target's argument name for messages. */
interface CheckedTargets {
  targetSeconds: number;
  serviceLevel: number;
  maxOccupancy?: number;
  asaSeconds?: number;
  maxAbandonShare?: number;
  patienceSeconds?: number;
}

/**
 * Search bound: ⌈A + 20·√A + 100⌉ agents. Past A + β·√A agents the Erlang C
 * wait probability is about φ(β)/(β·Φ(β)) (Halfin & Whitt 1981), < 1e-80 at
 * β = 20, and the +100 covers small loads where B(A + 100, A) < 1e-80 too; so
 * every target a double can tell from 1 is met inside it, and a target that
 * is not is unreachable rather than slow.
 * @param loadErlangs offered load in Erlangs, ≥ 0
 * @returns the largest agent count the solver tries
 * @example maxAgentsSearched(10) // ⌈10 + 63.25 + 100⌉ = 174
 */
export function maxAgentsSearched(loadErlangs: number): number {
  return Math.ceil(loadErlangs + 20 * Math.sqrt(loadErlangs) + 100);
}

/** The first target (in reporting order) that `result` misses, or undefined. */
function missedTarget(result: QueueResult, t: CheckedTargets): BindingTarget | undefined {
  if (result.serviceLevel < t.serviceLevel) return 'serviceLevel';
  if (t.asaSeconds !== undefined && result.asaSeconds > t.asaSeconds) return 'asa';
  if (t.maxOccupancy !== undefined && result.occupancy > t.maxOccupancy) return 'occupancy';
  const abandon = t.maxAbandonShare;
  if (abandon !== undefined && result.abandonShare > abandon) return 'abandonment';
  return undefined;
}

/**
 * Agents required: the smallest whole n meeting every given target —
 * service level within `targetSeconds`, and optionally ASA, maximum occupancy
 * and maximum abandonment (MODEL.md §1). Erlang A when `patienceSeconds` is
 * given, else Erlang C. `binding` names the target missed at n − 1; it is
 * 'none' when nothing but the load itself set n (zero contacts, or the
 * smallest stable Erlang C count, or one agent under Erlang A, already meets
 * every target). Erlang C starts at the smallest stable count ⌊A⌋ + 1 and
 * steps the Erlang B recursion one agent at a time (O(n) in all); Erlang A
 * brackets n from about A by doubling steps, then bisects, over Erlang B
 * values precomputed in one pass (all measures are monotone in n). Throws `unreachableTarget` past `maxAgentsSearched(A)`.
 * @param load contacts ≥ 0 per interval, interval > 0 minutes, AHT > 0 s
 * @param targets target ≥ 0 s, service level 0–1, optional max occupancy (0, 1],
 *   ASA > 0 s, max abandonment (0, 1], patience > 0 s
 * @returns whole agents, the binding target and the measures at that count
 * @example agentsRequired({ contactsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 },
 *   { targetSeconds: 20, serviceLevel: 0.8 }).agents // 14
 */
export function agentsRequired(load: QueueLoad, targets: StaffingTargets): StaffingAnswer {
  const contacts = checkQueueNumber('contacts', load.contactsPerInterval);
  const intervalMinutes = checkQueueNumber('intervalMinutes', load.intervalMinutes);
  const ahtSeconds = checkQueueNumber('ahtSeconds', load.ahtSeconds);
  const checked = checkTargets(targets);
  const loadErlangs = checkLoad(
    offeredLoadErlangs({ contactsPerInterval: contacts, intervalMinutes, ahtSeconds }),
    contacts,
  );
  const model = checked.patienceSeconds === undefined ? 'erlangC' : 'erlangA';
  if (loadErlangs === 0) return { agents: 0, binding: 'none', result: idleQueue(model) };
  return checked.patienceSeconds === undefined
    ? solveErlangC(loadErlangs, ahtSeconds, checked)
    : solveErlangA(loadErlangs, ahtSeconds, checked.patienceSeconds, checked);
}

function checkTargets(t: StaffingTargets): CheckedTargets {
  const abandonWithoutPatience =
    t.maxAbandonShare !== undefined &&
    t.maxAbandonShare !== null &&
    (t.patienceSeconds === undefined || t.patienceSeconds === null);
  if (abandonWithoutPatience) {
    fail({
      code: 'noSolution',
      argument: 'maxAbandon',
      details: {
        reason:
          'Erlang C has no abandonment; give patienceSeconds (Erlang A) or leave ' +
          'maxAbandon empty.',
      },
    });
  }
  return {
    targetSeconds: checkQueueNumber('targetSeconds', t.targetSeconds),
    serviceLevel: checkQueueNumber('serviceLevel', t.serviceLevel),
    maxOccupancy: checkOptionalQueueNumber('maxOccupancy', t.maxOccupancy),
    asaSeconds: checkOptionalQueueNumber('asaSeconds', t.asaSeconds),
    maxAbandonShare: checkOptionalQueueNumber('maxAbandon', t.maxAbandonShare),
    patienceSeconds: checkOptionalQueueNumber('patienceSeconds', t.patienceSeconds),
  };
}

/** Erlang C: one recursion pass up to ⌊A⌋ + 1, then O(1) per extra agent. */
function solveErlangC(load: number, ahtSeconds: number, t: CheckedTargets): StaffingAnswer {
  const first = Math.floor(load) + 1;
  const last = maxAgentsSearched(load);
  let blocking = erlangB(first, load);
  let missedBefore: BindingTarget = 'none';
  for (let n = first; n <= last; n += 1) {
    const wait = erlangCFromB(n, load, blocking);
    const result = erlangCMeasures(n, load, ahtSeconds, t.targetSeconds, wait);
    const missed = missedTarget(result, t);
    if (missed === undefined) return { agents: n, binding: missedBefore, result };
    missedBefore = missed;
    blocking = erlangBStep(n, load, blocking);
  }
  return failUnreachable(missedBefore, t, last);
}

let blockingTable = new Float64Array(256);

/** Erlang B at 0 … last in one pass, kept in a reused buffer. */
function fillBlocking(load: number, last: number): Float64Array {
  if (blockingTable.length <= last) blockingTable = new Float64Array(last + 1);
  blockingTable[0] = 1;
  for (let n = 1; n <= last; n += 1) {
    blockingTable[n] = erlangBStep(n - 1, load, blockingTable[n - 1]);
  }
  return blockingTable;
}

/**
 * Erlang A: bracket the answer by galloping from n ≈ A in steps that start at
 * ⌈√A⌉ and double (staffing is A + O(√A) in the usual regimes, so this takes
 * few probes and keeps away from deeply overloaded counts, whose queues are
 * long and costly to sum), then bisect. All measures are monotone in n.
 */
function solveErlangA(
  load: number,
  ahtSeconds: number,
  patienceSeconds: number,
  t: CheckedTargets,
): StaffingAnswer {
  const last = maxAgentsSearched(load);
  const table = fillBlocking(load, last);
  const probe = (n: number) => {
    const result = erlangA({
      agents: n,
      loadErlangs: load,
      ahtSeconds,
      patienceSeconds,
      targetSeconds: t.targetSeconds,
      blocking: table[n],
    });
    return { result, missed: missedTarget(result, t) };
  };
  const start = Math.min(last, Math.max(1, Math.round(load)));
  const floor = surelyMissed(load, t);
  const bracket = gallop(probe, start, last, Math.ceil(Math.sqrt(load)), t, floor);
  let { low, lowMissed, high, result } = bracket;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const p = probe(mid);
    if (p.missed === undefined) [high, result] = [mid, p.result];
    else [low, lowMissed] = [mid, p.missed];
  }
  if (low === floor.agents && lowMissed === 'abandonment') {
    // Known to miss by the bound; a probe names the first target it misses, if summable.
    lowMissed = probeIfSummable(probe, low, {})?.missed ?? lowMissed;
  }
  // low = 0 means one agent already meets every target: only the load set it.
  return { agents: high, binding: low === 0 ? 'none' : lowMissed, result };
}

type Probe = (n: number) => { result: QueueResult; missed: BindingTarget | undefined };

/** Relative margin so a bound never rests on the last bit of a rounded measure. */
const BOUND_MARGIN = 1e-9;

/**
 * The largest count that misses a target whatever the queue does (0 if none is known),
 * from flow balance: answered contacts are n·occupancy ≤ n of A, so the service level
 * is at most n/A and abandonment at least 1 − n/A. Below s·A agents the service level
 * target s is missed; below (1 − a)·A the maximum abandonment a is. The search never
 * probes these deeply overloaded counts, whose queues are the longest to sum.
 * @example surelyMissed(1e6, { serviceLevel: 0.8, targetSeconds: 20 }).agents // 799999
 */
function surelyMissed(load: number, t: CheckedTargets): { agents: number; missed: BindingTarget } {
  const below = (share: number) => Math.max(0, Math.ceil(share * load * (1 - BOUND_MARGIN)) - 1);
  const bySl = below(t.serviceLevel);
  const byAbandon = t.maxAbandonShare === undefined ? 0 : below(1 - t.maxAbandonShare);
  return bySl >= byAbandon
    ? { agents: bySl, missed: 'serviceLevel' }
    : { agents: byAbandon, missed: 'abandonment' };
}

/** A probe, or undefined when its queue is too long to sum (`queueTooLong`). */
function probeIfSummable(probe: Probe, n: number, seen: { error?: LbfError }) {
  try {
    return probe(n);
  } catch (e) {
    if (!isLbfError(e) || e.code !== 'queueTooLong') throw e;
    seen.error = e;
    return undefined;
  }
}

/**
 * Finds low < high with `low` missing a target (or 0) and `high` meeting all,
 * starting at `start` and moving by doubling steps; throws past `last`. Going down it
 * stops at `floor` (a count known to miss) and backs off from counts whose queue is
 * too long to sum; when even high − 1 is, the answer cannot be proven minimal and the
 * `queueTooLong` error stands.
 */
function gallop(
  probe: Probe,
  start: number,
  last: number,
  firstStep: number,
  t: CheckedTargets,
  floor: { agents: number; missed: BindingTarget },
) {
  let step = Math.max(1, firstStep);
  let high = start;
  let p = probe(high);
  let low = 0;
  let lowMissed: BindingTarget = 'none';
  while (p.missed !== undefined) {
    if (high === last) return failUnreachable(p.missed, t, last);
    [low, lowMissed] = [high, p.missed];
    high = Math.min(last, high + step);
    step *= 2;
    p = probe(high);
  }
  let result = p.result;
  const seen: { error?: LbfError } = {};
  let tooLong = 0; // counts at or below this have queues too long to sum
  while (low === 0 && high > 1) {
    let candidate = Math.max(1, high - step);
    if (candidate <= floor.agents)
      return { low: floor.agents, lowMissed: floor.missed, high, result };
    if (candidate <= tooLong) candidate = Math.ceil((tooLong + high) / 2);
    if (candidate >= high && seen.error) throw seen.error;
    step *= 2;
    const q = probeIfSummable(probe, candidate, seen);
    if (q === undefined) tooLong = candidate;
    else if (q.missed === undefined) [high, result] = [candidate, q.result];
    else [low, lowMissed] = [candidate, q.missed];
  }
  return { low, lowMissed, high, result };
}

const TARGET_ARGUMENT: Record<BindingTarget, keyof CheckedTargets> = {
  serviceLevel: 'serviceLevel',
  asa: 'asaSeconds',
  occupancy: 'maxOccupancy',
  abandonment: 'maxAbandonShare',
  none: 'serviceLevel',
};

function failUnreachable(missed: BindingTarget, t: CheckedTargets, last: number): never {
  const argument = TARGET_ARGUMENT[missed];
  return fail({
    code: 'unreachableTarget',
    argument: argument === 'maxAbandonShare' ? 'maxAbandon' : argument,
    value: t[argument],
    details: { maxAgents: last, hint: 'Relax the target.' },
  });
}
