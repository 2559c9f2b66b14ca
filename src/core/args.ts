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
  /** A share in [0, 1]: 80 is refused with a hint to write 0.8 or 80 %; "80%" is 0.8. */
  share?: boolean;
  /**
   * Percent text ("25%" = 0.25) is accepted: implied by `share`; otherwise percent text is
   * refused (a count or seconds written as "50%" is a mistake, not 0.5). A caller that
   * passes no spec at all reads any number and keeps percent text.
   */
  percent?: boolean;
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

/** A spec with no bounds: any number, percent text included. */
const ANY_NUMBER: NumberSpec = { percent: true };

/** Excel's error values as a cell shows them, and the runtime's names for them. */
const ERROR_TEXT = new RegExp(
  '^#(?:N/A|VALUE!|REF!|DIV/0!|NUM!|NAME\\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|' +
    'BLOCKED!|CONNECT!|UNKNOWN!)$',
  'i',
);
const RUNTIME_ERROR_CODES: Record<string, string> = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/**
 * The Excel error an argument holds, as "#N/A", or undefined: a CustomFunctions.Error
 * (`code` "#N/A" or the runtime's name "notAvailable"), ExcelJS's { error: "#REF!" },
 * or error text.
 * @example cellErrorText({ error: '#N/A' }) // '#N/A'
 */
export function cellErrorText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return ERROR_TEXT.test(raw.trim()) ? raw.trim() : undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const record = raw as { code?: unknown; error?: unknown };
  const code = typeof record.error === 'string' ? record.error : record.code;
  if (typeof code !== 'string') return undefined;
  return ERROR_TEXT.test(code) ? code : RUNTIME_ERROR_CODES[code];
}

function rangeText(spec: NumberSpec): string {
  const lo = spec.min === undefined ? undefined : `${spec.minExclusive ? '>' : '≥'} ${spec.min}`;
  const hi = spec.max === undefined ? undefined : `${spec.maxExclusive ? '<' : '≤'} ${spec.max}`;
  const whole = spec.integer ? 'a whole number' : 'a number';
  return [whole, [lo, hi].filter(Boolean).join(' and ')].filter(Boolean).join(' ');
}

function outside(value: number, spec: NumberSpec): { belowMin: boolean; aboveMax: boolean } {
  return {
    belowMin: spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min),
    aboveMax: spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max),
  };
}

/** 80 for a share means 80 % only when 0.8 is itself accepted (not 100 when max < 1). */
function looksLikePercent(value: number, spec: NumberSpec): boolean {
  if (!spec.share || value <= 1 || value > 100) return false;
  const asShare = outside(value / 100, spec);
  return !asShare.belowMin && !asShare.aboveMax;
}

function checkBounds(argument: string, value: number, spec: NumberSpec): number {
  const { belowMin, aboveMax } = outside(value, spec);
  if (aboveMax && looksLikePercent(value, spec)) {
    fail({
      code: 'percentAsWhole',
      argument,
      value,
      details: { suggestion: value / 100, percent: value },
    });
  }
  if (belowMin || aboveMax) {
    fail({
      code: 'outOfRange',
      argument,
      value,
      details: { range: rangeText(spec), hint: spec.hint },
    });
  }
  if (spec.integer && !Number.isInteger(value)) fail({ code: 'notInteger', argument, value });
  return value;
}

/**
 * Turns one spreadsheet argument into a checked number.
 * @param argument the argument's name as the analyst sees it
 * @param raw what Excel passed: number, text, boolean, null for omitted, or a cell's
 *   error value (refused with `cellError`)
 * @param spec accepted range; `fallback` makes the argument optional
 * @returns the number, within the declared bounds
 * @example toNumber('agents', '14', { min: 0 }) // 14
 */
export function toNumber(argument: string, raw: unknown, spec: NumberSpec = ANY_NUMBER): number {
  if (isBlank(raw)) {
    if (spec.fallback !== undefined) return spec.fallback;
    return fail({ code: 'required', argument });
  }
  const errorText = cellErrorText(raw);
  if (errorText !== undefined) return fail({ code: 'cellError', argument, value: errorText });
  let value: number | undefined;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') value = readText(argument, raw, spec);
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

/** Number text; percent text only where the spec takes shares or percentages. */
function readText(argument: string, raw: string, spec: NumberSpec): number | undefined {
  if (!spec.share && !spec.percent && PERCENT_TEXT.test(raw.trim())) {
    fail({
      code: 'percentText',
      argument,
      value: raw,
      details: { hint: spec.hint ?? `Write ${rangeText(spec)}.` },
    });
  }
  return parseNumberText(raw);
}

/** Like `toNumber`, but returns undefined when the argument is omitted. */
export function toOptionalNumber(
  argument: string,
  raw: unknown,
  spec: NumberSpec = ANY_NUMBER,
): number | undefined {
  return isBlank(raw) ? undefined : toNumber(argument, raw, spec);
}
