export { compare, parseComparison, COMPARISONS, type Comparison } from './comparison';
export {
  actualNumber,
  checkMetricName,
  evaluateTrigger,
  evaluateTriggers,
  makeTrigger,
  nearestName,
  type Actuals,
  type Trigger,
  type TriggerResult,
  type TriggerStatus,
} from './trigger';
