import { fail } from '../errors';
import { erlangA } from './erlangA';
import { erlangB, erlangBStep } from './erlangB';
import { erlangCFromB, erlangCMeasures, idleQueue } from './erlangC';
import { checkLoad, checkOptionalQueueNumber, checkQueueNumber } from './queueSpecs';
import { offeredLoadErlangs, type QueueLoad, type QueueResult } from './types';

/** One row of a staffing curve: the measures at one whole agent count. */
export interface StaffingCurveRow {
  agents: number;
  /** False under Erlang C when agents ≤ load: the queue grows without bound. */
  stable: boolean;
  result: QueueResult;
}

/** Most rows one curve returns, so a typo in `to` cannot freeze Excel. */
export const MAX_CURVE_ROWS = 1000;

/**
 * Most Erlang A queue states one curve may visit (about 7 ns each, so about 0.6 s of
 * CPU at most): rows far below a huge load with a long patience or target each sum a
 * queue of up to millions of states.
 */
export const MAX_CURVE_STATES = 80_000_000;

/**
 * Queue measures at every whole agent count from `fromAgents` to `toAgents`,
 * so an analyst sees what one agent more or less does. Erlang A with a
 * patience, else Erlang C, whose unstable rows (agents ≤ load) report the
 * limit of an ever-growing queue: service level 0, occupancy 1, ASA
 * unbounded (`stable: false`, asaSeconds Infinity for the adapter to word).
 * Erlang B is stepped from row to row, so the table costs O(toAgents).
 * @param load contacts ≥ 0 per interval, interval > 0 minutes, AHT > 0 s
 * @param options target ≥ 0 s, optional patience > 0 s
 * @param fromAgents first whole agent count, ≥ 0
 * @param toAgents last whole agent count, ≥ fromAgents, at most 999 rows later
 * @example staffingCurve({ contactsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 },
 *   { targetSeconds: 20 }, 13, 14)[1].result.serviceLevel // 0.8883500192
 */
export function staffingCurve(
  load: QueueLoad,
  options: { targetSeconds: number; patienceSeconds?: number },
  fromAgents: number,
  toAgents: number,
): StaffingCurveRow[] {
  const contacts = checkQueueNumber('contacts', load.contactsPerInterval);
  const intervalMinutes = checkQueueNumber('intervalMinutes', load.intervalMinutes);
  const ahtSeconds = checkQueueNumber('ahtSeconds', load.ahtSeconds);
  const targetSeconds = checkQueueNumber('targetSeconds', options.targetSeconds);
  const patienceSeconds = checkOptionalQueueNumber('patienceSeconds', options.patienceSeconds);
  checkRows(fromAgents, toAgents);
  const loadErlangs = checkLoad(
    offeredLoadErlangs({ contactsPerInterval: contacts, intervalMinutes, ahtSeconds }),
    contacts,
  );
  const rows: StaffingCurveRow[] = [];
  const work = { states: 0 };
  let blocking = erlangB(fromAgents, loadErlangs);
  for (let n = fromAgents; n <= toAgents; n += 1) {
    if (work.states > MAX_CURVE_STATES) failTooCostly(fromAgents, toAgents, n, loadErlangs);
    rows.push(
      patienceSeconds === undefined
        ? erlangCRow(n, loadErlangs, ahtSeconds, targetSeconds, blocking)
        : {
            agents: n,
            stable: true,
            result: erlangA({
              agents: n,
              loadErlangs,
              ahtSeconds,
              patienceSeconds,
              targetSeconds,
              blocking,
              work,
            }),
          },
    );
    blocking = erlangBStep(n, loadErlangs, blocking);
  }
  return rows;
}

/** Refuses a curve whose Erlang A rows would take too long, naming from and to. */
function failTooCostly(from: number, to: number, reached: number, load: number): never {
  return fail({
    code: 'outOfRange',
    argument: 'from',
    value: from,
    details: {
      range: `nearer the offered load of ${Math.round(load * 1e4) / 1e4} Erlangs`,
      hint:
        `Rows ${from} … ${to} lie so far below it that their queues of waiting ` +
        `contacts are too long to sum in reasonable time (stopped at ${reached} agents). ` +
        'Start the curve nearer the load, use fewer rows, or leave from and to empty.',
    },
  });
}

function erlangCRow(n: number, load: number, aht: number, target: number, blocking: number) {
  if (load === 0) return { agents: n, stable: true, result: idleQueue('erlangC') };
  if (n <= load) {
    const result: QueueResult = {
      ...idleQueue('erlangC'),
      offeredLoadErlangs: load,
      waitProbability: 1,
      serviceLevel: 0,
      asaSeconds: Infinity,
      occupancy: 1,
    };
    return { agents: n, stable: false, result };
  }
  const wait = erlangCFromB(n, load, blocking);
  return { agents: n, stable: true, result: erlangCMeasures(n, load, aht, target, wait) };
}

function checkRows(fromAgents: number, toAgents: number): void {
  checkQueueNumber('from', fromAgents);
  checkQueueNumber('to', toAgents);
  if (toAgents < fromAgents) {
    fail({
      code: 'outOfRange',
      argument: 'to',
      value: toAgents,
      details: { range: `at least from (${fromAgents})` },
    });
  }
  if (toAgents - fromAgents + 1 > MAX_CURVE_ROWS) {
    fail({
      code: 'outOfRange',
      argument: 'to',
      value: toAgents,
      details: {
        range: `at most ${fromAgents + MAX_CURVE_ROWS - 1}`,
        hint: `A staffing curve has at most ${MAX_CURVE_ROWS} rows; narrow from … to.`,
      },
    });
  }
}
