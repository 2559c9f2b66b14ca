// The queueing core: Erlang B, C and A, the agents-required solver and FTE.
export { agentsRequired, maxAgentsSearched } from './agentsRequired';
export { erlangA, MAX_QUEUE_STATES, type ErlangAInput } from './erlangA';
export { erlangB } from './erlangB';
export { erlangC } from './erlangC';
export { evaluateQueue } from './evaluateQueue';
export { fteFromAgents } from './fte';
export { MAX_LOAD_ERLANGS, QUEUE_SPECS, type QueueArgument } from './queueSpecs';
export { MAX_CURVE_ROWS, staffingCurve, type StaffingCurveRow } from './staffingCurve';
export {
  offeredLoadErlangs,
  type BindingTarget,
  type QueueInput,
  type QueueLoad,
  type QueueResult,
  type StaffingAnswer,
  type StaffingTargets,
} from './types';
