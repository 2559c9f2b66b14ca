import { fail } from '../errors';
import { erlangB } from './erlangB';
import type { QueueResult } from './types';

/**
 * Throws the unstable-load error: n ≤ A agents cannot keep up under Erlang C.
 * The message names the smallest stable whole count, ⌊A⌋ + 1.
 * @param agents the agents given, ≤ loadErlangs
 * @param loadErlangs offered load in Erlangs, > 0
 * @param argument the argument the message names
 * @example failUnstable(10, 10) // throws "agents = 10 … Use at least 11 agents, …"
 */
export function failUnstable(agents: number, loadErlangs: number, argument = 'agents'): never {
  return fail({
    code: 'unstableLoad',
    argument,
    value: agents,
    details: { load: roundForMessage(loadErlangs), minAgents: Math.floor(loadErlangs) + 1 },
  });
}

function roundForMessage(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * Erlang C, the probability that a contact waits (M/M/n queue):
 * P(wait) = n·B / (n − A·(1 − B)), with B = Erlang B(n, A), for n > A
 * (Cooper, "Introduction to Queueing Theory", 2nd ed., §3.4, via B for
 * numerical stability). n ≤ A with a load is unstable and throws
 * `unstableLoad`, whose details give the load and the smallest stable count.
 * @param agents agents, ≥ 0, fractional allowed
 * @param loadErlangs offered load in Erlangs, ≥ 0
 * @returns probability of waiting, in [0, 1]
 * @example erlangC(14, 10) // 0.1741319336
 */
export function erlangC(agents: number, loadErlangs: number): number {
  if (loadErlangs === 0) return 0;
  if (agents <= loadErlangs) failUnstable(agents, loadErlangs);
  return erlangCFromB(agents, loadErlangs, erlangB(agents, loadErlangs));
}

/**
 * P(wait) from a known Erlang B value, for solvers that step B themselves.
 * @param agents agents, > loadErlangs
 * @param loadErlangs offered load in Erlangs, > 0
 * @param blocking Erlang B(agents, loadErlangs)
 * @returns probability of waiting, in [0, 1]
 * @example erlangCFromB(2, 1, 0.2) // 2·0.2 / (2 − 0.8) = 1/3
 */
export function erlangCFromB(agents: number, loadErlangs: number, blocking: number): number {
  return (agents * blocking) / (agents - loadErlangs * (1 - blocking));
}

/**
 * All Erlang C measures of one interval from P(wait):
 * service level 1 − P(wait)·e^(−(n − A)·t / AHT), ASA P(wait)·AHT / (n − A),
 * occupancy A / n (Cooper §3.4; MODEL.md §1). Zero load gives SL 1, the rest 0.
 * @param agents agents, > loadErlangs (or any ≥ 0 when the load is 0)
 * @param loadErlangs offered load in Erlangs, ≥ 0
 * @param ahtSeconds average handle time in seconds, > 0
 * @param targetSeconds answer-time target in seconds, ≥ 0
 * @param waitProbability P(wait) for these agents and load
 * @example erlangCMeasures(14, 10, 180, 20, 0.1741319336).serviceLevel // 0.8883500192
 */
export function erlangCMeasures(
  agents: number,
  loadErlangs: number,
  ahtSeconds: number,
  targetSeconds: number,
  waitProbability: number,
): QueueResult {
  if (loadErlangs === 0) return idleQueue('erlangC');
  const spareAgents = agents - loadErlangs;
  return {
    model: 'erlangC',
    offeredLoadErlangs: loadErlangs,
    waitProbability,
    serviceLevel: 1 - waitProbability * Math.exp((-spareAgents * targetSeconds) / ahtSeconds),
    asaSeconds: (waitProbability * ahtSeconds) / spareAgents,
    occupancy: loadErlangs / agents,
    abandonShare: 0,
  };
}

/**
 * Measures of a queue with no contacts: nobody waits, every agent is idle.
 * @param model the model to report
 * @example idleQueue('erlangC').serviceLevel // 1
 */
export function idleQueue(model: QueueResult['model']): QueueResult {
  return {
    model,
    offeredLoadErlangs: 0,
    waitProbability: 0,
    serviceLevel: 1,
    asaSeconds: 0,
    occupancy: 0,
    abandonShare: 0,
  };
}
