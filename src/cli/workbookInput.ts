/**
 * Opening a workbook file for the command line and reading the sheets of the
 * workbook contract (docs/workbook-contract.md) through the workbook port.
 */
import { isLbfError } from '../core/errors';
import { parseRecord, type DecisionRecord } from '../core/record';
import { cellA1, type Workbook } from '../workbook';
import { XlsxWorkbook } from '../xlsx';
import { CliError, inputError, withLocationAsync } from './cliError';
import { readWorkbookFile } from './files';
import { gridOf, type Grid } from './sheetGrid';

export const PARAMETERS_SHEET = 'LBF Parameters';
export const OPTIONS_SHEET = 'LBF Options';

/** Loads an .xlsx file into the ExcelJS adapter; bad files are CliErrors (exit 2). */
export async function openWorkbook(path: string): Promise<XlsxWorkbook> {
  const bytes = await readWorkbookFile(path);
  try {
    return await XlsxWorkbook.load(bytes);
  } catch (e) {
    if (isLbfError(e)) {
      throw new CliError(`${path} is damaged or not a valid .xlsx workbook (${e.message}) ` +
        'Open it in Excel, repair it if asked, and save it as an Excel Workbook (.xlsx).');
    }
    throw e;
  }
}

/** The names of the workbook's sheets (any visibility). */
export async function sheetNames(book: Workbook): Promise<string[]> {
  return (await book.listSheets()).map((s) => s.name);
}

/**
 * The used range of `sheet` read from A1 (so grid positions are sheet rows and
 * columns), or a CliError saying the sheet is missing and how to add it.
 */
export async function readSheetFromA1(
  book: Workbook, sheet: string, purpose: string,
): Promise<Grid> {
  const names = await sheetNames(book);
  const actual = names.find((n) => n.toLowerCase() === sheet.toLowerCase());
  if (!actual) {
    inputError(`The workbook has no sheet "${sheet}" (${purpose}). Add it as described in ` +
      `docs/workbook-contract.md. Sheets found: ${names.join(', ') || 'none'}.`);
  }
  const used = await book.readUsedRange(actual);
  if (!used) return gridOf(actual, null);
  const address = `A1:${cellA1(used.row + used.values.length - 1,
    used.column + (used.values[0]?.length ?? 1) - 1)}`;
  const values = await book.readRange(actual, address);
  return { sheet: actual, row: 0, column: 0, values };
}

/** The decision record stored in the workbook, or null; a damaged one is a CliError. */
export async function readStoredRecord(book: Workbook): Promise<DecisionRecord | null> {
  return withLocationAsync('the stored decision record (very hidden sheet LBF_Record)',
    async () => {
      const json = await book.readRecord();
      return json === null ? null : parseRecord(json);
    });
}
