/** Draws the model could not evaluate, grouped by the reason it gave. */
export interface FailureTally {
  reason: string;
  count: number;
  /** Zero-based index of the first draw that failed this way. */
  firstDraw: number;
}

/** Groups of failures kept at most; the rest are counted under "other". */
const MAX_FAILURE_GROUPS = 20;
const OTHER_REASONS = 'other reasons';

/**
 * The reason a model run failed, as the analyst should read it.
 * @param e what the model threw
 * @returns its message
 * @example describeFailure(new Error('FRT is unbounded')) // 'FRT is unbounded'
 */
export function describeFailure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Counts one failed draw under its reason (in place).
 * @param tallies the groups so far, first failure first
 * @param reason the message the model gave
 * @param drawIndex zero-based index of the draw
 * @example tallyFailure([], 'x', 3) // [{ reason: 'x', count: 1, firstDraw: 3 }]
 */
export function tallyFailure(
  tallies: FailureTally[],
  reason: string,
  drawIndex: number,
): FailureTally[] {
  const full = tallies.length >= MAX_FAILURE_GROUPS;
  const key = full && !tallies.some((t) => t.reason === reason) ? OTHER_REASONS : reason;
  const found = tallies.find((t) => t.reason === key);
  if (found) found.count += 1;
  else tallies.push({ reason: key, count: 1, firstDraw: drawIndex });
  return tallies;
}

/**
 * Total draws that failed.
 * @param tallies the groups
 * @returns the count
 * @example failedDraws([{ reason: 'x', count: 2, firstDraw: 0 }]) // 2
 */
export function failedDraws(tallies: readonly FailureTally[]): number {
  return tallies.reduce((sum, t) => sum + t.count, 0);
}
