/**
 * Reads the `LBF Options` sheet: a header row `Option | [Name] | [Description]
 * | <parameter> | <parameter> …`, then one row per option whose non-blank
 * cells override the parameter table.
 */
import {
  PARAMETER_BY_NAME,
  PARAMETERS,
  nearestName,
  normalizeName,
  sharedReason,
} from '../core/params';
import { isCellError, type CellValue } from '../workbook';
import { inputError } from './cliError';
import {
  cellAt,
  cellText,
  headerKey,
  isEmptyCell,
  isEmptyRow,
  whereOf,
  type Grid,
} from './sheetGrid';

/** One option: its id (A, B …), name, description and overrides. */
export interface OptionInput {
  id: string;
  name: string;
  description: string;
  /** Parameter name → the cell as written (number, or text such as "35%"). */
  overrides: Record<string, number | string>;
  /** `sheet "LBF Options", row 3`, for messages. */
  where: string;
}

/** The options and the override columns in sheet order. */
export interface OptionsInput {
  options: OptionInput[];
  overrideNames: string[];
}

const OPTION_ID = /^[A-Z][A-Z0-9]{0,3}$/;

/** Spreadsheet-column style ids: A … Z, AA, AB … */
function letters(n: number): string {
  let id = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) {
    id = String.fromCharCode(65 + ((k - 1) % 26)) + id;
  }
  return id;
}

/** Ids for rows whose column A is a name, skipping ids other rows give explicitly. */
function autoIds(grid: Grid, rows: number[]): Map<number, string> {
  const explicit = new Set(
    rows.map((r) => cellText(cellAt(grid, r, 0))).filter((t) => OPTION_ID.test(t)),
  );
  const ids = new Map<number, string>();
  let next = 0;
  for (const r of rows) {
    const first = cellText(cellAt(grid, r, 0));
    if (OPTION_ID.test(first) || first === '') continue;
    while (explicit.has(letters(next))) next += 1;
    ids.set(r, letters(next));
    next += 1;
  }
  return ids;
}
const LABEL_COLUMNS = ['option', 'name', 'description'] as const;

/** Reads and checks the options sheet; problems name the cell. */
export function readOptionsSheet(grid: Grid): OptionsInput {
  const headerRow = firstFilledRow(grid);
  const { labels, parameters } = mapHeader(grid, headerRow);
  const options: OptionInput[] = [];
  const rows: number[] = [];
  for (let r = headerRow + 1; r < grid.values.length; r += 1) {
    if (!isEmptyRow(grid, r)) rows.push(r);
  }
  const ids = autoIds(grid, rows);
  for (const r of rows) options.push(readOption(grid, r, labels, parameters, options, ids));
  if (options.length === 0) {
    inputError(
      `Sheet "${grid.sheet}" has a header but no option under it. Add one row per ` +
        'option (A, B, C …) with the parameter values it changes.',
    );
  }
  return { options, overrideNames: [...parameters.keys()] };
}

function firstFilledRow(grid: Grid): number {
  for (let r = 0; r < grid.values.length; r += 1) if (!isEmptyRow(grid, r)) return r;
  return inputError(
    `Sheet "${grid.sheet}" is empty. Write a header row Option | Name | ` +
      'Description | <parameter names …> and one row per option.',
  );
}

function mapHeader(grid: Grid, r: number) {
  const labels: Partial<Record<(typeof LABEL_COLUMNS)[number], number>> = {};
  const parameters = new Map<string, number>();
  if (headerKey(cellAt(grid, r, 0)) !== 'option') {
    inputError(
      `${whereOf(grid, r, 0)} must hold the header "Option" (got ` +
        `${JSON.stringify(cellText(cellAt(grid, r, 0)))}). The header row is Option | Name | ` +
        'Description | then the parameter names the options change.',
    );
  }
  const width = grid.values[r]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    const raw = cellText(cellAt(grid, r, c));
    if (raw === '') continue;
    const label = LABEL_COLUMNS.find((l) => l === headerKey(raw));
    if (label) {
      labels[label] ??= c;
      continue;
    }
    const name = parameterName(grid, r, c, raw);
    const shared = sharedReason(name);
    if (shared) {
      inputError(
        `${whereOf(grid, r, c)}: options cannot change ${name}: ` +
          `${shared}, so scores would not be comparable. Remove the column ` +
          `and set ${name} once in "LBF Parameters".`,
      );
    }
    if (parameters.has(name)) inputError(`${whereOf(grid, r, c)}: ${name} has two columns.`);
    parameters.set(name, c);
  }
  return { labels, parameters };
}

function parameterName(grid: Grid, r: number, c: number, raw: string): string {
  const typed = normalizeName(raw.replace(/\s*\(.*\)\s*$/, ''));
  if (PARAMETER_BY_NAME.has(typed)) return typed;
  const suggestion = nearestName(
    typed,
    PARAMETERS.map((d) => d.name),
  );
  return inputError(
    `${whereOf(grid, r, c)}: the header ${JSON.stringify(raw)} is not a ` +
      `parameter name${suggestion ? `; did you mean ${suggestion}?` : '.'} Override columns ` +
      'are headed by parameter names (LBF.PARAMETERS() lists them).',
  );
}

function readOption(
  grid: Grid,
  r: number,
  labels: Partial<Record<string, number>>,
  parameters: Map<string, number>,
  earlier: OptionInput[],
  ids: Map<number, string>,
): OptionInput {
  const first = cellText(cellAt(grid, r, 0));
  const nameCell = labels.name === undefined ? '' : cellText(cellAt(grid, r, labels.name));
  const isId = OPTION_ID.test(first);
  if (first === '') inputError(`${whereOf(grid, r, 0)} is empty; write the option (A, B, C …).`);
  const id = isId ? first : (ids.get(r) as string);
  const name = nameCell || (isId ? `Option ${first}` : first);
  const clash = earlier.find((o) => o.id === id);
  if (clash) {
    inputError(
      `${whereOf(grid, r, 0)}: option ${id} appears twice (also ${clash.where}). ` +
        'Give each option its own id.',
    );
  }
  const overrides: Record<string, number | string> = {};
  for (const [parameter, c] of parameters) {
    const value = cellAt(grid, r, c);
    if (isEmptyCell(value)) continue;
    overrides[parameter] = overrideValue(grid, r, c, value);
  }
  const description =
    labels.description === undefined ? '' : cellText(cellAt(grid, r, labels.description));
  return { id, name, description, overrides, where: `sheet "${grid.sheet}", row ${r + 1}` };
}

function overrideValue(grid: Grid, r: number, c: number, value: CellValue): number | string {
  if (isCellError(value)) {
    inputError(`${whereOf(grid, r, c)} holds the error ${value.error}; fix that cell first.`);
  }
  if (typeof value === 'boolean') {
    inputError(
      `${whereOf(grid, r, c)} holds ${value ? 'TRUE' : 'FALSE'}; write a number ` +
        'or a choice such as inhouse_first.',
    );
  }
  return value as number | string;
}
