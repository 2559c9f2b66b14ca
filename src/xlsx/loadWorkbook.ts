/**
 * Loading .xlsx bytes into ExcelJS without its quirks reaching the user:
 * its console warnings are caught (a sheet name over 31 characters becomes a
 * clear error naming the sheet), and tables saved by LibreOffice, which carry
 * no <tableStyleInfo>, get an empty style so ExcelJS can write them back.
 */
import type ExcelJS from 'exceljs';
import { fail } from '../core/errors';

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_CHARS = 31;

/** ExcelJS 4.4 warns `Worksheet name X exceeds 31 chars. This will be truncated`. */
const LONG_NAME_WARNING = /^Worksheet name ([\s\S]*) exceeds 31 chars/;

/** ExcelJS's sheet-name refusals, and the sheet name in each. */
const NAME_ERRORS: [RegExp, string][] = [
  [/^Worksheet name ([\s\S]*) cannot include/, 'contains one of : \\ / ? * [ ]'],
  [
    /^The first or last character of worksheet name cannot be a single quotation mark: ([\s\S]*)$/,
    'starts or ends with an apostrophe',
  ],
  [/^The name "(History)" is protected/, 'is reserved by Excel'],
  [/^Worksheet name already exists: ([\s\S]*)$/, 'repeats another sheet name (ignoring case)'],
];

const RENAME_HINT =
  'Rename it (at most 31 characters, none of : \\ / ? * [ ]) in Excel or LibreOffice ' +
  'and save again.';

function badSheetName(name: string, reason: string, hint = RENAME_HINT): never {
  fail({ code: 'badFile', argument: `Sheet ${JSON.stringify(name)}`, details: { reason, hint } });
}

function refuseLongNames(longNames: string[]): void {
  const [name] = longNames;
  if (name === undefined) return;
  badSheetName(
    name,
    `its name is ${name.length} characters long; Excel allows at most ${MAX_SHEET_NAME_CHARS}`,
    'Rename it to 31 characters or fewer (in Excel or LibreOffice) and save again.',
  );
}

/** Runs `load` with console.warn caught; returns the sheet names ExcelJS warned about. */
async function withWarningsCaught(load: () => Promise<unknown>): Promise<string[]> {
  const longNames: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const match = LONG_NAME_WARNING.exec(String(args[0]));
    if (match) longNames.push(match[1]);
    else original(...args);
  };
  try {
    await load();
  } catch (e) {
    refuseLongNames(longNames);
    const message = (e as Error).message;
    for (const [pattern, reason] of NAME_ERRORS) {
      const m = pattern.exec(message);
      if (m) badSheetName(m[1], `its name ${reason}`);
    }
    throw e;
  } finally {
    console.warn = original;
  }
  return longNames;
}

interface LoadedTable {
  table?: { style?: unknown };
}

/**
 * LibreOffice saves tables without <tableStyleInfo>; ExcelJS loads that as a
 * null style and then fails to save ("Cannot read properties of null (reading
 * 'theme')"). An empty style writes back as a table without a style name,
 * which is what the file had.
 */
function normaliseTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {};
    for (const t of Object.values(tables)) {
      if (t.table && !t.table.style) t.table.style = { showRowStripes: false };
    }
  }
}

/**
 * Loads .xlsx bytes into `wb`, quietly. Rejects with an LbfError naming the
 * sheet when a sheet name breaks Excel's rules; passes other failures on.
 */
export async function loadQuietly(wb: ExcelJS.Workbook, bytes: ArrayBuffer): Promise<void> {
  const longNames = await withWarningsCaught(() => wb.xlsx.load(bytes));
  refuseLongNames(longNames);
  normaliseTables(wb);
}
