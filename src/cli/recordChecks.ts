/**
 * Checks on the decision record stored in a workbook: its history must still
 * verify (a version edited outside LBF stops every command), and the
 * LBF Decision sheet is compared with it so that edits to the sheet, which
 * the stored record overrides, are not ignored silently.
 */
import {
  canonicalJson,
  verifyHistory,
  type DecisionRecord,
  type RecordContent,
} from '../core/record';
import { inputError } from './cliError';
import type { CliOutput } from './console';
import { DECISION_SHEET } from './decisionLayout';
import type { DecisionInput } from './decisionSheet';
import { writtenParts } from './recordContent';
import { COMPUTED_PREFIX } from './triggerPoints';

/**
 * Stops (exit 2) when a stored version no longer matches its hash or the
 * chain is broken, naming the first such version; nothing is appended.
 */
export function verifyStoredHistory(record: DecisionRecord): void {
  const check = verifyHistory(record.versions);
  if (check.ok) return;
  const first = check.problems[0];
  const what =
    first.kind === 'contentChanged'
      ? 'no longer matches its hash'
      : first.kind === 'chainBroken'
        ? 'no longer follows the version before it'
        : `is out of place (${first.message})`;
  inputError(
    `The decision record was changed outside LBF; version ${first.number} ${what}. ` +
      'Nothing was written. Restore the workbook from a copy you trust (the versions must ' +
      'stay as LBF published them), then run again.',
  );
}

type C = RecordContent;

/** The analyst-written sections, as compared (LBF's own additions left out). */
function comparable(c: C): Record<string, unknown> {
  return {
    objective: c.objective,
    scope: { teams: c.scope.teams, channels: c.scope.channels, regions: c.scope.regions },
    metrics: c.metrics,
    assumptions: c.assumptions,
    'trigger points': c.scenarios.triggerPoints.filter(
      (p) => !p.meaning.startsWith(COMPUTED_PREFIX),
    ),
    'governance and approvals': c.governance,
    risks: c.risks,
    decision: {
      rationale: c.decision.rationale,
      selected: c.decision.selectedOptionId,
      constraints: c.decision.hardConstraints,
      why: c.decision.qualityWeightRationale,
    },
    'owner, checkpoints and review triggers': c.ownership,
    evidence: c.evidence.filter((e) => e.source !== 'lbf check'),
  };
}

/** Names of the sections where the sheet differs from the stored content. */
export function sectionsDiffering(stored: C, sheet: DecisionInput): string[] {
  const a = comparable(stored);
  const b = comparable(writtenParts(sheet));
  return Object.keys(a).filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
}

/** Prints a notice when LBF Decision says something the stored record does not. */
export function noticeSheetDiffers(stored: C, sheet: DecisionInput, output: CliOutput): void {
  const differing = sectionsDiffering(stored, sheet);
  if (differing.length === 0) return;
  output.err(
    `lbf: note: sheet "${DECISION_SHEET}" differs from the decision record stored ` +
      `in the workbook (${differing.join('; ')}). The stored record takes precedence, so ` +
      "those edits were not used. To take the sheet's text into a new version, run again " +
      'with --decision-from-sheet (the history is kept), or edit the record in the LBF task ' +
      'pane.',
  );
}
