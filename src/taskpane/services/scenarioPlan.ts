/**
 * The write plan of step 4: LBF Scenarios (one row per option, its override
 * values, then one `=LBF.SCENARIO(...)` cell per metric with the value the
 * core computed cached in it; a cost-per-week-against-quality scatter) and
 * LBF Projection (every option's weeks; a backlog-by-week line per option).
 * The sheets come from the builder `lbf run` uses too (src/workbook).
 */
import {
  PROJECTION_SHEET as SHARED_PROJECTION_SHEET,
  SCENARIOS_SHEET,
  scenarioSheets,
  type ScenarioSheetOption,
  type WritePlan,
} from '../../workbook';
import { RANGE_SPECS } from '../state/rangeSpecs';
import type { OptionRun } from './options';

export const SCENARIO_SHEET = SCENARIOS_SHEET;
export const PROJECTION_SHEET = SHARED_PROJECTION_SHEET;
/** The metrics the decision record keeps per option, cost and quality first. */
export const TABLE_METRICS = [
  'cost_per_week',
  'quality_index',
  'efficiency_index',
  'score',
  'backlog_end',
  'backlog_peak',
  'frt_hours',
  'frt_attainment',
  'resolution_rate',
  'cost_total',
] as const;

/** Every override name used by any option, in first-seen order. */
function overrideNames(options: OptionRun[]): string[] {
  return [...new Set(options.flatMap((o) => Object.keys(o.overrides)))];
}

function sheetOption(
  o: OptionRun,
  names: string[],
  base: Record<string, unknown>,
): ScenarioSheetOption {
  const values = Object.fromEntries(
    names.map((n) => {
      const value = o.overrides[n] ?? base[n];
      return [n, typeof value === 'number' || typeof value === 'string' ? value : null];
    }),
  );
  return {
    id: o.id,
    name: o.name,
    values,
    metrics: o.run.metrics,
    weeks: o.run.projection.weeks,
  };
}

/**
 * The scenario and projection sheets for the options' runs.
 * @param base canonical base values (the parameter table with defaults), for
 *   override columns an option leaves at the base
 */
export function scenarioPlan(options: OptionRun[], base: Record<string, unknown>): WritePlan {
  const names = overrideNames(options);
  return scenarioSheets({
    parameters: RANGE_SPECS.parameters.name,
    overrideNames: names,
    options: options.map((o) => sheetOption(o, names, base)),
    activate: true,
  });
}
