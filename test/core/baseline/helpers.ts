import { LbfError } from '../../../src/core/errors';

/** The LbfError a call throws; fails the test when it does not throw one. */
export function errorOf(f: () => unknown): LbfError {
  try {
    f();
  } catch (e) {
    if (e instanceof LbfError) return e;
    throw e;
  }
  throw new Error('expected an LbfError');
}

/** Wall-clock minutes of a calendar time, by Date.UTC (the reference route). */
export function at(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) / 60000;
}
