import { LbfError } from '../../../src/core/errors';

/** Runs `f` and returns the LbfError it throws (fails the test otherwise). */
export function errorOf(f: () => unknown): LbfError {
  try {
    f();
  } catch (e) {
    if (e instanceof LbfError) return e;
    throw e;
  }
  throw new Error('expected an LbfError, but nothing was thrown');
}

/** The three parameters every scenario needs, as table rows. */
export const REQUIRED_ROWS: unknown[][] = [
  ['tickets_per_week', 1000],
  ['ticket_aht_minutes', 12],
  ['inhouse_fte', 10],
];
