/**
 * Turns whatever a service rejected with into words for the analyst. Excel
 * reports its conditions as error codes (Office.js `OfficeExtension.Error.code`);
 * the core rejects with an LbfError whose message already says what to do.
 */
import { S } from '../strings';

export type ErrorKind = 'cellEdit' | 'protected' | 'missingRange' | 'input' | 'unknown';

export interface UserError {
  kind: ErrorKind;
  message: string;
  /** The original text, shown under the message for support. */
  detail?: string;
}

const CODE_KINDS: Record<string, ErrorKind> = {
  InvalidOperationInCellEditMode: 'cellEdit',
  AccessDenied: 'protected',
  InsertDeleteConflict: 'protected',
  ItemNotFound: 'missingRange',
  InvalidReference: 'missingRange',
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function textOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}

/** A problem with what the analyst entered, worded for them (from strings.ts). */
export class InputProblem extends Error {
  override readonly name = 'InputProblem';
}

/** True when `error` is the rejection of a cancelled run. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function isMissingSheet(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'LbfError') return false;
  const e = error as Error & { code?: unknown; argument?: unknown };
  return e.code === 'unknownName' && e.argument === 'sheet';
}

/** A rejection as the pane shows it. */
export function describeError(error: unknown): UserError {
  const code = codeOf(error);
  const kind = code ? CODE_KINDS[code] : undefined;
  if (kind === 'cellEdit') return { kind, message: S.errors.cellEdit, detail: textOf(error) };
  if (kind === 'protected') return { kind, message: S.errors.protected, detail: textOf(error) };
  if (kind === 'missingRange')
    return { kind, message: S.errors.missingRange, detail: textOf(error) };
  // The ExcelJS adapter (preview, lbf) says a sheet it cannot find is an unknown name.
  if (isMissingSheet(error)) {
    return { kind: 'missingRange', message: S.errors.missingRange, detail: textOf(error) };
  }
  if (error instanceof InputProblem || (error instanceof Error && error.name === 'LbfError')) {
    return { kind: 'input', message: error.message };
  }
  return { kind: 'unknown', message: S.errors.unknown, detail: textOf(error) };
}
