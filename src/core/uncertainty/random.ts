/**
 * A seeded pseudo-random generator that gives the same numbers on every
 * platform: mulberry32 (Tommy Ettinger, 2017, public domain; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * It uses only 32-bit integer arithmetic (`Math.imul`, shifts, xor), which
 * JavaScript defines exactly, so no floating-point rounding can differ
 * between engines. The period is 2^32, ample for 100,000 draws of a few
 * dozen parameters.
 */

/** 2^32: turns an unsigned 32-bit integer into a share in [0, 1). */
const TWO_POW_32 = 4294967296;
/** Weyl-sequence increment of mulberry32. */
const WEYL_INCREMENT = 0x6d2b79f5;

/** A generator of shares in [0, 1). */
export type UniformSource = () => number;

/**
 * Makes a mulberry32 generator from a seed.
 * @param seed any finite number; it is reduced to 32 bits (`seed | 0` after
 *   truncation), so 1 and 2^32 + 1 give the same stream
 * @returns a function returning the next share in [0, 1), multiples of 2^-32
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): UniformSource {
  let state = Math.trunc(seed) | 0;
  return () => {
    state = (state + WEYL_INCREMENT) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  };
}
