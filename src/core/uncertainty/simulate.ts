import { mulberry32 } from './random';
import { triangularQuantile, type Triangle } from './triangular';
import { describeFailure, tallyFailure, type FailureTally } from './failures';

/** One parameter drawn from its triangle (Low, Value, High), canonical unit. */
export interface UncertainParameter {
  name: string;
  triangle: Triangle;
  /** Round each draw to a whole number (counts such as weeks). */
  integer?: boolean;
}

/** The drawn value of every uncertain parameter for one draw. */
export type DrawValues = Record<string, number>;

/** Metric values of one model run; null means "not defined for this run". */
export type MetricValues = Readonly<Record<string, number | boolean | null | undefined>>;

/** Runs the model on one draw; may throw when the draw has no answer. */
export type Evaluate = (draw: DrawValues, drawIndex: number) => MetricValues;

export interface SimulationSpec {
  parameters: readonly UncertainParameter[];
  /** Number of draws, ≥ 1 (callers bound it; see MAX_DRAWS). */
  draws: number;
  /** Seed of the mulberry32 stream. */
  seed: number;
  /** Metrics to keep from each run. */
  metrics: readonly string[];
  /** Draws per batch between progress reports (default 100). */
  batchSize?: number;
}

/** The kept values of one metric. */
export interface MetricSample {
  /** Values of the draws where the metric was defined (TRUE/FALSE as 1/0). */
  values: number[];
  /** Draws where the model failed or the metric was null. */
  missing: number;
}

export interface SimulationResult {
  /** Draws asked for. */
  draws: number;
  /** Draws run (fewer than `draws` only when cancelled). */
  completedDraws: number;
  cancelled: boolean;
  samples: Record<string, MetricSample>;
  /** Draws where the model threw, grouped by message. */
  failures: FailureTally[];
}

export interface SimulationProgress {
  completedDraws: number;
  draws: number;
}

/** Draws per batch when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * Draws every uncertain parameter once, in the order given, one uniform each
 * (also for Low = High, so widening one range does not shift the others'
 * streams).
 * @param parameters the parameters with their triangles
 * @param next the seeded uniform source
 * @returns drawn values by parameter name, canonical units
 * @example drawOnce([{ name: 'x', triangle: { low: 1, mode: 1, high: 1 } }], () => 0.5) // { x: 1 }
 */
export function drawOnce(
  parameters: readonly UncertainParameter[],
  next: () => number,
): DrawValues {
  const draw: DrawValues = {};
  for (const parameter of parameters) {
    const value = triangularQuantile(parameter.triangle, next());
    draw[parameter.name] = parameter.integer ? Math.round(value) : value;
  }
  return draw;
}

/**
 * The simulation as a generator: runs one batch per step and yields progress,
 * so a task pane can repaint and cancel between batches; returns the result.
 * Same seed, same parameters: same draws, whatever the batch size.
 * @param spec parameters, draw count, seed, metrics to keep, batch size
 * @param evaluate runs the model on one draw
 * @returns a generator yielding progress and returning the result
 * @example
 * const steps = simulationSteps({ parameters: [], draws: 2, seed: 1, metrics: ['m'] },
 *   () => ({ m: 3 }));
 * // steps.next() → { done: false, value: { completedDraws: 2, draws: 2 } }
 */
export function* simulationSteps(
  spec: SimulationSpec,
  evaluate: Evaluate,
): Generator<SimulationProgress, SimulationResult, boolean | undefined> {
  const next = mulberry32(spec.seed);
  const batchSize = Math.max(1, Math.floor(spec.batchSize ?? DEFAULT_BATCH_SIZE));
  const result = emptyResult(spec);
  while (result.completedDraws < spec.draws) {
    const end = Math.min(spec.draws, result.completedDraws + batchSize);
    for (let index = result.completedDraws; index < end; index += 1) {
      runDraw(spec, evaluate, drawOnce(spec.parameters, next), index, result);
    }
    result.completedDraws = end;
    const stop = yield { completedDraws: end, draws: spec.draws };
    if (stop && end < spec.draws) return { ...result, cancelled: true };
  }
  return result;
}

function emptyResult(spec: SimulationSpec): SimulationResult {
  const samples: Record<string, MetricSample> = {};
  for (const metric of spec.metrics) samples[metric] = { values: [], missing: 0 };
  return { draws: spec.draws, completedDraws: 0, cancelled: false, samples, failures: [] };
}

function runDraw(
  spec: SimulationSpec,
  evaluate: Evaluate,
  draw: DrawValues,
  index: number,
  result: SimulationResult,
): void {
  let metrics: MetricValues;
  try {
    metrics = evaluate(draw, index);
  } catch (e) {
    tallyFailure(result.failures, describeFailure(e), index);
    for (const metric of spec.metrics) result.samples[metric].missing += 1;
    return;
  }
  for (const metric of spec.metrics) {
    const raw = metrics[metric];
    const value = typeof raw === 'boolean' ? Number(raw) : raw;
    if (typeof value === 'number' && Number.isFinite(value)) {
      result.samples[metric].values.push(value);
    } else {
      result.samples[metric].missing += 1;
    }
  }
}

/**
 * Runs the whole simulation at once: the synchronous convenience for custom
 * functions, whose runtime cannot show progress anyway.
 * @param spec parameters, draw count, seed, metrics to keep
 * @param evaluate runs the model on one draw
 * @returns every kept metric value and the failures
 * @example simulate({ parameters: [], draws: 3, seed: 1, metrics: ['m'] }, () => ({ m: 1 }))
 *   .samples.m.values // [1, 1, 1]
 */
export function simulate(spec: SimulationSpec, evaluate: Evaluate): SimulationResult {
  const steps = simulationSteps(spec, evaluate);
  for (;;) {
    const step = steps.next(false);
    if (step.done) return step.value;
  }
}

export interface AsyncSimulationOptions {
  onProgress?: (progress: SimulationProgress) => void;
  /** An AbortSignal or anything with `aborted`; checked between batches. */
  signal?: { readonly aborted: boolean };
  /** Awaited between batches; the default yields one macrotask so a UI can repaint. */
  pause?: () => Promise<void>;
}

/**
 * Runs the simulation batch by batch, reporting progress and stopping early
 * (with `cancelled: true` and the draws so far) when the signal is aborted.
 * @param spec parameters, draw count, seed, metrics to keep, batch size
 * @param evaluate runs the model on one draw
 * @param options progress callback, abort signal, pause between batches
 * @returns the same result `simulate` gives, or a partial one when cancelled
 * @example await simulateAsync(spec, evaluate, { onProgress: (p) => bar(p.completedDraws) })
 */
export async function simulateAsync(
  spec: SimulationSpec,
  evaluate: Evaluate,
  options: AsyncSimulationOptions = {},
): Promise<SimulationResult> {
  const pause = options.pause ?? nextMacrotask;
  if (options.signal?.aborted) return { ...emptyResult(spec), cancelled: true };
  const steps = simulationSteps(spec, evaluate);
  let step = steps.next(false);
  while (!step.done) {
    options.onProgress?.(step.value);
    await pause();
    step = steps.next(options.signal?.aborted ?? false);
  }
  return step.value;
}

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
