import { isBlank } from '../args';
import { fail } from '../errors';

/** How a metric is compared with a threshold. */
export type Comparison = '<' | '<=' | '>' | '>=';

/** Every comparison, in the order messages list them. */
export const COMPARISONS: readonly Comparison[] = ['<', '<=', '>', '>='];

const ALIASES: Record<string, Comparison> = {
  '<': '<',
  '<=': '<=',
  '=<': '<=',
  '≤': '<=',
  '>': '>',
  '>=': '>=',
  '=>': '>=',
  '≥': '>=',
};

/**
 * Reads a comparison typed by an analyst: `<`, `<=`, `>`, `>=` (also `≤`, `≥`,
 * `=<`, `=>`), surrounding spaces ignored.
 * @param argument the argument's name, for the error message
 * @param raw what was typed
 * @returns the canonical comparison
 * @example parseComparison('comparison', ' ≥ ') // '>='
 */
export function parseComparison(argument: string, raw: unknown): Comparison {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const found = ALIASES[text];
  if (found) return found;
  if (isBlank(raw)) return fail({ code: 'required', argument });
  return fail({
    code: 'badChoice',
    argument,
    value: raw,
    details: { choices: COMPARISONS.map((c) => `"${c}"`).join(', ') },
  });
}

/**
 * True when `value comparison threshold` holds. Exactly at the threshold,
 * `<=` and `>=` hold and `<` and `>` do not; no tolerance is applied.
 * @param value the metric, in its unit (a TRUE/FALSE metric counts as 1/0)
 * @param comparison one of `<`, `<=`, `>`, `>=`
 * @param threshold in the metric's unit
 * @example compare(0.9, '>=', 0.9) // true
 */
export function compare(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}
