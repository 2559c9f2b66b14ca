/**
 * Reads the actuals `lbf check` compares the review triggers with: a header
 * row of metric names (plus optional label columns such as Week), one row per
 * period, the last filled row being the latest.
 */
import { checkMetricName, type Actuals } from '../core/triggers';
import { serialToDate, type CellValue } from '../workbook';
import { readNumber } from './cellReaders';
import { inputError, withLocation } from './cliError';
import { checkShareValue } from './metricUnits';
import { cellAt, cellText, headerKey, isEmptyRow, whereOf, type Grid } from './sheetGrid';

export const DEFAULT_ACTUALS_SHEET = 'LBF Actuals';

/** Headers that label a row rather than name a metric. */
const LABEL_HEADERS = ['week', 'week starting', 'week start', 'period', 'date', 'label', 'note'];

/** The latest actuals and where they came from. */
export interface LatestActuals {
  actuals: Actuals;
  /** The row's label (e.g. its week), '' when the sheet has no label column. */
  label: string;
  /** `sheet "LBF Actuals", row 9`. */
  where: string;
}

/**
 * Reads the last row of actuals. Unknown metric headers are errors naming the
 * cell and the nearest metric; blank cells in that row mean "not measured".
 */
export function readLatestActuals(grid: Grid, knownMetrics: readonly string[]): LatestActuals {
  const headerRow = firstFilledRow(grid);
  const columns = metricColumns(grid, headerRow, knownMetrics);
  const last = lastFilledRow(grid, headerRow);
  const actuals: Record<string, number | null> = {};
  for (const [metric, c] of columns.metrics) {
    const where = whereOf(grid, last, c);
    const value = readNumber(cellAt(grid, last, c), where, metric) ?? null;
    if (value !== null) checkShareValue(metric, value, where);
    actuals[metric] = value;
  }
  if (Object.values(actuals).every((v) => v === null)) {
    inputError(
      `Sheet "${grid.sheet}", row ${grid.row + last + 1} (the last filled row) has ` +
        `no actuals: every metric cell (${[...columns.metrics.keys()].join(', ')}) is blank. ` +
        'Fill in the measured values, or delete the row if the period has no data yet.',
    );
  }
  const label = columns.label === undefined ? '' : labelText(cellAt(grid, last, columns.label));
  return { actuals, label, where: `sheet "${grid.sheet}", row ${grid.row + last + 1}` };
}

/** A label cell as text; a date cell (serial number) as YYYY-MM-DD. */
function labelText(value: CellValue): string {
  if (typeof value === 'number' && value > 1 && value < 2_958_466) {
    return serialToDate(value).toISOString().slice(0, 10);
  }
  return cellText(value);
}

function firstFilledRow(grid: Grid): number {
  for (let r = 0; r < grid.values.length; r += 1) if (!isEmptyRow(grid, r)) return r;
  return inputError(
    `Sheet "${grid.sheet}" is empty. Put a header row of metric names ` +
      '(e.g. Week | backlog_end | frt_hours) and one row of actuals per period.',
  );
}

function lastFilledRow(grid: Grid, headerRow: number): number {
  for (let r = grid.values.length - 1; r > headerRow; r -= 1) if (!isEmptyRow(grid, r)) return r;
  return inputError(
    `Sheet "${grid.sheet}" has a header row but no actuals under it. ` +
      'Add one row per period; the last row is compared with the triggers.',
  );
}

function metricColumns(grid: Grid, r: number, knownMetrics: readonly string[]) {
  const metrics = new Map<string, number>();
  let label: number | undefined;
  const width = grid.values[r]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    const raw = cellText(cellAt(grid, r, c));
    if (raw === '') continue;
    if (LABEL_HEADERS.includes(headerKey(raw))) {
      label ??= c;
      continue;
    }
    const metric = withLocation(whereOf(grid, r, c), () =>
      checkMetricName('metric', raw, knownMetrics),
    );
    if (metrics.has(metric)) {
      inputError(`${whereOf(grid, r, c)}: the metric ${metric} has two columns. Keep one.`);
    }
    metrics.set(metric, c);
  }
  if (metrics.size === 0) {
    inputError(
      `Sheet "${grid.sheet}", row ${grid.row + r + 1} names no metric. Write metric ` +
        'names such as backlog_end or frt_hours as column headers.',
    );
  }
  return { metrics, label };
}
