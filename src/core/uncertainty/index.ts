// Uncertainty (MODEL.md section 5): seeded draws, confidence, ranges, break-even.
export { mulberry32, type UniformSource } from './random';
export { checkTriangle, triangularMean, triangularQuantile, type Triangle } from './triangular';
export { percentiles, percentileSorted } from './percentile';
export {
  confidenceOf,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  MAX_DRAWS,
  rangeOf,
  type Confidence,
  type MetricRange,
} from './confidence';
export { failedDraws, type FailureTally } from './failures';
export {
  DEFAULT_BATCH_SIZE,
  drawOnce,
  simulate,
  simulateAsync,
  simulationSteps,
  type AsyncSimulationOptions,
  type DrawValues,
  type Evaluate,
  type MetricSample,
  type MetricValues,
  type SimulationProgress,
  type SimulationResult,
  type SimulationSpec,
  type UncertainParameter,
} from './simulate';
export {
  BREAK_EVEN_GRID_POINTS,
  BREAK_EVEN_TOLERANCE_SHARE,
  findBreakEven,
  type BreakEven,
  type BreakEvenProblem,
  type Response,
} from './breakEven';
export {
  checkModelMetric,
  scenarioEvaluator,
  scenarioWith,
  uncertainParameters,
  type ScenarioSource,
} from './scenarioDraws';
export {
  completeProbability,
  completeRange,
  DRAWS_SPEC,
  scenarioBreakEven,
  scenarioConfidence,
  scenarioRange,
  SEED_SPEC,
  simulateScenarioAsync,
  type DrawSettings,
  type Report,
} from './scenarioUncertainty';
