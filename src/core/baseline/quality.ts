/**
 * Building the data-quality report row by row: every row read ends up either
 * used or skipped with exactly one reason, and the first example of each
 * reason is kept so the analyst can find it.
 */
import { fail } from '../errors';
import { describeValue } from '../messages';
import type { Cell, QualityReport, SkipCount, SkipReason } from './types';

/** Order in which reasons are reported (and checked per row). */
export const skipReasons: readonly SkipReason[] = [
  'unparseableTime',
  'badNumber',
  'negativeDuration',
  'endBeforeStart',
  'unknownOutcome',
  'ignoredOutcome',
  'duplicateId',
];

/** Words for each reason, as the quality table shows them. */
export const skipReasonText: Record<SkipReason, string> = {
  unparseableTime: 'unparseable or missing time',
  badNumber: 'not a number',
  negativeDuration: 'negative duration',
  endBeforeStart: 'end before start',
  unknownOutcome: 'unknown outcome',
  ignoredOutcome: 'ignored outcome (PHANTOM: the publisher says to ignore it)',
  duplicateId: 'duplicate id (later rows skipped)',
};

/** Mutable tally used while reading a log. */
export class QualityTally {
  rowsRead = 0;
  rowsUsed = 0;
  blankRows = 0;
  private readonly counts = new Map<SkipReason, SkipCount>();
  private periodStart = Infinity;
  private periodEnd = -Infinity;

  /** Records a skipped row (index is 0-based; the report shows it 1-based). */
  skip(reason: SkipReason, index: number, value: Cell): void {
    const found = this.counts.get(reason);
    if (found) found.rows += 1;
    else
      this.counts.set(reason, {
        reason,
        rows: 1,
        firstRow: index + 1,
        example: describeValue(value),
      });
  }

  /** Records a used row starting at `startMinutes`. */
  use(startMinutes: number): void {
    this.rowsUsed += 1;
    if (startMinutes < this.periodStart) this.periodStart = startMinutes;
    if (startMinutes > this.periodEnd) this.periodEnd = startMinutes;
  }

  report(dateOrderNote: string, notes: QualityReport['notes']): QualityReport {
    const skipped = skipReasons.flatMap((r) => (this.counts.has(r) ? [this.counts.get(r)!] : []));
    const any = this.rowsUsed > 0;
    return {
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      blankRows: this.blankRows,
      skipped,
      periodStartMinutes: any ? this.periodStart : undefined,
      periodEndMinutes: any ? this.periodEnd : undefined,
      dateOrderNote,
      notes,
    };
  }
}

/**
 * True when every given cell of row `i` is blank: a trailing range row.
 * @example isBlankRow([['', 'x'], [null, 1]], 0) // true
 */
export function isBlankRow(columns: readonly (readonly Cell[] | undefined)[], i: number): boolean {
  return columns.every((c) => {
    const v = c?.[i];
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  });
}

/**
 * Checks that all mapped columns have the same number of rows; returns it.
 * @example checkSameLength({ created: ['a', 'b'], resolved: ['', ''] }) // 2
 */
export function checkSameLength(columns: Record<string, readonly unknown[] | undefined>): number {
  const entries = Object.entries(columns).filter(([, c]) => c !== undefined);
  const rows = entries[0][1]!.length;
  for (const [name, cells] of entries) {
    if (cells!.length !== rows) {
      fail({
        code: 'shapeMismatch',
        argument: name,
        value: cells,
        details: {
          problem: `must have as many rows as ${entries[0][0]} (${rows})`,
          hint: 'Select the same rows in every column.',
        },
      });
    }
  }
  return rows;
}

/** Keeps the first row of each id; later ones are reported as duplicates. */
export class IdSeen {
  private readonly seen = new Set<string>();

  /** True when `id` was seen before (blank ids are never duplicates). */
  repeated(id: Cell): boolean {
    if (id === null || id === undefined || String(id).trim() === '') return false;
    const key = String(id).trim();
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }
}
