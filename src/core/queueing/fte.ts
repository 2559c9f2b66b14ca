import { checkQueueNumber } from './queueSpecs';

/**
 * Staff (FTE) to schedule so that `agents` are on the phones after
 * shrinkage: agents / (1 − shrinkage), never agents × (1 + shrinkage)
 * (MODEL.md §1: 30 % shrinkage needs 1/0.7 = 1.43 staff per agent, not 1.3).
 * @param agents agents needed on the queue, ≥ 0
 * @param shrinkage share of paid time not on the queue, in [0, 1)
 * @returns staff in FTE, ≥ agents
 * @example fteFromAgents(14, 0.3) // 20
 */
export function fteFromAgents(agents: number, shrinkage: number): number {
  checkQueueNumber('agents', agents);
  return agents / (1 - checkQueueNumber('shrinkage', shrinkage));
}
