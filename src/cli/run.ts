/**
 * `lbf run`: read the workbook contract, run every option and the trade-off,
 * write LBF Scenarios, LBF Projection and LBF Decision Log plus a new record
 * version, and print one line per option.
 */
import { userInfo } from 'node:os';
import { checkPitfalls, emptyRecord, publishVersion, type DecisionRecord } from '../core/record';
import { renderDecisionLog, type WritePlan } from '../workbook';
import type { XlsxWorkbook } from '../xlsx';
import type { RunArgs } from './args';
import {
  CliError,
  EXIT,
  inputError,
  withLocation,
  withLocationAsync,
  type ExitCode,
} from './cliError';
import type { CliOutput } from './console';
import { DECISION_SHEET } from './decisionLayout';
import { readDecisionSheet, type DecisionInput } from './decisionSheet';
import { evaluateOptions, readParameterTable, type Evaluation } from './evaluate';
import { defaultOutputPath } from './files';
import { readOptionsSheet } from './optionsSheet';
import { parameterRangeRef, projectionSheet, scenariosSheet } from './outputPlans';
import { buildContent } from './recordContent';
import { noticeSheetDiffers } from './recordChecks';
import { COMPUTED_PREFIX } from './triggerPoints';
import { formatTable, summaryRows } from './summaryTable';
import { lbfVersion } from './version';
import { planOutput, writeOutput } from './writeOutput';
import {
  OPTIONS_SHEET,
  PARAMETERS_SHEET,
  openWorkbook,
  readSheetFromA1,
  readStoredRecord,
  sheetKey,
} from './workbookInput';

/** Who publishes when --author is not given: the login name. */
export function defaultAuthor(): string {
  try {
    return userInfo().username || 'lbf';
  } catch {
    return 'lbf';
  }
}

/** What a run computed and wrote, for the command and for tests. */
export interface RunResult {
  evaluation: Evaluation;
  record: DecisionRecord;
  outPath: string;
}

/**
 * The LBF Decision sheet when it is used: with no stored record, or with
 * --decision-from-sheet. Otherwise the stored record wins and the sheet is
 * only compared with it, for a notice.
 */
async function readDecision(
  book: XlsxWorkbook,
  stored: DecisionRecord | null,
  args: RunArgs,
  output: CliOutput,
): Promise<DecisionInput | null> {
  const hasSheet = (await book.listSheets()).some(
    (s) => sheetKey(s.name) === sheetKey(DECISION_SHEET),
  );
  if (stored && !args.decisionFromSheet) {
    if (!hasSheet) return null;
    try {
      const grid = await readSheetFromA1(book, DECISION_SHEET, "the decision record's text");
      noticeSheetDiffers(stored.content, readDecisionSheet(grid), output);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      output.err(
        `lbf: note: the stored decision record takes precedence over sheet ` +
          `"${DECISION_SHEET}", which was not compared with it: ${e.message}`,
      );
    }
    return null;
  }
  const grid = await readSheetFromA1(book, DECISION_SHEET, "the decision record's text");
  return readDecisionSheet(grid);
}

function checkSelected(input: DecisionInput | null, e: Evaluation): void {
  const selected = input?.selectedOptionId;
  if (selected && !e.runs.some((r) => r.option.id === selected)) {
    inputError(
      `Sheet "${DECISION_SHEET}": Selected option ${JSON.stringify(selected)} is not ` +
        `an option of "${OPTIONS_SHEET}" (${e.runs.map((r) => r.option.id).join(', ')}). ` +
        'Write one of those ids, or leave it blank.',
    );
  }
}

/** Runs the whole job; the caller prints. */
export async function runWorkbook(args: RunArgs, output: CliOutput): Promise<RunResult> {
  output.progress(`reading ${args.workbook}`);
  const input = await openWorkbook(args.workbook);
  const planned = await planOutput(input, args.out ?? defaultOutputPath(args.workbook));
  const { book } = input;
  const paramGrid = await readSheetFromA1(book, PARAMETERS_SHEET, 'the parameter table');
  const table = readParameterTable(paramGrid);
  const optionsGrid = await readSheetFromA1(book, OPTIONS_SHEET, 'one row per option');
  const options = readOptionsSheet(optionsGrid);
  const stored = await readStoredRecord(book);
  const decision = await readDecision(book, stored, args, output);
  const rules = decision?.hardConstraints ?? stored?.content.decision.hardConstraints ?? [];
  const evaluation = evaluateOptions(table, options.options, rules, (text) =>
    output.progress(`running ${text}`),
  );
  checkSelected(decision, evaluation);
  const version = lbfVersion();
  const written = decision ? null : (stored?.content ?? null);
  const content = buildContent(written, decision, evaluation, version);
  const base = stored ?? emptyRecord();
  const summary =
    args.summary ??
    `lbf run: options ${evaluation.runs
      .map((r) => r.option.id)
      .join(', ')}; recommended ${evaluation.tradeoff.recommended ?? 'none'}`;
  const versions = withLocation('the new record version', () =>
    publishVersion(base.versions, content, args.author ?? defaultAuthor(), summary, new Date()),
  );
  const record: DecisionRecord = { ...base, content, versions };
  output.progress('writing the output sheets');
  const plan: WritePlan = {
    sheets: [
      scenariosSheet(evaluation, parameterRangeRef(paramGrid), options.overrideNames),
      projectionSheet(evaluation),
      ...renderDecisionLog(record, { addinVersion: version, includeRecord: true }).sheets,
    ],
  };
  await withLocationAsync('writing the output sheets', () => book.execute(plan));
  await writeOutput(input, planned, output);
  return { evaluation, record, outPath: planned.shown };
}

/**
 * The computed trigger point closest (relatively) to its parameter's current
 * value, as a sentence; undefined when there is none.
 */
export function nearestTriggerPoint(record: DecisionRecord, e: Evaluation): string | undefined {
  const current = new Map(e.table.rows.map((r) => [r.name, r.value]));
  const computed = record.content.scenarios.triggerPoints.filter((p) =>
    p.meaning.startsWith(COMPUTED_PREFIX),
  );
  const ranked = computed
    .map((p) => ({ p, now: current.get(p.parameter) as number }))
    .filter(({ now }) => typeof now === 'number' && now !== 0)
    .sort((a, b) => Math.abs(a.p.value / a.now - 1) - Math.abs(b.p.value / b.now - 1));
  if (ranked.length === 0) return undefined;
  const { p, now } = ranked[0];
  const change = (p.value / now - 1) * 100;
  const rule = /\(hard constraint ([^)]*)\)/.exec(p.meaning)?.[1] ?? 'a hard constraint';
  return (
    `Nearest of ${computed.length} trigger points: at ${p.parameter} = ${p.value} ` +
    `(now ${now}, ${change >= 0 ? '+' : ''}${change.toFixed(1)} %) the recommended option ` +
    `no longer meets ${rule}.`
  );
}

/** `lbf run`: prints the option table, the recommendation and where it wrote. */
export async function runCommand(args: RunArgs, output: CliOutput): Promise<ExitCode> {
  const { evaluation, record, outPath } = await runWorkbook(args, output);
  for (const line of formatTable(summaryRows(evaluation))) output.out(line);
  const t = evaluation.tradeoff;
  output.out('');
  output.out(
    t.recommended
      ? `Recommended: option ${t.recommended} at quality weight ${t.qualityWeight}.`
      : 'No option meets every hard constraint: nothing is recommended.',
  );
  const nearest = nearestTriggerPoint(record, evaluation);
  if (nearest) output.out(nearest);
  const warnings = checkPitfalls(record.content).length;
  const last = record.versions[record.versions.length - 1];
  output.out(
    `Decision record version ${last.number} by ${last.author}; ` +
      `${warnings} pitfall warning${warnings === 1 ? '' : 's'} in "LBF Decision Log".`,
  );
  output.out(`Wrote ${outPath}`);
  return EXIT.ok;
}
