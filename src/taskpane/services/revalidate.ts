/**
 * The saved draft against the workbook as it is now. Results saved with the
 * draft (a clean input check, a written table, a published version, trigger
 * results) describe the workbook when they were made; a sheet deleted since
 * (or the file reopened elsewhere) would leave the pane claiming "37
 * parameters read; no problems found" about a table that no longer exists.
 */
import type { Workbook } from '../../workbook';
import { log } from '../logger';
import type { WizardDraft } from '../state/types';
import { checkInputs } from './inputs';
import { refOf } from './ranges';

function sheetOf(address: string): string | undefined {
  try {
    return refOf(address).sheet;
  } catch {
    return undefined;
  }
}

async function freshCheck(workbook: Workbook, draft: WizardDraft) {
  try {
    return await checkInputs(workbook, draft);
  } catch (e) {
    // The table is gone or unreadable now: the saved result no longer holds.
    log.warn(`The saved input check no longer holds: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * The draft with every saved result that the workbook no longer supports
 * cleared: the input check is run again, and results whose sheets are gone
 * are dropped (the typed fields are kept).
 */
export async function revalidateDraft(
  workbook: Workbook,
  draft: WizardDraft,
): Promise<WizardDraft> {
  const sheets = new Set((await workbook.listSheets()).map((s) => s.name));
  const has = (sheet: string | undefined) => sheet !== undefined && sheets.has(sheet);
  const next: WizardDraft = { ...draft };
  const { baseline, inputs, scenarios, publish } = draft;
  if (
    baseline.written &&
    !(has(baseline.written.sheet) && has(sheetOf(baseline.ticketLog.address)))
  ) {
    next.baseline = { ...baseline, written: undefined };
  }
  if (inputs.checked) next.inputs = { ...inputs, checked: await freshCheck(workbook, draft) };
  if (scenarios.written && !has(scenarios.written.sheet)) {
    next.scenarios = { ...scenarios, written: undefined };
  }
  const published =
    publish.published && has(publish.published.sheet) ? publish.published : undefined;
  const checked =
    publish.checked && has(sheetOf(publish.actuals.address)) ? publish.checked : undefined;
  if (published !== publish.published || checked !== publish.checked) {
    next.publish = { ...publish, published, checked };
  }
  return next;
}
