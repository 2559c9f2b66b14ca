import { renderMessage, type MessageCode, type MessageDetails } from './messages';

/**
 * How an error should surface in a spreadsheet cell. `value` and `na` carry a
 * message Excel can show; `num` is for results that do not exist as numbers.
 */
export type ErrorKind = 'value' | 'num' | 'na';

/** Structured description of one bad input or impossible result. */
export interface LbfIssue {
  /** Key into the message catalogue (`messages.ts`). */
  code: MessageCode;
  /** The argument, parameter or column the problem is about. */
  argument: string;
  /** What was received, if anything. */
  value?: unknown;
  /** Extra numbers or words the message needs (range, suggestion, ...). */
  details?: MessageDetails;
}

/**
 * The one error type of the core. It carries the argument, the value and the
 * accepted range as data; its wording comes from the message catalogue.
 */
export class LbfError extends Error {
  readonly code: MessageCode;
  readonly argument: string;
  readonly value: unknown;
  readonly details: MessageDetails;
  readonly kind: ErrorKind;

  constructor(issue: LbfIssue, kind: ErrorKind = 'value') {
    super(renderMessage(issue.code, issue.argument, issue.value, issue.details ?? {}));
    this.name = 'LbfError';
    this.code = issue.code;
    this.argument = issue.argument;
    this.value = issue.value;
    this.details = issue.details ?? {};
    this.kind = kind;
  }
}

/** Throws an `LbfError`; a helper so call sites read as one line. */
export function fail(issue: LbfIssue, kind: ErrorKind = 'value'): never {
  throw new LbfError(issue, kind);
}

/** True when `e` is the core's typed error. */
export function isLbfError(e: unknown): e is LbfError {
  return e instanceof LbfError;
}
