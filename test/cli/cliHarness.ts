/**
 * Runs the built command line (dist/node, made by `npm run build:cli`, which
 * `npm test` runs first) as a child process, and builds small workbooks for
 * the tests with ExcelJS directly, independently of LBF's own adapter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'node', 'src', 'cli', 'main.js');
export const EXAMPLE = join(ROOT, 'examples', 'lbf-example.xlsx');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/node/src/cli/main.js ...args`; fails clearly when not built. */
export function runCli(args: string[], cwd = ROOT): CliResult {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run "npm run build:cli" first (npm test does).`);
  }
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'lbf-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

type Rows = (string | number | boolean | null)[][];

function addRows(wb: ExcelJS.Workbook, name: string, rows: Rows): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((row) => ws.addRow(row));
}

/**
 * A small workbook whose numbers are worked by hand in the tests:
 * 10 in-house FTE × 40 h × (1 − 0.3) = 280 productive hours a week; at 12
 * minutes a ticket that is 280 × 60 / 12 = 1,400 tickets a week, more than
 * the 500 that arrive, so no backlog builds and FRT is the 0 h floor.
 * Cost per week: A = 10 × 40 × 30 = 12,000; B adds 5 outsourced FTE ×
 * 40 h × 20 = 4,000, so 16,000.
 */
export const SMALL_PARAMETERS: Rows = [
  ['Name', 'Value', 'Unit', 'Low', 'High', 'Owner', 'Source', 'Note'],
  ['horizon_weeks', 4, 'weeks', null, null, 'Lead', 'Assumption', 'Short test horizon'],
  ['tickets_per_week', 500, 'per week', 400, 600, 'Analyst', 'Ticket log', 'Measured'],
  ['ticket_aht_minutes', 12, 'minutes', null, null, 'Lead', 'Time study', 'Measured'],
  ['inhouse_fte', 10, 'FTE', null, null, 'Lead', 'HR', 'Headcount'],
  ['inhouse_cost_per_hour', 30, 'money/hour', null, null, 'Finance', 'Payroll', 'Loaded'],
  ['outsourced_cost_per_hour', 20, 'money/hour', null, null, 'Finance', 'Quote', 'Quote'],
  ['frt_target_hours', 8, 'hours', null, null, 'Lead', 'Policy', 'Policy'],
  ['budget_per_week', 14000, 'money/week', null, null, 'Finance', 'Budget', 'Approved'],
  ['quality_weight', 0.5, 'share', null, null, 'Lead', 'Policy', 'Even'],
];

export const SMALL_OPTIONS: Rows = [
  ['Option', 'Name', 'Description', 'outsourced_fte'],
  ['A', 'Keep the team', 'No change', null],
  ['B', 'Add a partner', 'Five outsourced FTE', 5],
];

export const SMALL_DECISION: Rows = [
  ['Field', 'Value'],
  ['Objective', 'Keep first response within 8 hours'],
  ['Decision question', 'Do we need a partner?'],
  ['Teams', 'Support'],
  ['Owner', 'Support lead'],
  [],
  ['Approvals'],
  ['Approver', 'Role', 'Status', 'Date', 'Comment'],
  ['Finance', 'Budget holder', 'pending', null, ''],
  [],
  ['Review triggers'],
  ['Metric', 'Comparison', 'Threshold', 'Unit', 'Action'],
  ['backlog_end', '>', 100, 'tickets', 'Add partner hours'],
  ['frt_attainment', '<', 0.9, 'share', 'Review the rota'],
];

export const SMALL_ACTUALS: Rows = [
  ['Week', 'backlog_end', 'frt_attainment'],
  ['2026-W01', 40, 0.97],
  ['2026-W02', 60, 0.95],
];

/** Writes the small workbook, with `change` applied to the ExcelJS workbook first. */
export async function writeSmallWorkbook(
  path: string,
  change: (wb: ExcelJS.Workbook) => void = () => undefined,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  addRows(wb, 'LBF Parameters', SMALL_PARAMETERS);
  addRows(wb, 'LBF Options', SMALL_OPTIONS);
  addRows(wb, 'LBF Decision', SMALL_DECISION);
  addRows(wb, 'LBF Actuals', SMALL_ACTUALS);
  change(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Loads an .xlsx with ExcelJS. */
export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
