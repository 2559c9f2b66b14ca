// The weekly support model (MODEL.md sections 2 and 4).
export { project, rampShare, selfServeShare } from './weeklyModel';
export { runScenario, type ScenarioRun } from './runScenario';
export { computeMetrics, type Unavailable } from './metrics';
export { METRICS, METRIC_NAMES, METRIC_BY_NAME } from './metricCatalogue';
export {
  metricKey,
  readMetricList,
  readMetricName,
  readThreshold,
  thresholdSpec,
} from './metricNames';
export type { MetricDef, MetricDirection, MetricName, Metrics } from './metricCatalogue';
export { PROJECTION_COLUMNS, type ProjectionColumn } from './columns';
export { fluidAttainmentShare, fluidMeanWaitHours } from './frt';
export { clearLiveCache } from './live';
export type { Projection, WeekRow } from './types';
