/**
 * Parameters every option of a decision must share. The trade-off weighs cost
 * against quality with them, and quality is measured against the targets, so
 * an option that changed one would be scored on a different scale (and could
 * win by moving its own goalposts).
 */

/** Parameter name → why every option must use the same value. */
export const SHARED_ACROSS_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  horizon_weeks: 'every option is projected over the same horizon',
  budget_per_week: 'the efficiency index of every option is measured against one budget',
  quality_weight: 'the trade-off weighs every option with one quality weight',
  frt_target_hours: 'quality is measured against one first-response target',
  resolution_rate_target: 'quality is measured against one resolution-rate target',
  backlog_days_target: 'quality is measured against one backlog target',
  live_sl_target: 'quality is measured against one live service-level target',
  live_answer_seconds: 'the live service level is measured against one answer time',
});

/**
 * Why an option may not override `name`, or undefined when it may.
 * @param name a canonical parameter name (snake_case)
 * @returns the reason, worded to follow "options cannot change <name>: "
 * @example sharedReason('quality_weight')
 * // 'the trade-off weighs every option with one quality weight'
 * @example sharedReason('outsourced_fte') // undefined
 */
export function sharedReason(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(SHARED_ACROSS_OPTIONS, name)
    ? SHARED_ACROSS_OPTIONS[name]
    : undefined;
}
