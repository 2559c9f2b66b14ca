import { fail } from '../errors';
import { erlangB } from './erlangB';
import { idleQueue } from './erlangC';
import type { QueueResult } from './types';

/**
 * Erlang A (M/M/n+M): Poisson arrivals, n agents serving at rate μ = 1/AHT,
 * each waiting contact hangs up at rate θ = 1/patience. The exact
 * birth–death chain, solved in units of one AHT (μ = 1, λ = A).
 *
 * Stationary law (Palm 1943; Garnett, Mandelbaum & Reiman 2002, "Designing
 * a call center with impatient customers", MSOM 4(3); Mandelbaum & Zeltyn,
 * "The M/M/n+G queue: summary of performance measures", Technion notes):
 * states up to n agree with the loss system, so Σ_{k≤n} π_k = π_n / B(n, A)
 * with B Erlang B, and above n, π_{n+m} = π_n·w_m, w_m = Π_{i=1..m} A/(n + iθ).
 * Hence π_n = 1 / (1/B − 1 + Σ_{m≥0} w_m),
 *   P(wait) = π_n·Σ w_m,  E[queue] = π_n·Σ m·w_m,
 *   abandonment = θ·E[queue] / A,  ASA = E[queue] / λ (Little),
 *   occupancy = A·(1 − abandonment) / n.
 *
 * Service level over ALL offered contacts (abandoned ones count as not
 * answered). A contact that finds every agent busy and m − 1 waiting would be
 * answered after V = Σ_{i=0..m−1} Exp(n + iθ) (each exit ahead of it is a
 * service or an abandonment) and is answered iff its patience τ ≥ V, so
 * P(answered within t) = E[e^(−θV); V ≤ t]. Comparing Laplace transforms,
 * e^(−θv)·f_V(v) = n/(n + mθ) · density of T_m = Σ_{i=1..m} Exp(n + iθ); and
 * E[e^(−s·T_m)] = Π_{i=1..m} (x+i)/(x+i+s/θ) (x = n/θ) is E[U^(s/θ)] for
 * U ~ Beta(x + 1, m), so e^(−θ·T_m) ~ Beta(x + 1, m) and
 * P(T_m ≤ t) = P(U ≥ z) = 1 − I_z(x + 1, m), z = e^(−θt).
 * With PASTA and π_{n+m−1}·n/(n + mθ) = π_{n+m}·n/A:
 *   SL = 1 − P(wait) + (n/A)·π_n·Σ_{m≥1} w_m·(1 − I_z(x + 1, m)),
 * where I_z(α, m) = Σ_{k<m} C(α+k−1, k)·z^α·(1−z)^k (negative binomial CDF),
 * summed alongside w_m. As θ → 0, T_m → Gamma(m, n) and SL → Erlang C's.
 *
 * Numerics: w_m is scaled so its largest term is 1 (no overflow in overload,
 * where w_m climbs until m ≈ (A − n)/θ); the chain ends when the rest can
 * change no measure by 1e-17 of the sum, abandonment's θ·E[queue] included
 * (see `tailNegligible`). z^α underflows at large n, so the negative binomial terms carry
 * a separate log scale. Cost is linear in the number of queue states kept.
 */

/** Relative size below which the queue-length tail is dropped. */
const TAIL_TOLERANCE = 1e-17;
/** Queue states kept at most (32 MB of scratch); past this the answer is refused. */
export const MAX_QUEUE_STATES = 4_000_000;
/** Below-peak weights under this are tested for dropping (1 is the peak's weight). */
const LOW_WEIGHT = 1e-30;
/** Share of the queue weight past which the answered-in-time sum stops. */
const ANSWERED_TOLERANCE = 1e-15;
/** Rescale the negative binomial terms before they leave double range. */
const RESCALE_ABOVE = 1e100;

let scratch = new Float64Array(1024);

/** Inputs of one Erlang A evaluation, in seconds and Erlangs. */
export interface ErlangAInput {
  agents: number;
  loadErlangs: number;
  ahtSeconds: number;
  patienceSeconds: number;
  targetSeconds: number;
  /** Erlang B(agents, load) when the caller already has it. */
  blocking?: number;
  /**
   * Work counter for callers that bound their total cost (a staffing curve): erlangA
   * adds the queue states its loops visited, a proxy for time (~10–20 ns each).
   */
  work?: { states: number };
}

/**
 * Erlang A measures for one interval (see the file comment for the formulas).
 * @param input agents ≥ 0 (fractional allowed), load ≥ 0 Erlangs, AHT > 0 s,
 *   patience > 0 s, target ≥ 0 s
 * @returns the queue measures; every share is of all offered contacts
 * @example erlangA({ agents: 14, loadErlangs: 10, ahtSeconds: 180,
 *   patienceSeconds: 300, targetSeconds: 20 }).abandonShare // 0.013984
 */
export function erlangA(input: ErlangAInput): QueueResult {
  const { agents, loadErlangs, ahtSeconds } = input;
  if (loadErlangs === 0) return idleQueue('erlangA');
  const theta = ahtSeconds / input.patienceSeconds;
  const blocking = input.blocking ?? erlangB(agents, loadErlangs);
  const states = queueWeights(agents, loadErlangs, theta, blocking);
  if (states === undefined) return failQueueTooLong(input);
  const lowestWeight = states.lowest > 0 ? 0 : scratch[0];
  const idleWeight = lowestWeight === 0 ? 0 : lowestWeight * (1 / blocking - 1);
  const norm = idleWeight + states.sum;
  const waitProbability = states.sum / norm;
  // E[queue] / A, kept free of a division by A so tiny loads cannot give 0/0.
  const queuePerLoad = states.momentPerLoad / norm;
  const abandonShare = Math.min(1, theta * queuePerLoad);
  const targetAhts = input.targetSeconds / ahtSeconds;
  const answered = answeredWithin(agents, theta, targetAhts, states);
  if (input.work) input.work.states += states.visited + answered.steps;
  const answeredAfterWait = answered.weight / norm;
  return {
    model: 'erlangA',
    offeredLoadErlangs: loadErlangs,
    waitProbability,
    serviceLevel: clampShare(1 - waitProbability + answeredAfterWait),
    asaSeconds: queuePerLoad * ahtSeconds,
    occupancy: agents === 0 ? 0 : Math.min(1, (loadErlangs * (1 - abandonShare)) / agents),
    abandonShare,
  };
}

/** Refuses a queue longer than `MAX_QUEUE_STATES`, naming the load, agents and patience. */
function failQueueTooLong(input: ErlangAInput): never {
  return fail({
    code: 'queueTooLong',
    argument: 'patienceSeconds',
    value: input.patienceSeconds,
    details: {
      load: Math.round(input.loadErlangs * 1e4) / 1e4,
      agents: input.agents,
      maxStates: MAX_QUEUE_STATES,
    },
  });
}

function clampShare(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Fills scratch[lowest..count−1] with w_m / max w (m = number waiting; states below
 * `lowest` are negligible and read as 0) and returns, on that scale, Σ w_m and
 * Σ m·w_m / A = Σ m·w_(m−1) / (n + mθ); undefined when the chain would need more than
 * `MAX_QUEUE_STATES` states.
 */
function queueWeights(agents: number, load: number, theta: number, blocking: number) {
  const peak = load > agents ? Math.floor((load - agents) / theta) : 0;
  if (!ensureScratch(peak + 2)) return undefined;
  scratch[peak] = 1;
  let sum = 1;
  let momentPerLoad = 0;
  let lowest = 0;
  for (let m = peak; m > 0; m -= 1) {
    const rate = agents + m * theta;
    const weight = (scratch[m] * rate) / load;
    if (
      weight < LOW_WEIGHT &&
      lowerStatesNegligible(weight, m - 1, agents, load, theta, blocking)
    ) {
      // Deep overload: the states left below are 0 to 1e-17 of the sum. Stopping here also
      // avoids crawling through subnormal numbers, which are slow and stop shrinking.
      lowest = m; // scratch below `lowest` is stale: read as 0
      break;
    }
    scratch[m - 1] = weight;
    sum += weight;
    momentPerLoad += (m * scratch[m - 1]) / rate;
  }
  let m = peak;
  for (;;) {
    const rate = agents + (m + 1) * theta;
    const ratio = load / rate;
    // w_m < 1e-17·Σw is necessary for the bound, and cheap to test first.
    const small = scratch[m] < TAIL_TOLERANCE * sum;
    if (small && ratio < 1 && tailNegligible(scratch[m], m, ratio, sum)) break;
    if (!ensureScratch(m + 2)) return undefined;
    scratch[m + 1] = scratch[m] * ratio;
    momentPerLoad += ((m + 1) * scratch[m]) / rate;
    m += 1;
    sum += scratch[m];
  }
  return { sum, momentPerLoad, count: m + 1, lowest, visited: m + 1 - lowest };
}

/**
 * True when the states past m (w_(k+1) ≤ w_k·r for k ≥ m, r = A/(n + (m+1)θ) < 1) change
 * no measure by 1e-17 of the sum: Σ_(k>m) w_k ≤ w_m·r/(1 − r); E[queue]/A's tail
 * ≤ w_m·(m+1)·r/(1 − r)²; and abandonment's tail θ·Σ_(k>m) k·w_(k−1)/(n + kθ) ≤ Σ_(k≥m) w_k
 * ≤ w_m/(1 − r), since θk/(n + kθ) ≤ 1. The last one matters when θ is huge (patience
 * ≪ AHT): then w_1 is tiny but θ·w_1 is not, and the loss system's B(n, A) is the answer.
 */
function tailNegligible(last: number, m: number, ratio: number, sum: number): boolean {
  const geometric = last / (1 - ratio);
  const moment = (geometric * (m + 1) * ratio) / (1 - ratio);
  return Math.max(geometric, moment) < TAIL_TOLERANCE * sum;
}

/**
 * True when the queue states 0 … k (w_k = `weight`, below the peak) and the idle states
 * can be dropped: going down, w_(j−1)/w_j = (n + jθ)/A ≤ r = (n + kθ)/A < 1, so
 * Σ_(j≤k) w_j ≤ w_k/(1 − r); the idle states weigh w_0·(1/B − 1) ≤ w_k/B; each adds at
 * most k + 1 times its weight to a moment. The peak weighs 1, so the sum is ≥ 1.
 */
function lowerStatesNegligible(
  weight: number,
  k: number,
  agents: number,
  load: number,
  theta: number,
  blocking: number,
): boolean {
  const r = (agents + k * theta) / load;
  return r < 1 && weight * (k + 1) * (1 / (1 - r) + 1 / blocking) < TAIL_TOLERANCE;
}

/** Grows the scratch to `size` states; false past `MAX_QUEUE_STATES`. */
function ensureScratch(size: number): boolean {
  if (size > MAX_QUEUE_STATES) return false;
  if (size <= scratch.length) return true;
  const grown = new Float64Array(Math.min(MAX_QUEUE_STATES, Math.max(size, 2 * scratch.length)));
  grown.set(scratch);
  scratch = grown;
  return true;
}

/**
 * (n/A)·Σ_{m≥1} w_m·(1 − I_z(n/θ + 1, m)) on the scale of `queueWeights`,
 * written as Σ w_(m−1)·n/(n + mθ)·(1 − I) so no division by A: the weight of
 * queue states whose newcomer is answered within t (in AHTs).
 */
function answeredWithin(
  agents: number,
  theta: number,
  targetAhts: number,
  states: { count: number; lowest: number },
) {
  const { count, lowest } = states;
  if (targetAhts === 0) return { weight: 0, steps: 0 };
  const alpha = agents / theta + 1;
  const oneMinusZ = -Math.expm1(-theta * targetAhts);
  // nb_k = scale·factor with factor = e^logScale; nb_0 = z^α = e^(−(n+θ)t).
  let logScale = -(agents + theta) * targetAhts;
  let factor = Math.exp(logScale);
  let scale = 1;
  let cdf = 0;
  let answered = 0;
  let m = 1;
  for (; m < count; m += 1) {
    cdf += scale * factor;
    // cdf only rises: the states left add at most (1 − cdf)·Σw, below 1e-15 of the sum.
    if (cdf > 1 - ANSWERED_TOLERANCE) break;
    const weight = m - 1 < lowest ? 0 : scratch[m - 1];
    answered += ((weight * agents) / (agents + m * theta)) * Math.max(0, 1 - cdf);
    const growth = ((alpha + m - 1) * oneMinusZ) / m; // nb_m / nb_(m−1), falling in m
    scale *= growth;
    if (scale > RESCALE_ABOVE) {
      logScale += Math.log(scale);
      factor = Math.exp(logScale);
      scale = 1;
    }
    // Past the mode Σ_(k≥m) nb_k ≤ nb_m/(1 − growth) bounds every 1 − cdf still to come
    // (the cdf test above can stall just under 1 by rounding).
    if (growth < 1 && scale * factor < ANSWERED_TOLERANCE * (1 - growth)) break;
  }
  return { weight: answered, steps: m };
}
