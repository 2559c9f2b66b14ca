/**
 * Checks a write plan before anything is written, so an adapter never leaves a
 * workbook half-written because Excel refused one sheet name or table name
 * late in the run.
 */
import { fail } from '../core/errors';
import { MAX_COLUMNS, MAX_ROWS, definedNameProblem, sheetNameProblem } from './address';
import { blockSize, type SheetPlan, type WritePlan } from './plan';

function sheetProblems(sheet: SheetPlan): string[] {
  const problems: string[] = [];
  const where = `sheet ${JSON.stringify(sheet.name)}`;
  const nameProblem = sheetNameProblem(sheet.name);
  if (nameProblem) problems.push(`The name of ${where} ${nameProblem}.`);
  for (const block of sheet.blocks) {
    const { rows, columns } = blockSize(block.values);
    if (
      block.row < 0 ||
      block.column < 0 ||
      block.row + rows > MAX_ROWS ||
      block.column + columns > MAX_COLUMNS
    ) {
      problems.push(`A block on ${where} at row ${block.row + 1} lies outside the sheet.`);
    }
  }
  for (const table of sheet.tables ?? []) {
    const tableProblem = definedNameProblem(table.name);
    if (tableProblem) problems.push(`Table name ${table.name} on ${where} ${tableProblem}.`);
    const headers = table.header.map((h) => h.trim().toLowerCase());
    if (headers.some((h) => h === '') || new Set(headers).size !== headers.length) {
      problems.push(`Table ${table.name} needs distinct, non-empty column headers.`);
    }
  }
  return problems;
}

function duplicates(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/**
 * Every reason Excel would refuse the plan: bad or repeated sheet, table and
 * workbook names, blocks outside the sheet, table headers that are blank or
 * repeated. Empty when the plan can be written.
 * @example planProblems({ sheets: [{ name: 'a/b', mode: 'create', blocks: [] }] })
 * // ['The name of sheet "a/b" contains one of : \ / ? * [ ].']
 */
export function planProblems(plan: WritePlan): string[] {
  const tables = plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
  return [
    ...plan.sheets.flatMap(sheetProblems),
    ...duplicates(plan.sheets.map((s) => s.name)).map(
      (n) => `Sheet ${n} appears twice in the plan.`,
    ),
    ...duplicates(tables).map((n) => `Table ${n} appears twice in the plan.`),
    ...(plan.names ?? []).flatMap((n) => {
      const problem = definedNameProblem(n.name);
      return problem ? [`Workbook name ${n.name} ${problem}.`] : [];
    }),
  ];
}

/** Throws an LbfError listing every problem of the plan, if it has any. */
export function assertPlanWritable(plan: WritePlan): void {
  const problems = planProblems(plan);
  if (problems.length) {
    fail({ code: 'badFile', argument: 'The write plan', details: { reason: problems.join(' ') } });
  }
}
