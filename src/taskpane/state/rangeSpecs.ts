/**
 * The ranges the wizard maps, the workbook name each gets, and the shape each
 * must have. Checked the moment the analyst uses a selection.
 */
import { cellA1, isCellError, type CellValues } from '../../workbook';
import { S } from '../strings';

export type RangeKind =
  'backlog' | 'frt' | 'resolution' | 'ticketLog' | 'callLog' | 'parameters' | 'actuals';

interface RangeSpec {
  /** Workbook name, `LBF_...`, so formulas read `=LBF.BASELINE(LBF_TicketLog, ...)`. */
  name: string;
  shape: 'series' | 'table';
  minColumns: number;
  minRows: number;
}

export const RANGE_SPECS: Record<RangeKind, RangeSpec> = {
  backlog: { name: 'LBF_Backlog', shape: 'series', minColumns: 1, minRows: 1 },
  frt: { name: 'LBF_FrtHours', shape: 'series', minColumns: 1, minRows: 1 },
  resolution: { name: 'LBF_ResolutionRate', shape: 'series', minColumns: 1, minRows: 1 },
  ticketLog: { name: 'LBF_TicketLog', shape: 'table', minColumns: 3, minRows: 2 },
  callLog: { name: 'LBF_CallLog', shape: 'table', minColumns: 4, minRows: 2 },
  parameters: { name: 'LBF_Params', shape: 'table', minColumns: 2, minRows: 2 },
  actuals: { name: 'LBF_Actuals', shape: 'table', minColumns: 2, minRows: 1 },
};

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * A series: one column or one row of numbers, a text header allowed as its
 * first filled cell (a whole column G:G starts with the blanks above it).
 */
function seriesProblem(values: CellValues, row0: number, column0: number): string | undefined {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  if (rows > 1 && columns > 1) return S.v.oneColumn;
  const flat = values.flat();
  const first = flat.findIndex((v) => !isBlank(v));
  for (let i = 0; i < flat.length; i += 1) {
    const v = flat[i];
    if (isBlank(v) || typeof v === 'number') continue;
    if (i === first && typeof v === 'string') continue;
    const r = row0 + (columns === 1 ? i : 0);
    const c = column0 + (columns === 1 ? 0 : i);
    if (isCellError(v) || typeof v !== 'number') return S.v.numeric(cellA1(r, c));
  }
  if (!flat.some((v) => typeof v === 'number')) return S.v.numeric(cellA1(row0, column0));
  return undefined;
}

/**
 * Why `values` (read at 0-based `row0`, `column0`) cannot serve as `kind`,
 * or undefined when it fits.
 * @example rangeProblem('backlog', [['Backlog'], [120], [98]], 0, 1) // undefined
 */
export function rangeProblem(
  kind: RangeKind,
  values: CellValues,
  row0: number,
  column0: number,
): string | undefined {
  const spec = RANGE_SPECS[kind];
  if (spec.shape === 'series') return seriesProblem(values, row0, column0);
  if ((values[0]?.length ?? 0) < spec.minColumns) return S.v.minColumns(spec.minColumns);
  if (values.length < spec.minRows) return S.v.minRows(spec.minRows);
  return undefined;
}
