import { isLbfError, type ErrorKind } from '../core/errors';

/**
 * What a custom function returns in place of a value when it cannot compute.
 * In Excel this is a `CustomFunctions.Error`; outside Excel (tests, benches)
 * a plain object of the same shape.
 */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

const EXCEL_CODE: Record<ErrorKind, string> = { value: '#VALUE!', num: '#NUM!', na: '#N/A' };
const RUNTIME_CODE: Record<ErrorKind, string> = {
  value: 'invalidValue',
  num: 'invalidNumber',
  na: 'notAvailable',
};

/** Builds the error value Excel shows; messages survive only on #VALUE! and #N/A. */
export function excelError(kind: ErrorKind, message: string): ExcelErrorValue {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error && runtime.ErrorCode) {
    const code = runtime.ErrorCode[RUNTIME_CODE[kind] as keyof typeof runtime.ErrorCode];
    return new runtime.Error(code, message) as unknown as ExcelErrorValue;
  }
  return { code: EXCEL_CODE[kind], message };
}

/** Maps any thrown value to an Excel error; unknown throws become #VALUE!. */
export function toExcelError(e: unknown): ExcelErrorValue {
  if (isLbfError(e)) return excelError(e.kind, e.message);
  const text = e instanceof Error ? e.message : String(e);
  return excelError('value', `LBF could not compute this: ${text}`);
}

/**
 * Runs a computation for a custom function: returns its result, or the error
 * value for anything it throws, and refuses NaN or Infinity in the result.
 */
export function guard<T>(compute: () => T): T | ExcelErrorValue {
  try {
    return checkFinite(compute());
  } catch (e) {
    return toExcelError(e);
  }
}

function checkFinite<T>(result: T): T {
  const bad = (v: unknown) => typeof v === 'number' && !Number.isFinite(v);
  const cells = Array.isArray(result) ? (result as unknown[]).flat(2) : [result];
  if (cells.some(bad)) {
    throw new Error('the result was not a finite number; please report the inputs');
  }
  return result;
}
