import { fail } from '../errors';

/** Points sampled across the range before bisecting, ends included. */
export const BREAK_EVEN_GRID_POINTS = 21;
/**
 * Bisection stops when the bracket is this share of the range wide, so the
 * answer is within ±0.5e-9 × (high − low) of the crossing: far below any
 * input precision, and reached in about 26 halvings of one grid cell.
 */
export const BREAK_EVEN_TOLERANCE_SHARE = 1e-9;
/** Reversals smaller than this share of the metric's size are rounding noise. */
const MONOTONE_NOISE_SHARE = 1e-9;

/** The metric as a function of the parameter; may throw when it has no value. */
export type Response = (parameterValue: number) => number;

export interface BreakEvenProblem {
  parameter: string;
  metric: string;
  /** Range searched, in the parameter's canonical unit, low ≤ high. */
  low: number;
  high: number;
  /** In the metric's unit. */
  threshold: number;
}

export interface BreakEven {
  /** The parameter's value where the metric reaches the threshold. */
  value: number;
  /** Bracket the crossing lies in: width ≤ tolerance × (high − low). */
  bracket: [number, number];
  direction: 'rising' | 'falling';
  /** Model runs used (grid plus bisection). */
  evaluations: number;
}

/**
 * Finds the parameter value at which a metric crosses a threshold. A grid of
 * 21 points first checks the response is monotone and brackets the crossing
 * (so a U-shaped response is reported, not half-solved); bisection then
 * narrows the bracket to 1e-9 of the range. The break-even is the first
 * value, going up from `low`, at which the metric reaches the threshold.
 * Throws `LbfError` kind `na` with the reason when the response is not
 * monotone, does not change, cannot be evaluated, or never reaches the threshold.
 * @param problem parameter and metric names, range [low, high], threshold
 * @param response the metric at a given parameter value
 * @returns the break-even value with its bracket and the direction of the response
 * @example
 * findBreakEven({ parameter: 'x', metric: 'y', low: 0, high: 10, threshold: 7 },
 *   (x) => 2 * x + 1).value // 3 (within 1e-8)
 */
export function findBreakEven(problem: BreakEvenProblem, response: Response): BreakEven {
  checkRange(problem);
  const xs = gridPoints(problem.low, problem.high);
  const ys = xs.map((x) => evaluateAt(problem, response, x));
  const direction = monotoneDirection(problem, xs, ys);
  const sign = direction === 'rising' ? 1 : -1;
  const past = (y: number) => sign * (y - problem.threshold) >= 0;
  if (past(ys[0])) {
    if (ys[0] === problem.threshold) return exact(problem.low, direction, xs.length);
    return noCrossing(problem, ys[0], ys[ys.length - 1]);
  }
  const cell = ys.findIndex(past);
  if (cell < 0) return noCrossing(problem, ys[0], ys[ys.length - 1]);
  return bisect(problem, response, [xs[cell - 1], xs[cell]], past, direction, xs.length);
}

function checkRange(problem: BreakEvenProblem): void {
  const { low, high, parameter } = problem;
  if (!Number.isFinite(low) || !Number.isFinite(high) || low >= high) {
    fail({
      code: 'outOfRange',
      argument: `${parameter} range`,
      value: `${low} to ${high}`,
      details: {
        range: 'two finite numbers with low < high',
        hint: 'Give the parameter Low and High in the table, or low and high arguments.',
      },
    });
  }
}

function gridPoints(low: number, high: number): number[] {
  const steps = BREAK_EVEN_GRID_POINTS - 1;
  return Array.from({ length: BREAK_EVEN_GRID_POINTS }, (_, i) =>
    i === steps ? high : low + ((high - low) * i) / steps,
  );
}

function evaluateAt(problem: BreakEvenProblem, response: Response, x: number): number {
  const n = numberText(problem);
  let y: number;
  try {
    y = response(x);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return reason(
      problem,
      `the model has no answer at ${problem.parameter} = ${n(x)} ` + `(${why}). Narrow the range.`,
    );
  }
  if (!Number.isFinite(y)) {
    return reason(problem, `${problem.metric} is not defined at ${problem.parameter} = ${n(x)}.`);
  }
  return y;
}

function monotoneDirection(
  problem: BreakEvenProblem,
  xs: number[],
  ys: number[],
): 'rising' | 'falling' {
  const n = numberText(problem);
  const first = ys[0];
  const last = ys[ys.length - 1];
  const noise = MONOTONE_NOISE_SHARE * Math.max(...ys.map(Math.abs), 1e-300);
  if (Math.abs(last - first) <= noise) {
    reason(
      problem,
      `${problem.metric} stays at ${n(first)} for ${problem.parameter} from ` +
        `${n(problem.low)} to ${n(problem.high)}, so no value of it crosses ` +
        `${n(problem.threshold)}.`,
    );
  }
  const sign = last > first ? 1 : -1;
  for (let i = 1; i < ys.length; i += 1) {
    if (sign * (ys[i] - ys[i - 1]) < -noise) notMonotone(problem, xs, ys, i, sign);
  }
  return sign > 0 ? 'rising' : 'falling';
}

function notMonotone(
  problem: BreakEvenProblem,
  xs: number[],
  ys: number[],
  i: number,
  sign: number,
): never {
  const n = numberText(problem);
  const [way, back] = sign > 0 ? ['rises', 'falls'] : ['falls', 'rises'];
  return reason(
    problem,
    `${problem.metric} is not monotone in ${problem.parameter} from ` +
      `${n(problem.low)} to ${n(problem.high)}: it ${way} overall but ${back} from ` +
      `${n(ys[i - 1])} at ${n(xs[i - 1])} to ${n(ys[i])} at ${n(xs[i])}. ` +
      'Give low and high around one crossing.',
  );
}

function noCrossing(problem: BreakEvenProblem, atLow: number, atHigh: number): never {
  const n = numberText(problem);
  return reason(
    problem,
    `${problem.metric} runs from ${n(atLow)} at ` +
      `${problem.parameter} = ${n(problem.low)} to ${n(atHigh)} at ` +
      `${n(problem.high)} and does not cross ${n(problem.threshold)} in that range.`,
  );
}

function bisect(
  problem: BreakEvenProblem,
  response: Response,
  start: [number, number],
  past: (y: number) => boolean,
  direction: 'rising' | 'falling',
  gridEvaluations: number,
): BreakEven {
  let [before, after] = start;
  const tolerance = BREAK_EVEN_TOLERANCE_SHARE * (problem.high - problem.low);
  let evaluations = gridEvaluations;
  // Bounded: each pass halves a cell of 1/20 of the range, so ~26 passes.
  while (after - before > tolerance) {
    const middle = before + (after - before) / 2;
    if (middle <= before || middle >= after) break;
    evaluations += 1;
    if (past(evaluateAt(problem, response, middle))) after = middle;
    else before = middle;
  }
  return { value: before + (after - before) / 2, bracket: [before, after], direction, evaluations };
}

function exact(value: number, direction: 'rising' | 'falling', evaluations: number): BreakEven {
  return { value, bracket: [value, value], direction, evaluations };
}

function reason(problem: BreakEvenProblem, text: string): never {
  return fail(
    {
      code: 'noSolution',
      argument: `Break-even of ${problem.metric} in ${problem.parameter}`,
      details: { reason: text },
    },
    'na',
  );
}

/** Significant digits numbers in messages get, at least. */
const MESSAGE_DIGITS = 6;

/**
 * The fewest significant digits (6 to 17) at which low and high print
 * differently, so a narrow range never reads "from 12 to 12".
 */
function digitsFor(low: number, high: number): number {
  for (let p = MESSAGE_DIGITS; p < 17; p += 1) {
    if (Number(low.toPrecision(p)) !== Number(high.toPrecision(p))) return p;
  }
  return 17;
}

/**
 * A number printer for one problem's messages: enough significant digits to
 * tell its low from its high.
 */
function numberText(problem: BreakEvenProblem): (x: number) => string {
  const digits = digitsFor(problem.low, problem.high);
  return (x) => String(Number(x.toPrecision(digits)));
}
