// LBF staffing functions: thin adapters from Excel arguments to the queueing
// core. Argument bounds live in QUEUE_SPECS (src/core/queueing/queueSpecs.ts).
import { toNumber, toOptionalNumber } from '../core/args';
import {
  agentsRequired,
  evaluateQueue,
  fteFromAgents,
  QUEUE_SPECS,
  staffingCurve,
  type QueueArgument,
  type QueueResult,
} from '../core/queueing';
import { guard, type ExcelErrorValue } from './excelErrors';

/** Service level the default STAFFINGCURVE rows are centred on (80 % in t). */
const CURVE_CENTRE_SERVICE_LEVEL = 0.8;
/** Rows either side of the centre, and the span when one end is given. */
const CURVE_HALF_WIDTH = 5;
const CURVE_HEADER = ['agents', 'service level', 'ASA seconds', 'occupancy', 'abandonment'];

/** ABANDON's patience: required, so the hint does not offer Erlang C. */
const ABANDON_PATIENCE_SPEC = {
  ...QUEUE_SPECS.patienceSeconds,
  hint: 'Write the mean patience in seconds, e.g. 300: ABANDON needs one.',
};

function read(argument: QueueArgument, raw: unknown): number {
  return toNumber(argument, raw, QUEUE_SPECS[argument]);
}

function readOptional(argument: QueueArgument, raw: unknown): number | undefined {
  return toOptionalNumber(argument, raw, QUEUE_SPECS[argument]);
}

function measure(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  agents: unknown,
  extra: { targetSeconds?: unknown; patienceSeconds?: unknown } = {},
): QueueResult {
  return evaluateQueue({
    contactsPerInterval: read('contacts', contacts),
    intervalMinutes: read('intervalMinutes', intervalMinutes),
    ahtSeconds: read('ahtSeconds', ahtSeconds),
    agents: read('agents', agents),
    targetSeconds: readOptional('targetSeconds', extra.targetSeconds),
    patienceSeconds: readOptional('patienceSeconds', extra.patienceSeconds),
  });
}

/**
 * Probability that a contact has to wait (Erlang C, no abandonment).
 * @customfunction ERLANGC
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param agents Agents on the queue (0 or more, 12.5 allowed); must exceed the offered load.
 * @returns Probability of waiting, between 0 and 1.
 */
export function erlangCFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  agents: unknown,
): number | ExcelErrorValue {
  return guard(() => measure(contacts, intervalMinutes, ahtSeconds, agents).waitProbability);
}

/**
 * Share of all offered contacts answered within the target time.
 * @customfunction SERVICELEVEL
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param agents Agents on the queue (0 or more; 12.5 means an average of 12.5).
 * @param targetSeconds Answer-time target in seconds (0 or more), e.g. 20.
 * @param [patienceSeconds] Mean patience in seconds (more than 0); switches Erlang C to Erlang A.
 * @returns Service level, between 0 and 1.
 */
export function serviceLevelFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  agents: unknown,
  targetSeconds: unknown,
  patienceSeconds?: unknown,
): number | ExcelErrorValue {
  return guard(() => {
    const target = read('targetSeconds', targetSeconds);
    return measure(contacts, intervalMinutes, ahtSeconds, agents, {
      targetSeconds: target,
      patienceSeconds,
    }).serviceLevel;
  });
}

/**
 * Average speed of answer: mean wait in seconds over all offered contacts.
 * @customfunction ASA
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param agents Agents on the queue (0 or more; 12.5 means an average of 12.5).
 * @param [patienceSeconds] Mean patience in seconds (more than 0); switches Erlang C to Erlang A.
 * @returns Mean wait in seconds.
 */
export function asaFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  agents: unknown,
  patienceSeconds?: unknown,
): number | ExcelErrorValue {
  return guard(
    () => measure(contacts, intervalMinutes, ahtSeconds, agents, { patienceSeconds }).asaSeconds,
  );
}

/**
 * Share of offered contacts that hang up before an answer (Erlang A).
 * @customfunction ABANDON
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param agents Agents on the queue (0 or more; 12.5 means an average of 12.5).
 * @param patienceSeconds Mean patience in seconds before a waiting contact hangs up (more than 0).
 * @returns Abandonment share, between 0 and 1.
 */
export function abandonFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  agents: unknown,
  patienceSeconds: unknown,
): number | ExcelErrorValue {
  return guard(() => {
    const patience = toNumber('patienceSeconds', patienceSeconds, ABANDON_PATIENCE_SPEC);
    return measure(contacts, intervalMinutes, ahtSeconds, agents, { patienceSeconds: patience })
      .abandonShare;
  });
}

/**
 * Share of agent time spent handling contacts.
 * @customfunction OCCUPANCY
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param agents Agents on the queue (0 or more; 12.5 means an average of 12.5).
 * @param [patienceSeconds] Mean patience in seconds (more than 0); switches Erlang C to Erlang A.
 * @returns Occupancy, between 0 and 1.
 */
export function occupancyFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  agents: unknown,
  patienceSeconds?: unknown,
): number | ExcelErrorValue {
  return guard(
    () => measure(contacts, intervalMinutes, ahtSeconds, agents, { patienceSeconds }).occupancy,
  );
}

/**
 * Smallest whole number of agents that meets every target given.
 * @customfunction AGENTS
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param targetSeconds Answer-time target in seconds (0 or more), e.g. 20.
 * @param serviceLevel Share to answer within the target, 0 to 1: write 0.8 or 80%.
 * @param [maxOccupancy] Highest acceptable occupancy, more than 0 up to 1, e.g. 0.85.
 * @param [patienceSeconds] Mean patience in seconds (more than 0); switches Erlang C to Erlang A.
 * @param [maxAbandon] Highest abandonment share, above 0 up to 1, e.g. 0.05; needs a patience.
 * @returns Agents required (whole number).
 */
export function agentsFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  targetSeconds: unknown,
  serviceLevel: unknown,
  maxOccupancy?: unknown,
  patienceSeconds?: unknown,
  maxAbandon?: unknown,
): number | ExcelErrorValue {
  return guard(
    () =>
      agentsRequired(readLoad(contacts, intervalMinutes, ahtSeconds), {
        targetSeconds: read('targetSeconds', targetSeconds),
        serviceLevel: read('serviceLevel', serviceLevel),
        maxOccupancy: readOptional('maxOccupancy', maxOccupancy),
        patienceSeconds: readOptional('patienceSeconds', patienceSeconds),
        maxAbandonShare: readOptional('maxAbandon', maxAbandon),
      }).agents,
  );
}

function readLoad(contacts: unknown, intervalMinutes: unknown, ahtSeconds: unknown) {
  return {
    contactsPerInterval: read('contacts', contacts),
    intervalMinutes: read('intervalMinutes', intervalMinutes),
    ahtSeconds: read('ahtSeconds', ahtSeconds),
  };
}

/**
 * Table of service level, ASA, occupancy and abandonment for a range of agent counts.
 * @customfunction STAFFINGCURVE
 * @param contacts Contacts offered in one interval (count, 0 or more).
 * @param intervalMinutes Length of the interval in minutes (more than 0), e.g. 30.
 * @param ahtSeconds Average handle time in seconds, talk plus wrap-up (more than 0).
 * @param targetSeconds Answer-time target in seconds (0 or more), e.g. 20.
 * @param [patienceSeconds] Mean patience in seconds (more than 0); switches Erlang C to Erlang A.
 * @param [from] First agent count, whole, 0 or more; default 5 below the count for 80%.
 * @param [to] Last agent count (whole number, at most 999 rows after from); default 5 above.
 * @returns Header, then per agent count: agents, service level, ASA s, occupancy, abandonment.
 */
export function staffingCurveFunction(
  contacts: unknown,
  intervalMinutes: unknown,
  ahtSeconds: unknown,
  targetSeconds: unknown,
  patienceSeconds?: unknown,
  from?: unknown,
  to?: unknown,
): unknown[][] {
  const table = guard(() => {
    const load = readLoad(contacts, intervalMinutes, ahtSeconds);
    const options = {
      targetSeconds: read('targetSeconds', targetSeconds),
      patienceSeconds: readOptional('patienceSeconds', patienceSeconds),
    };
    const [first, last] = curveRange(
      load,
      options,
      readOptional('from', from),
      readOptional('to', to),
    );
    return [CURVE_HEADER, ...staffingCurve(load, options, first, last).map(curveRow)];
  });
  return Array.isArray(table) ? table : [[table]];
}

/** Default rows: the 80 % count ± 5; one end given, the other 10 rows away. */
function curveRange(
  load: ReturnType<typeof readLoad>,
  options: { targetSeconds: number; patienceSeconds?: number },
  from: number | undefined,
  to: number | undefined,
): [number, number] {
  const span = 2 * CURVE_HALF_WIDTH;
  if (from !== undefined && to !== undefined) return [from, to];
  if (from !== undefined) return [from, from + span];
  if (to !== undefined) return [Math.max(0, to - span), to];
  const centre = agentsRequired(load, { ...options, serviceLevel: CURVE_CENTRE_SERVICE_LEVEL });
  return [Math.max(0, centre.agents - CURVE_HALF_WIDTH), centre.agents + CURVE_HALF_WIDTH];
}

function curveRow(row: { agents: number; stable: boolean; result: QueueResult }) {
  const r = row.result;
  const asa = row.stable ? r.asaSeconds : 'unbounded';
  return [row.agents, r.serviceLevel, asa, r.occupancy, r.abandonShare];
}

/**
 * Staff (FTE) to schedule so the agents are there after shrinkage: agents / (1 − shrinkage).
 * @customfunction FTE
 * @param agents Agents needed on the queue (0 or more).
 * @param shrinkage Share of paid time off the queue, 0 up to (not incl.) 1: write 0.3 or 30%.
 * @returns Staff in full-time equivalents.
 */
export function fteFunction(agents: unknown, shrinkage: unknown): number | ExcelErrorValue {
  return guard(() => fteFromAgents(read('agents', agents), read('shrinkage', shrinkage)));
}
