/**
 * Opening a workbook file for the command line and reading the sheets of the
 * workbook contract (docs/workbook-contract.md) through the workbook port.
 */
import { isLbfError } from '../core/errors';
import { parseRecord, type DecisionRecord } from '../core/record';
import { cellA1, type Workbook } from '../workbook';
import { XlsxWorkbook } from '../xlsx';
import JSZip from 'jszip';
import { inputError, withLocationAsync } from './cliError';
import { readWorkbookFile } from './files';
import { verifyStoredHistory } from './recordChecks';
import { gridOf, type Grid } from './sheetGrid';
import { isWorkbookPackage, normalisedForExcelJs, packageInfo, type PackageInfo } from './zipParts';

export const PARAMETERS_SHEET = 'LBF Parameters';
export const OPTIONS_SHEET = 'LBF Options';

/** An opened input: the ExcelJS adapter, the file it came from and its zip parts. */
export interface InputWorkbook {
  book: XlsxWorkbook;
  path: string;
  info: PackageInfo;
}

function damaged(path: string, reason: string): never {
  return inputError(
    `${path} is damaged or not a valid .xlsx workbook (${reason}). Open it ` +
      'in Excel, repair it if asked, and save it as an Excel Workbook (.xlsx).',
  );
}

/**
 * Runs `work` with console.warn and console.log silenced: ExcelJS warns on
 * stderr about things the analyst cannot act on (e.g. long sheet names).
 */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const { warn, log } = console;
  console.warn = () => undefined;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

async function unzip(path: string, bytes: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (e) {
    return damaged(path, `its zip structure cannot be read: ${(e as Error).message}`);
  }
}

/** Loads an .xlsx file into the ExcelJS adapter; bad files are CliErrors (exit 2). */
export async function openWorkbook(path: string): Promise<InputWorkbook> {
  const bytes = await readWorkbookFile(path);
  const zip = await unzip(path, bytes);
  if (!isWorkbookPackage(zip)) {
    inputError(
      `${path} is a zip file but not an Excel .xlsx workbook (it has no ` +
        'xl/workbook.xml). Open it in Excel and save it as an Excel Workbook (.xlsx).',
    );
  }
  const info = await packageInfo(zip);
  const loadable = (await normalisedForExcelJs(zip)) ?? bytes;
  try {
    return { book: await quietly(() => XlsxWorkbook.load(loadable)), path, info };
  } catch (e) {
    if (isLbfError(e)) {
      const reason = (e.details as { reason?: string }).reason ?? e.message;
      damaged(path, reason.replace(/^it could not be read as \.xlsx \((.*)\)$/, '$1'));
    }
    throw e;
  }
}

/** The names of the workbook's sheets (any visibility). */
export async function sheetNames(book: Workbook): Promise<string[]> {
  return (await book.listSheets()).map((s) => s.name);
}

/** A sheet name as matched: case, surrounding and repeated spaces ignored. */
export function sheetKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Addresses of formula cells with no cached result in `sheet` (a workbook
 * written by a program that does not calculate, e.g. ExcelJS or openpyxl).
 */
export function uncalculatedCells(book: XlsxWorkbook, sheet: string): string[] {
  const ws = book.workbook.worksheets.find((w) => w.name === sheet);
  const found: string[] = [];
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      const model = cell.model as { formula?: string; sharedFormula?: string; result?: unknown };
      const formula = model.formula !== undefined || model.sharedFormula !== undefined;
      if (formula && (model.result === undefined || model.result === null)) {
        found.push(cell.address);
      }
    }),
  );
  return found;
}

function refuseUncalculated(book: XlsxWorkbook, sheet: string): void {
  const cells = uncalculatedCells(book, sheet);
  if (cells.length === 0) return;
  const more =
    cells.length > 1
      ? ` (and ${cells.length - 1} more: ` +
        `${cells.slice(1, 6).join(', ')}${cells.length > 6 ? ' …' : ''})`
      : '';
  inputError(
    `Sheet "${sheet}", cell ${cells[0]}${more}: formula not calculated (the file ` +
      'holds the formula but no result); open and save the workbook in Excel (or ' +
      'LibreOffice) first, or type the value instead of the formula.',
  );
}

/**
 * The used range of `sheet` read from A1 (so grid positions are sheet rows and
 * columns), or a CliError saying the sheet is missing and how to add it. A
 * formula cell without a cached result is a CliError naming the cell.
 */
export async function readSheetFromA1(
  book: XlsxWorkbook,
  sheet: string,
  purpose: string,
): Promise<Grid> {
  const names = await sheetNames(book);
  const actual = names.find((n) => sheetKey(n) === sheetKey(sheet));
  if (!actual) {
    inputError(
      `The workbook has no sheet "${sheet}" (${purpose}). Add it as described in ` +
        `docs/workbook-contract.md. Sheets found: ${names.join(', ') || 'none'}.`,
    );
  }
  refuseUncalculated(book, actual);
  const used = await book.readUsedRange(actual);
  if (!used) return gridOf(actual, null);
  const address = `A1:${cellA1(
    used.row + used.values.length - 1,
    used.column + (used.values[0]?.length ?? 1) - 1,
  )}`;
  const values = await book.readRange(actual, address);
  return { sheet: actual, row: 0, column: 0, values };
}

/**
 * The decision record stored in the workbook, or null; a damaged one, or one
 * whose history no longer verifies, is a CliError.
 */
export async function readStoredRecord(book: Workbook): Promise<DecisionRecord | null> {
  const record = await withLocationAsync(
    'the stored decision record (very hidden sheet LBF_Record)',
    async () => {
      const json = await book.readRecord();
      return json === null ? null : parseRecord(json);
    },
  );
  if (record) verifyStoredHistory(record);
  return record;
}
