/**
 * The wizard's services on a workbook port: the one place the pane's
 * components meet the workbook and the core. Excel (Office.js adapter) and
 * the browser preview (ExcelJS adapter) each pass their own port.
 */
import { scenarioFromTable } from '../../core/params';
import type { Workbook } from '../../workbook';
import { writeBaseline } from './baseline';
import { metricChoices, runConfidence, tradeoff } from './decide';
import { loadDraft, saveDraft } from './draftStore';
import { checkInputs, createParameterTable } from './inputs';
import { optionOverrides, readTable, runOptions } from './options';
import { guardWrites } from './exclusive';
import { publish } from './publish';
import { revalidateDraft } from './revalidate';
import { mapRange, refOf, selectionText } from './ranges';
import { scenarioPlan, SCENARIO_SHEET } from './scenarioPlan';
import { checkTriggers } from './triggers';
import type { WizardServices } from './types';

export interface ServiceOptions {
  addinVersion: string;
  /** The clock for version timestamps (tests pass a fixed one). */
  now?: () => Date;
  /** Selects a cell for "Go to" where the port cannot (the preview's grid). */
  select?: (sheet: string, address: string) => void;
}

/** Services for `workbook`. */
export function createServices(workbook: Workbook, options: ServiceOptions): WizardServices {
  const now = options.now ?? (() => new Date());
  return guardWrites({
    async loadDraft() {
      const draft = await loadDraft(workbook);
      return draft && revalidateDraft(workbook, draft);
    },
    saveDraft: (draft) => saveDraft(workbook, draft),
    getSelection: () => selectionText(workbook),
    mapRange: (kind, address) => mapRange(workbook, kind, address),
    writeBaseline: (baseline) => writeBaseline(workbook, baseline),
    createParameterTable: (horizonWeeks) => createParameterTable(workbook, horizonWeeks),
    checkInputs: (draft) => checkInputs(workbook, draft),
    async writeScenarios(draft) {
      const { options: runs } = await runOptions(workbook, draft);
      const table = await readTable(workbook, draft);
      const horizon = optionOverrides(draft, 0).horizon_weeks;
      const base = scenarioFromTable(
        table,
        horizon === undefined ? {} : { horizon_weeks: horizon },
      );
      await workbook.execute(scenarioPlan(runs, base as unknown as Record<string, unknown>));
      return { sheet: SCENARIO_SHEET };
    },
    runConfidence: (draft, onProgress, signal) =>
      runConfidence(workbook, draft, onProgress, signal),
    tradeoff: (draft) => tradeoff(workbook, draft),
    publish: (draft) => publish(workbook, draft, options.addinVersion, now()),
    checkTriggers: (draft) => checkTriggers(workbook, draft),
    async goTo(cell) {
      const ref = refOf(cell);
      const address = cell.slice(cell.lastIndexOf('!') + 1);
      if (options.select) options.select(ref.sheet, address);
      else await workbook.activateSheet?.(ref.sheet);
    },
    metrics: metricChoices,
  });
}
