/** The two axes of the trade-off view for one option. */
export interface CostQuality {
  name: string;
  /** Money per week (lower is better). */
  costPerWeek: number;
  /** Quality index, 0–100 (higher is better). */
  qualityIndex: number;
}

/**
 * Finds, for each option, an option that dominates it: costs no more per
 * week and scores no lower on quality, and is strictly better on at least one
 * (Pareto dominance). Identical options do not dominate each other.
 * @param options cost per week (money) and quality index (0–100) per option
 * @returns per option the name of the first-listed option dominating it, or undefined
 * @example
 * dominatedBy([
 *   { name: 'A', costPerWeek: 10, qualityIndex: 80 },
 *   { name: 'B', costPerWeek: 12, qualityIndex: 70 },
 * ]) // [undefined, 'A']
 */
export function dominatedBy(options: readonly CostQuality[]): (string | undefined)[] {
  return options.map((option) => options.find((other) => dominates(other, option))?.name);
}

/**
 * True when `a` dominates `b`: no dearer, no worse quality, better on one.
 * @param a the candidate dominating option
 * @param b the option that may be dominated
 * @example dominates({ name: 'A', costPerWeek: 1, qualityIndex: 5 },
 *   { name: 'B', costPerWeek: 1, qualityIndex: 4 }) // true
 */
export function dominates(a: CostQuality, b: CostQuality): boolean {
  const noWorse = a.costPerWeek <= b.costPerWeek && a.qualityIndex >= b.qualityIndex;
  const better = a.costPerWeek < b.costPerWeek || a.qualityIndex > b.qualityIndex;
  return noWorse && better;
}
