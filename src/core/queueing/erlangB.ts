import { scaledUpperGamma } from './gammaFunctions';

/**
 * Erlang B, the blocking probability of n servers offered A Erlangs with no
 * queue, by the stable recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))
 * (every step is a ratio in [0, 1], so nothing overflows at 10,000+ servers;
 * factorials or powers would). Fractional servers n = k + f use the
 * continuous extension B(x, A) = A^x·e^(−A) / Γ(x + 1, A) (Jagerman 1974,
 * "Some properties of the Erlang loss function", Bell Syst. Tech. J. 53):
 * B(f, A) comes from the incomplete gamma function and the same recursion
 * climbs from f to n, so the result agrees with the integer recursion, is
 * continuous and falls monotonically as n rises.
 * @param servers servers (agents, lines), ≥ 0, fractional allowed
 * @param loadErlangs offered load in Erlangs, ≥ 0
 * @returns blocking probability, in [0, 1]
 * @example erlangB(2, 1) // 0.2
 */
export function erlangB(servers: number, loadErlangs: number): number {
  if (loadErlangs === 0) return servers === 0 ? 1 : 0;
  const whole = Math.floor(servers);
  const fraction = servers - whole;
  let blocking = erlangBFraction(fraction, loadErlangs);
  for (let k = 1; k <= whole; k += 1) {
    const carried = loadErlangs * blocking;
    blocking = carried / (fraction + k + carried);
  }
  return blocking;
}

/**
 * Erlang B at the fractional part f in [0, 1): 1 / (1 + f·e^A·A^(−f)·Γ(f, A)),
 * which is 1 at f = 0 and joins B(1, A) = A / (1 + A) at f = 1.
 * @param fraction fractional servers, in [0, 1)
 * @param loadErlangs offered load in Erlangs, > 0
 * @returns blocking probability, in (0, 1]
 * @example erlangBFraction(0, 3) // 1
 */
export function erlangBFraction(fraction: number, loadErlangs: number): number {
  return 1 / (1 + scaledUpperGamma(fraction, loadErlangs));
}

/**
 * One step of the recursion: B(n + 1) from B(n), for solvers that raise the
 * agent count one at a time.
 * @param serversBefore n, servers before the step, ≥ 0
 * @param loadErlangs offered load in Erlangs, ≥ 0
 * @param blocking B(n, A)
 * @returns B(n + 1, A)
 * @example erlangBStep(1, 1, 0.5) // B(2, 1) = 0.2
 */
export function erlangBStep(serversBefore: number, loadErlangs: number, blocking: number): number {
  const carried = loadErlangs * blocking;
  return carried / (serversBefore + 1 + carried);
}
