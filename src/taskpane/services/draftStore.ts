/**
 * Where the wizard's draft lives: a very hidden sheet `LBF_Wizard`, the JSON
 * in column A in chunks under Excel's 32,767 characters per cell (as the
 * decision record is kept), written and read through the workbook port only.
 */
import { chunkText, type Workbook, type WritePlan } from '../../workbook';
import { mergeDraft } from '../state/defaults';
import type { WizardDraft } from '../state/types';

export const DRAFT_SHEET_NAME = 'LBF_Wizard';
const DRAFT_MARKER = 'lbf-wizard/1';

/** The plan that stores `draft`, replacing the stored copy. */
export function draftPlan(draft: WizardDraft): WritePlan {
  const chunks = chunkText(JSON.stringify(draft));
  return {
    sheets: [
      {
        name: DRAFT_SHEET_NAME,
        mode: 'replace',
        visibility: 'veryHidden',
        blocks: [
          { row: 0, column: 0, values: [[DRAFT_MARKER, chunks.length]] },
          { row: 1, column: 0, values: chunks.map((c) => [c]) },
        ],
        formats: [{ row: 1, column: 0, rows: chunks.length, columns: 1, format: 'text' }],
      },
    ],
  };
}

/** The stored draft, or null when the workbook has none (or one LBF cannot read). */
export async function loadDraft(workbook: Workbook): Promise<WizardDraft | null> {
  const sheets = await workbook.listSheets();
  if (!sheets.some((s) => s.name === DRAFT_SHEET_NAME)) return null;
  const used = await workbook.readUsedRange(DRAFT_SHEET_NAME);
  const head = used?.values[0];
  if (!used || head?.[0] !== DRAFT_MARKER || typeof head[1] !== 'number') return null;
  const text = used.values
    .slice(1, 1 + head[1])
    .map((r) => String(r[0] ?? ''))
    .join('');
  return mergeDraft(JSON.parse(text) as Partial<WizardDraft>);
}

/** Writes `draft` to the workbook. */
export async function saveDraft(workbook: Workbook, draft: WizardDraft): Promise<void> {
  await workbook.execute(draftPlan(draft));
}
