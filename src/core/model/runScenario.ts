import type { Scenario } from '../params';
import type { Metrics } from './metricCatalogue';
import { computeMetrics, type Unavailable } from './metrics';
import type { Projection } from './types';
import { project } from './weeklyModel';

/** A scenario's projection, metrics and why any metric is not defined. */
export interface ScenarioRun {
  projection: Projection;
  metrics: Metrics;
  unavailable: Unavailable;
}

/**
 * Projects a scenario and computes its metrics (MODEL.md sections 2 and 4).
 * Pure and fast (live staffing solves are memoised), so uncertainty can call
 * it once per draw.
 * @param scenario from `scenarioFromTable`
 * @returns projection, metrics (null = not defined) and the reasons
 * @example runScenario(scenario).metrics.backlog_end // tickets after the last week
 */
export function runScenario(scenario: Scenario): ScenarioRun {
  const projection = project(scenario);
  return { projection, ...computeMetrics(scenario, projection) };
}
