import { erlangA } from './erlangA';
import { erlangC, erlangCMeasures, idleQueue } from './erlangC';
import { checkLoad, checkOptionalQueueNumber, checkQueueNumber } from './queueSpecs';
import { offeredLoadErlangs, type QueueInput, type QueueResult } from './types';

/**
 * Queue measures of one interval: Erlang A (M/M/n+M) when a patience is
 * given, else Erlang C (M/M/n). Formulas in `erlangC.ts` and `erlangA.ts`;
 * MODEL.md §1. Zero contacts give service level 1 and zeros elsewhere.
 * Under Erlang C, agents ≤ offered load throws `unstableLoad` with
 * details.load and details.minAgents = ⌊A⌋ + 1.
 * @param input contacts ≥ 0 per interval, interval > 0 min, AHT > 0 s,
 *   agents ≥ 0 (fractional allowed), target ≥ 0 s (default 0), patience > 0 s
 * @returns the queue measures; shares are fractions of all offered contacts
 * @example evaluateQueue({ contactsPerInterval: 100, intervalMinutes: 30,
 *   ahtSeconds: 180, agents: 14, targetSeconds: 20 }).serviceLevel // 0.8883500192
 */
export function evaluateQueue(input: QueueInput): QueueResult {
  const contacts = checkQueueNumber('contacts', input.contactsPerInterval);
  const intervalMinutes = checkQueueNumber('intervalMinutes', input.intervalMinutes);
  const ahtSeconds = checkQueueNumber('ahtSeconds', input.ahtSeconds);
  const agents = checkQueueNumber('agents', input.agents);
  const targetSeconds = checkOptionalQueueNumber('targetSeconds', input.targetSeconds) ?? 0;
  const patienceSeconds = checkOptionalQueueNumber('patienceSeconds', input.patienceSeconds);
  const load = offeredLoadErlangs({ contactsPerInterval: contacts, intervalMinutes, ahtSeconds });
  checkLoad(load, contacts);
  if (patienceSeconds !== undefined) {
    return erlangA({ agents, loadErlangs: load, ahtSeconds, patienceSeconds, targetSeconds });
  }
  if (load === 0) return idleQueue('erlangC');
  const waitProbability = erlangC(agents, load);
  return erlangCMeasures(agents, load, ahtSeconds, targetSeconds, waitProbability);
}
