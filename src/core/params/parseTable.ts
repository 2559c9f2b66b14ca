import { isBlank } from '../args';
import { fail } from '../errors';
import { PARAMETER_BY_NAME, PARAMETERS, type ParameterDef } from './catalogue';
import { readCellText } from './cells';
import { nearestName, normalizeName } from './suggest';
import { unitConverter, type UnitContext } from './units';
import { readParameterValue } from './values';

/** One row of a parameter table, with its value in the canonical unit. */
export interface ParameterRow {
  name: string;
  /** Canonical value (number, or the choice text for `routing`). */
  value: number | string;
  /** The Value cell as it arrived. */
  rawValue: unknown;
  unit?: string;
  /** Range for uncertainty, canonical. */
  low?: number;
  high?: number;
  owner?: string;
  source?: string;
  note?: string;
  /** 0-based index of the row in the range given (a header row counts). */
  rowIndex: number;
}

export interface ParameterTable {
  rows: ParameterRow[];
}

export interface ParseTableOptions {
  /** How messages name the range; default "parameters". */
  argument?: string;
}

type Column = 'name' | 'value' | 'unit' | 'low' | 'high' | 'owner' | 'source' | 'note';
const POSITIONAL: readonly Column[] = [
  'name',
  'value',
  'unit',
  'low',
  'high',
  'owner',
  'source',
  'note',
];
const HEADER_WORDS: Record<string, Column> = {
  name: 'name',
  parameter: 'name',
  value: 'value',
  unit: 'unit',
  units: 'unit',
  low: 'low',
  min: 'low',
  high: 'high',
  max: 'high',
  owner: 'owner',
  source: 'source',
  note: 'note',
  notes: 'note',
  comment: 'note',
};
type ColumnMap = Partial<Record<Column, number>>;
const NAMES = PARAMETERS.map((d) => d.name);
/** Parameters whose values other rows' units depend on, read first in this order. */
const CONTEXT_NAMES = ['business_days_per_week', 'support_hours_per_week'];

function headerMap(first: readonly unknown[]): ColumnMap | undefined {
  const words = first.map((c) => (typeof c === 'string' ? normalizeName(c) : ''));
  const named = words.some((w) => HEADER_WORDS[w] === 'name');
  const titled =
    HEADER_WORDS[words[0]] === 'name' ||
    words.some((w) => HEADER_WORDS[w] !== undefined && HEADER_WORDS[w] !== 'name');
  if (!named || !titled) {
    return undefined;
  }
  const map: ColumnMap = {};
  words.forEach((w, i) => {
    const column = HEADER_WORDS[w];
    if (column && map[column] === undefined) map[column] = i;
  });
  return map;
}

/**
 * A table laid out sideways (names along the first row, values below) would
 * otherwise fail on its second row as "Unknown parameter 1000". Two or more
 * parameter names after the first cell of the first row say it is transposed:
 * a real first row holds at most one name (a Note may mention another).
 */
function refuseTransposed(first: readonly unknown[], argument: string): void {
  const isName = (c: unknown): c is string =>
    typeof c === 'string' && PARAMETER_BY_NAME.has(normalizeName(c));
  if (first.slice(1).filter(isName).length >= 2) {
    const names = first.filter(isName).join(', ');
    fail({ code: 'transposedTable', argument, details: { names } });
  }
}

function columnMap(
  rows: readonly unknown[][],
  argument: string,
): { map: ColumnMap; start: number } {
  if (rows.length > 0 && Array.isArray(rows[0])) refuseTransposed(rows[0], argument);
  const header = rows.length > 0 ? headerMap(rows[0]) : undefined;
  if (header && header.value === undefined) {
    fail({
      code: 'shapeMismatch',
      argument,
      value: rows[0].join(', '),
      details: {
        problem: 'has a header row without a Value column',
        hint: 'Use the columns Name, Value, Unit, Low, High, Owner, Source, Note.',
      },
    });
  }
  const positional: ColumnMap = {};
  POSITIONAL.forEach((c, i) => (positional[c] = i));
  return header ? { map: header, start: 1 } : { map: positional, start: 0 };
}

interface RawRow {
  def: ParameterDef;
  cells: Partial<Record<Column, unknown>>;
  rowIndex: number;
  where: string;
}

function lookupName(raw: unknown, where: string, argument: string): ParameterDef {
  const typed = normalizeName(readCellText(`${argument}${where} Name`, raw));
  const def = PARAMETER_BY_NAME.get(typed);
  if (def) return def;
  return fail({
    code: 'unknownName',
    argument: 'parameter',
    value: raw,
    details: {
      suggestion: nearestName(typed, NAMES),
      hint: `(${argument}${where}; LBF.PARAMETERS() lists every name.)`,
    },
  });
}

function readRows(rows: readonly unknown[][], argument: string): RawRow[] {
  const { map, start } = columnMap(rows, argument);
  const seen = new Map<string, number>();
  const out: RawRow[] = [];
  for (let r = start; r < rows.length; r += 1) {
    const row = Array.isArray(rows[r]) ? rows[r] : [rows[r]];
    if (row.every(isBlank)) continue;
    const cells: Partial<Record<Column, unknown>> = {};
    for (const [column, index] of Object.entries(map)) cells[column as Column] = row[index];
    const where = ` (row ${r + 1})`;
    if (isBlank(cells.name)) {
      fail({
        code: 'shapeMismatch',
        argument: `${argument} row ${r + 1}`,
        value: row.join(', '),
        details: { problem: 'has values but no parameter name in the Name column' },
      });
    }
    const def = lookupName(cells.name, where, argument);
    const earlier = seen.get(def.name);
    if (earlier !== undefined) {
      fail({
        code: 'duplicateName',
        argument: 'Parameter',
        value: def.name,
        details: { where: `rows ${earlier + 1} and ${r + 1} of ${argument}` },
      });
    }
    seen.set(def.name, r);
    out.push({ def, cells, rowIndex: r, where });
  }
  return out;
}

function optionalText(argument: string, raw: unknown): string | undefined {
  const text = readCellText(argument, raw);
  return text === '' ? undefined : text;
}

function readBound(
  raw: RawRow,
  which: 'low' | 'high',
  convert: (v: number) => number,
  unit: string,
): number | undefined {
  const label = which === 'low' ? 'Low' : 'High';
  const value = readParameterValue(
    raw.def,
    raw.cells[which],
    `${raw.def.name} ${label}${raw.where}`,
    convert,
    unit,
  );
  return typeof value === 'number' ? value : undefined;
}

function checkOrder(row: ParameterRow, where: string): void {
  const value = row.value as number;
  if (row.low !== undefined && row.low > value) {
    fail({
      code: 'outOfRange',
      argument: `${row.name} Low${where}`,
      value: row.low,
      details: { range: `at most the Value (${value})` },
    });
  }
  if (row.high !== undefined && row.high < value) {
    fail({
      code: 'outOfRange',
      argument: `${row.name} High${where}`,
      value: row.high,
      details: { range: `at least the Value (${value})` },
    });
  }
}

function toRow(raw: RawRow, ctx: UnitContext): ParameterRow | undefined {
  const { def, cells, where } = raw;
  const unit = optionalText(`${def.name} Unit${where}`, cells.unit) ?? '';
  const convert = unitConverter(def, unit, ctx, where);
  const value = readParameterValue(def, cells.value, `${def.name}${where}`, convert, unit);
  const hasRange = !isBlank(cells.low) || !isBlank(cells.high);
  if (value === undefined) {
    if (hasRange) fail({ code: 'required', argument: `${def.name} Value${where}` });
    return undefined;
  }
  if (hasRange && def.kind === 'choice') {
    fail({
      code: 'shapeMismatch',
      argument: `${def.name}${where}`,
      value: cells.low ?? cells.high,
      details: { problem: 'is a choice and cannot have Low or High' },
    });
  }
  const row: ParameterRow = {
    name: def.name,
    value,
    rawValue: cells.value,
    rowIndex: raw.rowIndex,
    unit: unit || undefined,
    low: readBound(raw, 'low', convert, unit),
    high: readBound(raw, 'high', convert, unit),
    owner: optionalText(`${def.name} Owner${where}`, cells.owner),
    source: optionalText(`${def.name} Source${where}`, cells.source),
    note: optionalText(`${def.name} Note${where}`, cells.note),
  };
  checkOrder(row, where);
  return row;
}

/**
 * Parses a parameter table: columns Name, Value and optionally Unit, Low,
 * High, Owner, Source, Note, with or without a header row (detected when the
 * first row has a cell "Name" or "Parameter" and another column title; with a
 * header the columns may come in any order). Values, Low and High come back
 * in canonical units. Fully blank rows are skipped; a blank Value means "use
 * the default".
 * Units `per hour` and `per business day` convert with the table's own
 * support_hours_per_week and business_days_per_week (or their defaults).
 * @param rows the range as a 2-D array (Excel, ExcelJS or plain values)
 * @param options `argument` names the range in messages
 * @returns the rows, in table order
 * @example parseParameterTable([['tickets_per_week', 100, 'per day']]).rows[0].value // 700
 */
export function parseParameterTable(
  rows: unknown[][],
  options: ParseTableOptions = {},
): ParameterTable {
  const argument = options.argument ?? 'parameters';
  if (!Array.isArray(rows)) {
    fail({ code: 'shapeMismatch', argument, value: rows, details: { problem: 'must be a range' } });
  }
  const raws = readRows(rows, argument);
  const ctx: UnitContext = { supportHoursPerWeek: 40, businessDaysPerWeek: 5 };
  const out: ParameterRow[] = [];
  for (const name of CONTEXT_NAMES) {
    const raw = raws.find((r) => r.def.name === name);
    const row = raw && toRow(raw, ctx);
    if (row) {
      if (name === 'business_days_per_week') ctx.businessDaysPerWeek = row.value as number;
      else ctx.supportHoursPerWeek = row.value as number;
    }
  }
  for (const raw of raws) {
    const row = toRow(raw, ctx);
    if (row) out.push(row);
  }
  return { rows: out };
}
