/**
 * Trigger points computed by `lbf run` (decision record section 6): for the
 * recommended option, every parameter with a Low–High range at whose value,
 * inside that range, a hard constraint would stop holding (the break-even of
 * MODEL.md section 5, found by the uncertainty core's bisection).
 */
import { isLbfError } from '../core/errors';
import { PARAMETER_BY_NAME } from '../core/params';
import type { RecordContent } from '../core/record';
import { scenarioBreakEven } from '../core/uncertainty';
import type { Evaluation } from './evaluate';

type TriggerPoint = RecordContent['scenarios']['triggerPoints'][number];

/** Meanings of computed points start with this, so a later run can replace them. */
export const COMPUTED_PREFIX = 'Computed by lbf run: ';

const SIGNIFICANT_DIGITS = 4;

function rounded(value: number): number {
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

/** Breakable parameters: numeric, not a week count, with both bounds, not overridden. */
function candidates(e: Evaluation, overrides: Record<string, unknown>) {
  return e.table.rows.filter((r) => {
    const def = PARAMETER_BY_NAME.get(r.name);
    return (
      def &&
      def.kind !== 'choice' &&
      !def.integer &&
      r.low !== undefined &&
      r.high !== undefined &&
      r.low < r.high &&
      !(r.name in overrides)
    );
  });
}

/**
 * The computed trigger points of the recommended option; none without a
 * recommendation or hard constraints. Pairs with no crossing in range are
 * left out (the core says why; here that means "safe across the range").
 */
export function computeTriggerPoints(
  e: Evaluation,
  rules: RecordContent['decision']['hardConstraints'],
): TriggerPoint[] {
  const chosen = e.runs.find((r) => r.option.id === e.tradeoff.recommended);
  if (!chosen) return [];
  const source = { table: e.table, overrides: chosen.option.overrides };
  const points: TriggerPoint[] = [];
  for (const rule of rules) {
    for (const row of candidates(e, chosen.option.overrides)) {
      const found = breakEvenOrNull(
        () => scenarioBreakEven(source, row.name, rule.metric, rule.threshold, {}).value,
      );
      if (found === null) continue;
      points.push({
        parameter: row.name,
        value: rounded(found),
        unit: PARAMETER_BY_NAME.get(row.name)?.unit ?? '',
        meaning:
          `${COMPUTED_PREFIX}option ${chosen.option.id} reaches ${rule.metric} ` +
          `${rule.threshold} (hard constraint ${rule.metric} ${rule.comparison} ` +
          `${rule.threshold}) when ${row.name} is ${rounded(found)} ` +
          `(range ${rounded(row.low as number)}–${rounded(row.high as number)}).`,
      });
    }
  }
  return points;
}

function breakEvenOrNull(run: () => number): number | null {
  try {
    return run();
  } catch (e) {
    if (isLbfError(e)) return null;
    throw e;
  }
}

/** The analyst's points plus this run's computed ones (earlier computed ones dropped). */
export function mergeTriggerPoints(
  written: readonly TriggerPoint[],
  computed: TriggerPoint[],
): TriggerPoint[] {
  return [...written.filter((p) => !p.meaning.startsWith(COMPUTED_PREFIX)), ...computed];
}
