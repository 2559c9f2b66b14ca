import { isBlank } from '../args';
import { fail } from '../errors';
import { rangeText, type ParameterDef } from './catalogue';
import { readCellNumber, readCellText } from './cells';
import { normalizeName } from './suggest';
import { isPercentUnit, type Converter } from './units';

/**
 * Checks one canonical number against its parameter's range. A share above 1
 * (and at most 100) gets the "write 0.25 or 25 %" message instead of a bare
 * range error, since that is nearly always a percent typed as a whole number.
 * @param def the parameter
 * @param value canonical value
 * @param argument how messages name it ("inhouse_shrinkage (row 4)")
 * @param typed the value as the cell shows it, when it was written as a
 *   percentage ("160 %"): messages then quote it, and the "write 0.25 or
 *   25 %" hint, which assumes a whole number without %, is not given
 * @returns the value, unchanged
 * @example checkParameterNumber(PARAMETER_BY_NAME.get('inhouse_shrinkage')!, 0.3, 'x') // 0.3
 */
export function checkParameterNumber(
  def: ParameterDef,
  value: number,
  argument: string,
  typed?: string,
): number {
  const low = def.min !== undefined && (def.minExclusive ? value <= def.min : value < def.min);
  const high = def.max !== undefined && (def.maxExclusive ? value >= def.max : value > def.max);
  if (typed === undefined && def.kind === 'share' && def.max === 1 && value > 1 && value <= 100) {
    fail({
      code: 'percentAsWhole',
      argument,
      value,
      details: { suggestion: value / 100, percent: value },
    });
  }
  if (low || high || !Number.isFinite(value)) {
    fail({
      code: 'outOfRange',
      argument,
      value: typed ?? value,
      details: { range: rangeText(def), hint: `(${def.name} is in ${def.unit}.)` },
    });
  }
  if (def.integer && !Number.isInteger(value)) fail({ code: 'notInteger', argument, value });
  return value;
}

/**
 * Reads a choice parameter ("Inhouse first" → "inhouse_first").
 * @example readChoice(PARAMETER_BY_NAME.get('routing')!, 'Inhouse first', 'routing')
 * // 'inhouse_first'
 */
export function readChoice(def: ParameterDef, raw: unknown, argument: string): string {
  const text = normalizeName(readCellText(argument, raw));
  if (!def.choices?.includes(text)) {
    fail({
      code: 'badChoice',
      argument,
      value: raw,
      details: { choices: (def.choices ?? []).join(' or ') },
    });
  }
  return text;
}

/**
 * Reads one value cell of parameter `def` and returns it canonical and checked;
 * undefined for a blank cell.
 * @param convert the unit converter for the row's Unit (identity when blank)
 * @param unitText the row's Unit text, to know whether `%` was written there
 * @example readParameterValue(PARAMETER_BY_NAME.get('inhouse_shrinkage')!, '25%', 'x') // 0.25
 */
export function readParameterValue(
  def: ParameterDef,
  raw: unknown,
  argument: string,
  convert: Converter = (v) => v,
  unitText = '',
): number | string | undefined {
  if (def.kind === 'choice') return isBlank(raw) ? undefined : readChoice(def, raw, argument);
  const cell = readCellNumber(argument, raw, `${rangeText(def)} in ${def.unit}`);
  if (cell === undefined) return undefined;
  if (cell.percentText && def.kind !== 'share') {
    fail({
      code: 'notNumber',
      argument,
      value: raw,
      details: { expected: `${rangeText(def)} in ${def.unit}, without %` },
    });
  }
  // "25%" text already reads as 0.25; with Unit % as well, do not divide twice.
  const percentUnit = isPercentUnit(unitText);
  const typed = cell.percentText && percentUnit ? cell.value * 100 : cell.value;
  const percentTyped = percentUnit ? typed : cell.value * 100;
  const shown = percentUnit || cell.percentText ? `${+percentTyped.toPrecision(12)} %` : undefined;
  return checkParameterNumber(def, convert(typed), argument, shown);
}
