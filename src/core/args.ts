import { fail } from './errors';

/**
 * Bounds for one numeric argument, declared once per function and checked
 * here, so every entry point (custom functions, the command line, the task
 * pane) refuses bad input with the same words.
 */
export interface NumberSpec {
  /** Smallest accepted value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  /** Largest accepted value (inclusive unless `maxExclusive`). */
  max?: number;
  maxExclusive?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
  /** A share in [0, 1]: 80 is refused with a hint to write 0.8 or 80 %. */
  share?: boolean;
  /** Value used when the argument is omitted (null, undefined or blank). */
  fallback?: number;
  /** Hint appended to range errors ("Write the target as ..."). */
  hint?: string;
}

const PERCENT_TEXT = /^([-+]?\d+(?:\.\d+)?)\s*%$/;
const NUMBER_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** True for what Excel passes for an omitted argument or an empty cell. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Reads a number typed or stored as text: "1,200" is 1200 and "25%" is 0.25.
 * Returns undefined when the text is not a number.
 */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  const percent = PERCENT_TEXT.exec(trimmed);
  if (percent) return Number(percent[1]) / 100;
  if (trimmed === '' || !NUMBER_TEXT.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function rangeText(spec: NumberSpec): string {
  const lo = spec.min === undefined ? undefined : `${spec.minExclusive ? '>' : '≥'} ${spec.min}`;
  const hi = spec.max === undefined ? undefined : `${spec.maxExclusive ? '<' : '≤'} ${spec.max}`;
  const whole = spec.integer ? 'a whole number ' : 'a number ';
  return whole + [lo, hi].filter(Boolean).join(' and ');
}

function checkBounds(argument: string, value: number, spec: NumberSpec): number {
  const belowMin =
    spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min);
  const aboveMax =
    spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max);
  if (spec.share && aboveMax && value > 1 && value <= 100) {
    fail({
      code: 'percentAsWhole',
      argument,
      value,
      details: { suggestion: value / 100, percent: value },
    });
  }
  if (belowMin || aboveMax) {
    fail({ code: 'outOfRange', argument, value, details: { range: rangeText(spec), hint: spec.hint } });
  }
  if (spec.integer && !Number.isInteger(value)) fail({ code: 'notInteger', argument, value });
  return value;
}

/**
 * Turns one spreadsheet argument into a checked number.
 * @param argument the argument's name as the analyst sees it
 * @param raw what Excel passed: number, text, boolean, null for omitted
 * @param spec accepted range; `fallback` makes the argument optional
 * @returns the number, within the declared bounds
 * @example toNumber('agents', '14', { min: 0 }) // 14
 */
export function toNumber(argument: string, raw: unknown, spec: NumberSpec = {}): number {
  if (isBlank(raw)) {
    if (spec.fallback !== undefined) return spec.fallback;
    return fail({ code: 'required', argument });
  }
  let value: number | undefined;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') value = parseNumberText(raw);
  if (value === undefined || !Number.isFinite(value)) {
    return fail({
      code: 'notNumber',
      argument,
      value: raw,
      details: { expected: rangeText(spec) },
    });
  }
  return checkBounds(argument, value, spec);
}

/** Like `toNumber`, but returns undefined when the argument is omitted. */
export function toOptionalNumber(
  argument: string,
  raw: unknown,
  spec: NumberSpec = {},
): number | undefined {
  return isBlank(raw) ? undefined : toNumber(argument, raw, spec);
}
