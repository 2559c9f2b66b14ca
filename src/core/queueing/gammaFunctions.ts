/**
 * The two gamma-function pieces the continuous Erlang B needs: Γ(1 + f) for
 * f in [0, 1] and the scaled upper incomplete gamma f·e^a·a^(−f)·Γ(f, a).
 */

/** Lanczos coefficients (g = 7, n = 9), relative error below 1e-15 on [1, 2]. */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/**
 * Γ(1 + f) by the Lanczos approximation (Numerical Recipes 3rd ed., §6.1).
 * @param f a number in [0, 1]
 * @returns Γ(1 + f), between 0.8856 and 1
 * @example gammaOnePlus(0.5) // 0.886226925452758 (√π / 2)
 */
export function gammaOnePlus(f: number): number {
  let series = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) series += LANCZOS[i] / (f + i);
  const t = f + LANCZOS_G + 0.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, f + 0.5) * Math.exp(-t) * series;
}

/** Convergence tolerance of the series and continued fraction (double epsilon). */
const EPSILON = 1e-16;
/** Both expansions converge in well under 200 terms for f in [0, 1]. */
const MAX_TERMS = 500;
/** Lentz's guard against a zero denominator. */
const TINY = 1e-300;

/**
 * f·e^a·a^(−f)·Γ(f, a) for f in [0, 1), a > 0: the term that turns Erlang B at
 * integers into its continuous extension, 1/B(f, a) = 1 + this.
 * Scaled so it neither overflows nor underflows at large a. Below a = f + 1
 * it is Γ(1+f)·e^a·a^(−f) − Σ a^k / ((f+1)…(f+k)) (the lower-gamma series);
 * above, the Legendre continued fraction by Lentz's method (Numerical
 * Recipes §6.2), which converges fast there.
 * @param f fractional servers, in [0, 1)
 * @param a offered load in Erlangs, > 0
 * @example scaledUpperGamma(0.5, 1) // 0.5·e·Γ(0.5, 1) = 0.5 · 2.71828 · 0.27880 ≈ 0.37893
 */
export function scaledUpperGamma(f: number, a: number): number {
  if (f === 0) return 0;
  // The series branch subtracts two numbers near e^a; at f below ~1e-15 the
  // difference is round-off and may dip below 0, where the true value is not.
  return Math.max(0, a < f + 1 ? f * seriesBranch(f, a) : f * continuedFraction(f, a));
}

/** e^a·a^(−f)·Γ(f, a) as (Γ(1+f)·e^a·a^(−f) − Σ a^k/((f+1)…(f+k))) / f. */
function seriesBranch(f: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < MAX_TERMS && term > sum * EPSILON; k += 1) {
    term *= a / (f + k);
    sum += term;
  }
  // Both parts tend to e^a as f → 0: the difference divided by f stays exact
  // enough because the caller multiplies by f again.
  return (gammaOnePlus(f) * Math.exp(a) * Math.pow(a, -f) - sum) / f;
}

/** e^a·a^(−f)·Γ(f, a) = 1/(a+1−f− 1·(1−f)/(a+3−f− 2·(2−f)/(a+5−f− …))). */
function continuedFraction(f: number, a: number): number {
  let b = a + 1 - f;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_TERMS; i += 1) {
    const an = -i * (i - f);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}
