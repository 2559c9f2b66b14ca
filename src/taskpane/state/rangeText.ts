import { MAX_COLUMNS, MAX_ROWS, parseA1, refA1, type RangeRef } from '../../workbook';

const WHOLE_COLUMNS = /^([A-Z]{1,3}):([A-Z]{1,3})$/i;
const WHOLE_ROWS = /^(\d{1,7}):(\d{1,7})$/;

function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * Whole columns (`G:G`, `A:C`) or whole rows (`1:1`, `2:5`), as Excel gives
 * the selection of a column or row header; undefined otherwise.
 */
function parseWholeLines(address: string): Omit<RangeRef, 'sheet'> | undefined {
  const cols = WHOLE_COLUMNS.exec(address);
  if (cols) {
    const [a, b] = [columnIndex(cols[1]), columnIndex(cols[2])];
    if (Math.max(a, b) >= MAX_COLUMNS) return undefined;
    return { row: 0, column: Math.min(a, b), rows: MAX_ROWS, columns: Math.abs(a - b) + 1 };
  }
  const rows = WHOLE_ROWS.exec(address);
  if (!rows) return undefined;
  const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
  if (Math.min(a, b) < 0 || Math.max(a, b) >= MAX_ROWS) return undefined;
  return { row: Math.min(a, b), column: 0, rows: Math.abs(a - b) + 1, columns: MAX_COLUMNS };
}

/**
 * Reads a sheet-qualified address as the analyst types or Excel shows it:
 * `Tickets!A1:D400`, `'Call log'!$B$2:$E$90`, whole columns or rows (`Log!G:G`,
 * `Log!1:1`, which reach the sheet's edge: services clip them to the used
 * range). Undefined when it has no sheet or is not a rectangle.
 */
export function parseRangeText(text: string): RangeRef | undefined {
  const trimmed = text.trim().replace(/^=/, '');
  const bang = trimmed.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const address = trimmed.slice(bang + 1).replace(/\$/g, '');
  const box = parseA1(address) ?? parseWholeLines(address);
  if (!sheet || !box) return undefined;
  return { sheet, ...box };
}

/** The display text of a range: `Tickets!A1:D400` (quoted when Excel would). */
export function rangeText(ref: RangeRef): string {
  return refA1(ref, false);
}
