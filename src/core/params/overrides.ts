import { isBlank } from '../args';
import { fail } from '../errors';
import { readCellText, refuseErrorCell } from './cells';

/**
 * Flattens a row, a column or a single cell into a list, keeping order.
 * @example flattenCells([['a'], ['b']]) // ['a', 'b']
 */
export function flattenCells(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  return (range as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row]));
}

/** "1 name", "2 names". */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function trimTrailingBlanks(cells: unknown[]): unknown[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end -= 1;
  return cells.slice(0, end);
}

/**
 * Pairs override names with values (either may be a row or a column; Excel
 * passes null for an omitted argument). Numbers stay as they are, text stays
 * text ("25%", "inhouse_first"): `scenarioFromTable` reads and checks them
 * against the parameter. A blank value means "no override: keep the table's
 * value", so a scenario table can leave the cells an option does not change
 * empty. A value without a name, or fewer values than names, is an error.
 * @param names override names, e.g. a scenario table's header cells
 * @param values the values, in the same order
 * @returns name → value, names as typed (matched later like table names)
 * @example parseOverrides([['inhouse_fte', 'routing']], [[12, 'inhouse_first']])
 * // { inhouse_fte: 12, routing: 'inhouse_first' }
 */
export function parseOverrides(names: unknown, values: unknown): Record<string, number | string> {
  const nameCells = isBlank(names) ? [] : trimTrailingBlanks(flattenCells(names));
  const valueCells = isBlank(values) ? [] : flattenCells(values);
  const extraValues = trimTrailingBlanks(valueCells.slice(nameCells.length));
  if (valueCells.length < nameCells.length || extraValues.length > 0) {
    const valueCount = Math.min(valueCells.length, nameCells.length) + extraValues.length;
    fail({
      code: 'countMismatch',
      argument: 'values',
      details: {
        rule: 'one value per name',
        counts: `${counted(nameCells.length, 'name')} but ${counted(valueCount, 'value')}`,
      },
    });
  }
  const out: Record<string, number | string> = {};
  const itemOf: Record<string, number> = {};
  nameCells.forEach((rawName, i) => {
    const name = readCellText(`names item ${i + 1}`, rawName);
    const raw = valueCells[i];
    if (name === '' && isBlank(raw)) return;
    if (name === '') fail({ code: 'required', argument: `names item ${i + 1}` });
    refuseErrorCell(`${name} (override)`, raw);
    if (isBlank(raw)) return;
    if (typeof raw === 'boolean') {
      fail({
        code: 'notNumber',
        argument: `${name} (override)`,
        value: raw,
        details: { expected: 'a number or a choice' },
      });
    }
    if (name in out) {
      fail({
        code: 'duplicateName',
        argument: 'Override',
        value: name,
        details: { where: `names items ${itemOf[name]} and ${i + 1}` },
      });
    }
    out[name] = raw as number | string;
    itemOf[name] = i + 1;
  });
  return out;
}
