/**
 * Step 2 from logs: reads the mapped ticket (and call) log, computes the
 * baseline with the core to report data quality in the pane, and writes the
 * `LBF.BASELINE` / `LBF.CALLSTATS` / `LBF.DATAQUALITY` formulas on the
 * `LBF Baseline` sheet, so Excel keeps them live as the log grows.
 */
import {
  callStats,
  skipReasonText,
  ticketBaseline,
  weeklyTable,
  type Cell,
  type QualityReport,
} from '../../core/baseline';
import {
  formula,
  refA1,
  type CellValues,
  type PlanCell,
  type RangeRef,
  type Workbook,
} from '../../workbook';
import { parseNumberInput, serialDateTime } from '../state/parse';
import type { BaselineDraft, QualityLine } from '../state/types';
import { logColumns, type ColumnRole } from './logColumns';
import { readRef, refOf } from './ranges';

export const BASELINE_SHEET = 'LBF Baseline';
/** Column where the quality report spills, right of the weekly table's columns. */
const QUALITY_COLUMN = 14;
const FIRST_ROW = 3;

interface LogRead {
  ref: RangeRef;
  values: CellValues;
  header: boolean;
  columns: Partial<Record<ColumnRole, number>>;
}

async function readLog(
  workbook: Workbook,
  address: string,
  kind: 'tickets' | 'calls',
): Promise<LogRead> {
  const ref = refOf(address);
  const values = await readRef(workbook, ref);
  return { ref, values, ...logColumns(values, kind) };
}

function column(log: LogRead, role: ColumnRole): Cell[] | undefined {
  const c = log.columns[role];
  if (c === undefined) return undefined;
  return log.values.slice(log.header ? 1 : 0).map((r) => r[c] as Cell);
}

/** Absolute reference of one column's data rows, for the formulas. */
function columnRef(log: LogRead, role: ColumnRole): string {
  const c = log.columns[role];
  if (c === undefined) return '';
  const skip = log.header ? 1 : 0;
  return refA1({
    sheet: log.ref.sheet,
    row: log.ref.row + skip,
    column: log.ref.column + c,
    rows: log.ref.rows - skip,
    columns: 1,
  });
}

/** Formula text `=NAME(a,b,…)`; empty arguments stay empty (Excel's omitted optional). */
function call(name: string, args: string[]): string {
  return `=${name}(${args.join(',')})`;
}

/** Reasons whose example is a time: shown as a date-time, not Excel's serial number. */
const TIME_REASONS = new Set(['unparseableTime', 'negativeDuration', 'endBeforeStart']);
/** Serials from 1900 to 2173: what a log's time cells hold (a bare number is left alone). */
const SERIAL_TEXT = /^[1-9]\d{0,4}(\.\d+)?$/;

function exampleText(reason: string, example: string): string {
  if (!TIME_REASONS.has(reason) || !SERIAL_TEXT.test(example)) return example;
  return serialDateTime(Number(example));
}

function qualityLines(q: QualityReport): QualityLine[] {
  return q.skipped.map((s) => ({
    reason:
      `${skipReasonText[s.reason]} ` +
      `(first: row ${s.firstRow}, ${exampleText(s.reason, s.example)})`,
    rows: s.rows,
  }));
}

/** Computes the baselines and writes the formulas; returns what the pane shows. */
export async function writeBaseline(
  workbook: Workbook,
  draft: BaselineDraft,
): Promise<NonNullable<BaselineDraft['written']>> {
  const tickets = await readLog(workbook, draft.ticketLog.address, 'tickets');
  const target = parseNumberInput(draft.frtTargetHours);
  const result = ticketBaseline(
    {
      created: column(tickets, 'created') ?? [],
      firstResponse: column(tickets, 'firstResponse') ?? [],
      resolved: column(tickets, 'resolved') ?? [],
      escalations: column(tickets, 'escalations'),
    },
    { frtTargetHours: target },
  );
  const t = (role: ColumnRole) => columnRef(tickets, role);
  const header = weeklyTable(result)[0] ?? [];
  const cells: { row: number; column: number; values: PlanCell[][]; style?: 'title' | 'note' }[] = [
    { row: 0, column: 0, values: [['LBF baseline']], style: 'title' },
    {
      row: 1,
      column: 0,
      values: [['Live formulas over the mapped logs; Excel spills each table.']],
      style: 'note',
    },
    {
      row: FIRST_ROW,
      column: 0,
      values: [
        [
          formula(
            call('LBF.BASELINE', [
              t('created'),
              t('firstResponse'),
              t('resolved'),
              '',
              '',
              String(target ?? ''),
              t('escalations'),
            ]),
            String(header[0] ?? ''),
          ),
        ],
      ],
    },
    {
      row: FIRST_ROW,
      column: QUALITY_COLUMN,
      values: [
        [
          formula(
            call('LBF.DATAQUALITY', [
              '"tickets"',
              t('created'),
              t('firstResponse'),
              t('resolved'),
              t('escalations'),
            ]),
            'Item',
          ),
        ],
      ],
    },
  ];
  const quality = qualityLines(result.quality);
  if (draft.callLog.address.trim() !== '') {
    const calls = await readLog(workbook, draft.callLog.address, 'calls');
    const stats = callStats({
      arrival: column(calls, 'arrival'),
      waitSeconds: column(calls, 'wait') ?? [],
      serviceSeconds: column(calls, 'service') ?? [],
      outcome: column(calls, 'outcome') ?? [],
    });
    const c = (role: ColumnRole) => columnRef(calls, role);
    const row = FIRST_ROW + result.weeks.length + 3;
    cells.push({
      row,
      column: 0,
      values: [
        [
          formula(
            `=LBF.CALLSTATS(${c('arrival')},${c('wait')},${c('service')},${c('outcome')})`,
            'Interval',
          ),
        ],
      ],
    });
    quality.push(...qualityLines(stats.quality));
  }
  await workbook.execute({
    sheets: [{ name: BASELINE_SHEET, mode: 'replace', activate: true, blocks: cells }],
  });
  const last = result.weeks[result.weeks.length - 1];
  const { summary } = result;
  const metrics = {
    backlog: last ? last.backlogEnd : null,
    frtHours: summary.frtMeanHours ?? null,
    resolutionRate: summary.tickets > 0 ? summary.resolved / summary.tickets : null,
  };
  return { sheet: BASELINE_SHEET, rowsRead: result.quality.rowsRead, quality, metrics };
}
