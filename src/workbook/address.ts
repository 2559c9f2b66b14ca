/**
 * A1 addresses, sheet names, table names and workbook names as Excel accepts
 * them. Plans use 0-based row and column indices; these helpers turn them into
 * the text Excel and ExcelJS expect.
 */

/** Excel's limits: 1,048,576 rows, 16,384 columns (XFD), 31-character sheet names. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/g;
/** Characters below the space are control codes Excel will not show in a tab. */
const SPACE_CODE = 32;

/** A rectangle on one sheet, 0-based. */
export interface RangeRef {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 text of one cell, 0-based: (0, 0) → A1. */
export function cellA1(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** A1 text of a rectangle: (0, 0, 2, 3) → A1:C2; one cell stays A1. */
export function rangeA1(
  row: number,
  column: number,
  rows: number,
  columns: number,
  absolute = false,
): string {
  const first = cellA1(row, column, absolute);
  if (rows === 1 && columns === 1) return first;
  return `${first}:${cellA1(row + rows - 1, column + columns - 1, absolute)}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } | undefined {
  const m = CELL_PATTERN.exec(text.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  // Row 0 and columns past XFD do not exist: T0 or ABCD1 are names, not cells.
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row: row - 1, column: column - 1 };
}

/**
 * Parses `A1`, `B2:D10` or `Sheet!B2:D10` (sheet part ignored) into 0-based
 * indices; undefined when the text is not a cell or rectangle address.
 */
export function parseA1(address: string): Omit<RangeRef, 'sheet'> | undefined {
  const bang = address.lastIndexOf('!');
  const parts = address.slice(bang + 1).split(':');
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return undefined;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rows: Math.abs(a.row - b.row) + 1,
    columns: Math.abs(a.column - b.column) + 1,
  };
}

/** Sheet name quoted for a reference when needed: My Sheet → 'My Sheet'. */
export function quoteSheetName(sheet: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCell(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Full reference of a rectangle: 'My Sheet'!$A$1:$C$4. */
export function refA1(ref: RangeRef, absolute = true): string {
  const range = rangeA1(ref.row, ref.column, ref.rows, ref.columns, absolute);
  return `${quoteSheetName(ref.sheet)}!${range}`;
}

/**
 * Why Excel would refuse `name` as a sheet name, or undefined when it is fine:
 * 1–31 characters, none of `: \ / ? * [ ]`, no apostrophe at either end,
 * not the reserved name History.
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (/[:\\/?*[\]]/.test(name)) return 'contains one of : \\ / ? * [ ]';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return 'is reserved by Excel (History)';
  return undefined;
}

/**
 * Turns any text into a sheet name Excel accepts: forbidden characters become
 * `_`, apostrophes at the ends are dropped, at most 31 characters, and a
 * suffix ` (2)`, ` (3)` … keeps it unique among `existing` (case-insensitive,
 * as Excel compares sheet names).
 * @example safeSheetName('Q3: costs/quality?') // 'Q3_ costs_quality_'
 */
export function safeSheetName(text: string, existing: readonly string[] = []): string {
  let base = Array.from(text.replace(FORBIDDEN_SHEET_CHARS, '_'), (ch) =>
    ch.charCodeAt(0) < SPACE_CODE ? ' ' : ch,
  ).join('');
  base = base.replace(/^'+|'+$/g, '').trim();
  if (base === '' || base.toLowerCase() === 'history') base = base ? `${base}_` : 'Sheet';
  base = trimName(base, MAX_SHEET_NAME_LENGTH);
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = trimName(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
  }
  return candidate;
}

function trimName(name: string, maxLength: number): string {
  let cut = name.slice(0, maxLength);
  // A cut between the two halves of a surrogate pair would leave a broken character.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/'+$/, '');
}

/**
 * Why Excel would refuse `name` as a table or workbook (defined) name, or
 * undefined: starts with a letter, `_` or `\`, then letters, digits, `_` or
 * `.`; at most 255 characters; not a cell address (A1, R1C1) nor R or C.
 */
export function definedNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) {
    return 'must start with a letter or _ and hold only letters, digits, _ and full stops';
  }
  if (name.length > 255) return 'is longer than 255 characters';
  if (parseCell(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
    return 'looks like a cell address';
  }
  return undefined;
}

/**
 * Turns text into a valid table or workbook name: other characters become `_`,
 * a leading digit gets `_`, and names that look like cells get a `_` suffix.
 * @example safeDefinedName('LBF options 2024') // 'LBF_options_2024'
 */
export function safeDefinedName(text: string): string {
  let name = text.replace(/[^A-Za-z0-9_.\\]/g, '_');
  if (!/^[A-Za-z_\\]/.test(name)) name = `_${name}`;
  name = name.slice(0, 255);
  return definedNameProblem(name) ? `${name.slice(0, 254)}_` : name;
}
