/**
 * `lbf check`: evaluate the review triggers against the latest actuals. Exit
 * 0 when none fired, 3 when any fired, 2 on bad input. With --write, append a
 * record version noting the check (and an evidence line) and re-render the
 * decision log.
 */
import { METRIC_NAMES } from '../core/model';
import { publishVersion, type DecisionRecord, type ReviewTrigger } from '../core/record';
import { evaluateTriggers, type TriggerResult } from '../core/triggers';
import { renderDecisionLog } from '../workbook';
import type { XlsxWorkbook } from '../xlsx';
import { DEFAULT_ACTUALS_SHEET, readLatestActuals, type LatestActuals } from './actualsSheet';
import type { CheckArgs } from './args';
import { EXIT, inputError, withLocation, withLocationAsync, type ExitCode } from './cliError';
import type { CliOutput } from './console';
import { DECISION_SHEET } from './decisionLayout';
import { readDecisionSheet } from './decisionSheet';
import { defaultAuthor } from './run';
import { formatTable } from './summaryTable';
import { lbfVersion } from './version';
import {
  openWorkbook,
  readSheetFromA1,
  readStoredRecord,
  type InputWorkbook,
} from './workbookInput';
import { planOutput, writeOutput, type PlannedOutput } from './writeOutput';

async function readTriggers(
  book: XlsxWorkbook,
  stored: DecisionRecord | null,
): Promise<ReviewTrigger[]> {
  if (stored) return stored.content.ownership.reviewTriggers;
  const grid = await readSheetFromA1(book, DECISION_SHEET, 'the review triggers');
  return readDecisionSheet(grid).ownership.reviewTriggers;
}

function describe(value: number | undefined): string {
  if (value === undefined) return '';
  return Math.abs(value) >= 100
    ? value.toLocaleString('en-US', { maximumFractionDigits: 0 })
    : String(Number(value.toPrecision(4)));
}

function resultRows(results: readonly TriggerResult[]): string[][] {
  return [
    ['status', 'metric', 'actual', 'rule', 'action'],
    ...results.map((r) => [
      r.status === 'NO_DATA' ? 'NO DATA' : r.status,
      r.trigger.metric,
      describe(r.actual),
      `${r.trigger.comparison} ${describe(r.trigger.threshold)}`,
      r.status === 'FIRED' ? r.trigger.action : '',
    ]),
  ];
}

function checkSummary(results: readonly TriggerResult[], latest: LatestActuals): string {
  const fired = results.filter((r) => r.status === 'FIRED');
  const period = latest.label ? ` (${latest.label})` : '';
  return (
    `lbf check${period}: ${fired.length} of ${results.length} triggers fired` +
    (fired.length ? `: ${fired.map((r) => r.trigger.metric).join(', ')}` : '')
  );
}

async function writeCheck(
  args: CheckArgs,
  input: InputWorkbook,
  planned: PlannedOutput,
  stored: DecisionRecord,
  summary: string,
  latest: LatestActuals,
  output: CliOutput,
): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  const content = {
    ...stored.content,
    evidence: [
      ...stored.content.evidence,
      {
        source: 'lbf check',
        shows: summary,
        date: today,
        location: latest.where,
      },
    ],
  };
  const versions = withLocation('the new record version', () =>
    publishVersion(
      stored.versions,
      content,
      args.author ?? defaultAuthor(),
      summary.slice(0, 200),
      new Date(),
    ),
  );
  const record = { ...stored, content, versions };
  const plan = renderDecisionLog(record, { addinVersion: lbfVersion(), includeRecord: true });
  await withLocationAsync('writing the decision log', () => input.book.execute(plan));
  await writeOutput(input, planned, output);
  return planned.shown;
}

/** `lbf check`. */
export async function checkCommand(args: CheckArgs, output: CliOutput): Promise<ExitCode> {
  output.progress(`reading ${args.workbook}`);
  const input = await openWorkbook(args.workbook);
  const { book } = input;
  const stored = await readStoredRecord(book);
  let planned: PlannedOutput | undefined;
  if (args.write) {
    if (!stored) {
      inputError(
        'lbf check --write needs a decision record stored in the workbook; run ' +
          '"lbf run" first, then check the workbook it wrote.',
      );
    }
    planned = await planOutput(input, args.out ?? args.workbook);
  }
  const triggers = await readTriggers(book, stored);
  if (triggers.length === 0) {
    inputError(
      `The decision has no review triggers to check. Add them under "Review ` +
        `triggers" in sheet "${DECISION_SHEET}" (Metric | Comparison | Threshold | Unit | Action).`,
    );
  }
  const sheet = args.actuals ?? DEFAULT_ACTUALS_SHEET;
  const grid = await readSheetFromA1(book, sheet, 'the actuals to check, one row per period');
  const latest = readLatestActuals(grid, METRIC_NAMES);
  const results = evaluateTriggers(triggers, latest.actuals);
  output.out(`Latest actuals: ${latest.where}${latest.label ? ` (${latest.label})` : ''}`);
  for (const line of formatTable(resultRows(results))) output.out(line);
  const summary = checkSummary(results, latest);
  output.out(summary);
  if (planned && stored) {
    output.out(`Wrote ${await writeCheck(args, input, planned, stored, summary, latest, output)}`);
  }
  return results.some((r) => r.status === 'FIRED') ? EXIT.triggersFired : EXIT.ok;
}
