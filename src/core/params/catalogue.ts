/**
 * The parameter catalogue (MODEL.md section 3): every name an analyst may
 * type in a parameter table, with its canonical unit, default, accepted range
 * and kind. This is the one place defaults live; docs/parameters.md mirrors it
 * (a test keeps them in step).
 */
import type { ParameterDef } from './definition';
import { groupDefs } from './groupParameters';
import { MODEL_PARAMETERS } from './modelParameters';

export type { ParameterDef, ParameterKind, Period, TimeUnit } from './definition';

/** Every parameter, in the order of MODEL.md section 3. */
export const PARAMETERS: readonly ParameterDef[] = [
  ...groupDefs('inhouse', 'in-house tier-1'),
  ...groupDefs('outsourced', 'outsourced tier-1'),
  ...groupDefs('tier2', 'tier-2'),
  ...MODEL_PARAMETERS,
];

/** Lookup by name. */
export const PARAMETER_BY_NAME: ReadonlyMap<string, ParameterDef> = new Map(
  PARAMETERS.map((def) => [def.name, def]),
);

/**
 * Human range text ("≥ 0 and < 1"), as the argument checks word it.
 * @example rangeText(PARAMETER_BY_NAME.get('inhouse_shrinkage')!) // 'a number ≥ 0 and < 1'
 */
export function rangeText(def: ParameterDef): string {
  if (def.choices) return def.choices.join(' or ');
  const lo = def.min === undefined ? '' : `${def.minExclusive ? '>' : '≥'} ${def.min}`;
  const hi = def.max === undefined ? '' : `${def.maxExclusive ? '<' : '≤'} ${def.max}`;
  return (def.integer ? 'a whole number ' : 'a number ') + [lo, hi].filter(Boolean).join(' and ');
}
