/**
 * The sheets `lbf run` adds, LBF Scenarios and LBF Projection, built by the
 * shared builder of src/workbook (the task pane writes the same plan): this
 * file only turns an evaluation into its input.
 */
import type { Scenario } from '../core/params';
import {
  projectionSheet as sharedProjectionSheet,
  quoteSheetName,
  rangeA1,
  scenariosSheet as sharedScenariosSheet,
  type ScenarioSheetOption,
  type ScenarioSheetsInput,
  type SheetPlan,
} from '../workbook';
import type { Evaluation, OptionRun } from './evaluate';
import type { Grid } from './sheetGrid';

export {
  PROJECTION_SHEET,
  SCENARIOS_SHEET,
  SCENARIO_HEADER_ROW,
  metricResult,
  scenarioFormula,
} from '../workbook';

/** `'LBF Parameters'!$A$1:$H$40`: the whole parameter table as read. */
export function parameterRangeRef(grid: Grid): string {
  const rows = Math.max(1, grid.values.length);
  const columns = Math.max(2, grid.values[0]?.length ?? 2);
  return `${quoteSheetName(grid.sheet)}!${rangeA1(0, 0, rows, columns, true)}`;
}

/** Override cells show the value the option runs with: its override, else the table's. */
function sheetOption(run: OptionRun, overrideNames: string[]): ScenarioSheetOption {
  const values = Object.fromEntries(
    overrideNames.map((n) => {
      const value = run.scenario[n as keyof Scenario];
      return [n, typeof value === 'number' || typeof value === 'string' ? value : null];
    }),
  );
  return {
    id: run.option.id,
    name: run.option.name,
    values,
    metrics: run.run.metrics,
    weeks: run.run.projection.weeks,
  };
}

function sheetsInput(e: Evaluation, params: string, overrideNames: string[]): ScenarioSheetsInput {
  return {
    parameters: params,
    overrideNames,
    tradeoff: e.tradeoff,
    options: e.runs.map((r) => sheetOption(r, overrideNames)),
  };
}

/** The LBF Scenarios sheet: options, metrics as formulas, the trade-off and its chart. */
export function scenariosSheet(e: Evaluation, params: string, overrideNames: string[]): SheetPlan {
  return sharedScenariosSheet(sheetsInput(e, params, overrideNames));
}

/** The LBF Projection sheet: every option's weekly figures in one table. */
export function projectionSheet(e: Evaluation): SheetPlan {
  return sharedProjectionSheet(sheetsInput(e, '', []));
}
