/**
 * Reads a sheet laid out as a `Field | Value` block followed by titled
 * sections, each a header row and data rows down to the next blank row:
 *
 *   Field            | Value
 *   Objective        | Keep first response under 8 hours ...
 *   (blank)
 *   Approvals                                   ← section title, alone in column A
 *   Approver | Role | Status | Date | Comment   ← header (any order; names matter)
 *   ...rows...
 *   (blank)
 *
 * Used for `LBF Decision`. Every problem names the sheet and the cell.
 */
import { inputError } from './cliError';
import {
  addressOf,
  cellAt,
  cellText,
  headerKey,
  isEmptyRow,
  whereOf,
  type Grid,
} from './sheetGrid';
import type { CellValue } from '../workbook';

export interface ColumnSpec {
  key: string;
  header: string;
  required?: boolean;
}

export interface SectionSpec {
  key: string;
  title: string;
  columns: ColumnSpec[];
}

/** One data row of a section: its cells by column key and where each came from. */
export interface SectionRow {
  cells: Record<string, CellValue>;
  where(key: string): string;
}

export interface SectionedSheet {
  /** Field values by field key (as listed in `fields`), with where they came from. */
  fields: Record<string, { value: CellValue; where: string }>;
  sections: Record<string, SectionRow[]>;
}

/**
 * Reads the sheet. `fields` maps a key to the label written in column A.
 * Labels and section titles match case-insensitively; unknown labels and
 * sections are errors that list the known ones.
 */
export function readSectionedSheet(
  grid: Grid,
  fields: Record<string, string>,
  sections: SectionSpec[],
): SectionedSheet {
  const start = findFieldHeader(grid);
  const result: SectionedSheet = { fields: {}, sections: {} };
  const byTitle = new Map(sections.map((s) => [headerKey(s.title), s]));
  const byLabel = new Map(Object.entries(fields).map(([k, label]) => [headerKey(label), k]));
  let r = start + 1;
  while (r < grid.values.length) {
    if (isEmptyRow(grid, r)) {
      r += 1;
      continue;
    }
    const section = byTitle.get(headerKey(cellAt(grid, r, 0)));
    if (section && isTitleRow(grid, r)) {
      r = readSection(grid, r, section, result);
      continue;
    }
    readField(grid, r, byLabel, sections, result);
    r += 1;
  }
  return result;
}

function findFieldHeader(grid: Grid): number {
  for (let r = 0; r < grid.values.length; r += 1) {
    if (headerKey(cellAt(grid, r, 0)) === 'field' && headerKey(cellAt(grid, r, 1)) === 'value') {
      return r;
    }
  }
  return inputError(
    `Sheet "${grid.sheet}" has no header row "Field | Value" in its first two columns. ` +
      'Put a row with Field in column A and Value in column B above the fields ' +
      '(see docs/workbook-contract.md).',
  );
}

function isTitleRow(grid: Grid, r: number): boolean {
  return (grid.values[r] ?? []).slice(1).every((v) => cellText(v) === '');
}

function readField(
  grid: Grid,
  r: number,
  byLabel: Map<string, string>,
  sections: SectionSpec[],
  result: SectionedSheet,
): void {
  const label = cellText(cellAt(grid, r, 0));
  const key = byLabel.get(headerKey(label));
  if (!key) {
    const known = [...byLabel.keys()].join(', ');
    const titles = sections.map((s) => s.title).join(', ');
    inputError(
      `${whereOf(grid, r, 0)} holds ${JSON.stringify(label)}, which is neither a ` +
        `field (${known}) nor a section title alone in its row (${titles}).`,
    );
  }
  if (result.fields[key]) {
    inputError(
      `${whereOf(grid, r, 0)}: the field ${JSON.stringify(label)} appears twice ` +
        `(also at ${result.fields[key].where}). Keep one row.`,
    );
  }
  result.fields[key] = { value: cellAt(grid, r, 1), where: whereOf(grid, r, 1) };
}

function readSection(
  grid: Grid,
  titleRow: number,
  spec: SectionSpec,
  result: SectionedSheet,
): number {
  if (result.sections[spec.key]) {
    inputError(`${whereOf(grid, titleRow, 0)}: section "${spec.title}" appears twice. Keep one.`);
  }
  const headerRow = titleRow + 1;
  const columns = mapHeader(grid, headerRow, spec);
  const rows: SectionRow[] = [];
  let r = headerRow + 1;
  for (; r < grid.values.length && !isEmptyRow(grid, r); r += 1) {
    const cells: Record<string, CellValue> = {};
    for (const [key, c] of columns) cells[key] = cellAt(grid, r, c);
    const row = r;
    rows.push({ cells, where: (key) => whereOf(grid, row, columns.get(key) ?? 0) });
  }
  result.sections[spec.key] = rows;
  return r;
}

function mapHeader(grid: Grid, r: number, spec: SectionSpec): Map<string, number> {
  const found = new Map<string, number>();
  const width = grid.values[r]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    const key = headerKey(cellAt(grid, r, c));
    const column = spec.columns.find((col) => headerKey(col.header) === key);
    if (column) found.set(column.key, c);
  }
  const missing = spec.columns.filter((col) => col.required !== false && !found.has(col.key));
  if (missing.length > 0) {
    const expected = spec.columns.map((c) => c.header).join(' | ');
    inputError(
      `Sheet "${grid.sheet}", row ${addressOf(grid, r, 0).replace(/^[A-Z]+/, '')}: the ` +
        `"${spec.title}" section needs the header row ${expected} right under its title; ` +
        `missing ${missing.map((m) => m.header).join(', ')}.`,
    );
  }
  return found;
}
