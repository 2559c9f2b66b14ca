/**
 * Benchmark of the command line on the example workbook (9,202 tickets and
 * 33,344 calls in its log sheets): reading and writing the .xlsx with the
 * ExcelJS adapter, and running the options and the trade-off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateOptions, readParameterTable } from '../src/cli/evaluate';
import { readOptionsSheet } from '../src/cli/optionsSheet';
import { readSheetFromA1 } from '../src/cli/workbookInput';
import { XlsxWorkbook } from '../src/xlsx';
import { measure, type BenchRow } from './harness';

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'lbf-example.xlsx');

async function once<T>(
  name: string,
  run: () => Promise<T>,
  note: string,
): Promise<{ row: BenchRow; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  const medianMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { row: { name, medianMs, note }, value };
}

/** Rows of the `lbf` section. */
export async function cliBench(): Promise<BenchRow[]> {
  const bytes = readFileSync(EXAMPLE);
  const load = await once(
    'load the example .xlsx (ExcelJS adapter)',
    () => XlsxWorkbook.load(bytes),
    'one run; 1.9 MB, about 350,000 cells',
  );
  const book = load.value;
  const table = readParameterTable(await readSheetFromA1(book, 'LBF Parameters', 'bench'));
  const options = readOptionsSheet(await readSheetFromA1(book, 'LBF Options', 'bench')).options;
  const evaluate = measure('run 3 options (26 weeks, phone + tickets) and the trade-off', () =>
    evaluateOptions(table, options, []),
  );
  const save = await once('save the workbook (ExcelJS adapter)', () => book.save(), 'one run');
  return [load.row, evaluate, save.row];
}
