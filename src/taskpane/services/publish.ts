/**
 * "Publish": the record content from the draft, a new immutable version
 * appended to the stored record's history, and the decision-log sheet
 * rendered from it, all in one write plan.
 */
import {
  canonicalJson,
  emptyRecord,
  parseRecord,
  publishVersion,
  recordContent as recordContentSchema,
  type RecordContent,
  type RecordVersion,
} from '../../core/record';
import {
  DEFAULT_LOG_SHEET,
  renderDecisionLog,
  type CellValues,
  type Workbook,
} from '../../workbook';
import type { BaselineValues, PublishDraft, WizardDraft } from '../state/types';
import { tradeoff } from './decide';
import { readParameterRows } from './inputs';
import { runOptions } from './options';
import { readRef, refOf } from './ranges';
import { recordContent } from './recordContent';

function meanOf(values: CellValues): number | null {
  const numbers = values
    .flat()
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0) / numbers.length;
}

/** Baseline values: the mean of each mapped series, or what the log baseline found. */
async function baselineValues(workbook: Workbook, draft: WizardDraft): Promise<BaselineValues> {
  const b = draft.baseline;
  if (b.mode === 'log')
    return b.written?.metrics ?? { backlog: null, frtHours: null, resolutionRate: null };
  const read = async (address: string) => meanOf(await readRef(workbook, refOf(address)));
  return {
    backlog: await read(b.backlog.address),
    frtHours: await read(b.frt.address),
    resolutionRate: await read(b.resolution.address),
  };
}

/**
 * True when the last version already holds this content and summary: another
 * would add nothing to the history but noise (a double-click in the preview
 * published three identical versions, each finishing before the next click).
 */
function repeats(last: RecordVersion | undefined, content: RecordContent, summary: string) {
  if (!last || last.summary !== summary.trim()) return false;
  return canonicalJson(last.content) === canonicalJson(content);
}

/** Publishes the draft as the next version; `now` is the version's timestamp. */
export async function publish(
  workbook: Workbook,
  draft: WizardDraft,
  addinVersion: string,
  now: Date,
): Promise<NonNullable<PublishDraft['published']>> {
  const rows = await readParameterRows(workbook, draft.inputs.parameters.address);
  const { options } = await runOptions(workbook, draft);
  const view = await tradeoff(workbook, draft);
  // Checked against the record's schema before anything is written: a record that
  // would not read back must never reach the workbook.
  const content = recordContentSchema.parse(
    recordContent({
      draft,
      rows,
      options,
      baseline: await baselineValues(workbook, draft),
      recommended: view.recommended,
      switchingWeight: view.flip?.weight ?? null,
      addinVersion,
    }),
  );
  const stored = await workbook.readRecord();
  const record = stored === null ? emptyRecord() : parseRecord(stored);
  const latest = record.versions[record.versions.length - 1];
  if (latest && repeats(latest, content, draft.publish.summary)) {
    // Publishing the same thing again is answered with the version that holds it.
    return { version: latest.number, sheet: DEFAULT_LOG_SHEET, at: latest.timestamp };
  }
  const versions = publishVersion(
    record.versions,
    content,
    draft.publish.author.trim(),
    draft.publish.summary.trim(),
    now,
  );
  await workbook.execute(
    renderDecisionLog({ ...record, content, versions }, { addinVersion, includeRecord: true }),
  );
  const last = versions[versions.length - 1];
  return { version: last.number, sheet: DEFAULT_LOG_SHEET, at: last.timestamp };
}
