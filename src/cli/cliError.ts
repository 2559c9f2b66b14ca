/**
 * Errors the command line reports to the analyst, with the exit code they
 * lead to. Every message says where (file, sheet, cell) and how to fix it.
 */
import { isLbfError } from '../core/errors';

/** Exit codes of `lbf`. */
export const EXIT = {
  ok: 0,
  /** A bug or an unexpected failure: not the analyst's input. */
  internal: 1,
  /** Bad command line, unreadable file, missing sheet, bad cell. */
  badInput: 2,
  /** `lbf check`: at least one review trigger fired. */
  triggersFired: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the analyst can fix; `exitCode` is 2 unless said otherwise. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.badInput) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Throws a CliError for bad input (exit code 2). */
export function inputError(message: string): never {
  throw new CliError(message, EXIT.badInput);
}

/** `'LBF Parameters'!B7` style location text for messages. */
export function cellLocation(sheet: string, cell?: string): string {
  return cell ? `sheet "${sheet}", cell ${cell}` : `sheet "${sheet}"`;
}

/**
 * Re-throws a core error as a CliError that says where it came from; any
 * other error passes through unchanged.
 * @param where e.g. `sheet "LBF Parameters", cell B7`
 */
export function withLocation<T>(where: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isLbfError(e)) throw new CliError(`${capitalise(where)}: ${e.message}`);
    throw e;
  }
}

/** Async form of `withLocation`. */
export async function withLocationAsync<T>(where: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isLbfError(e)) throw new CliError(`${capitalise(where)}: ${e.message}`);
    throw e;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
