/**
 * A cursor that lays out a sheet top to bottom and collects the plan's
 * blocks, tables, formats and charts. Pure: it only builds data.
 */
import type {
  CellBlock,
  CellStyle,
  ChartPlan,
  FormatRange,
  NumberFormatKind,
  PlanCell,
  SheetPlan,
  TablePlan,
} from '../plan';
import { breakLines, fitCellText } from '../cellText';

/**
 * Widths in characters. A column is as wide as its typical text (the 75th
 * percentile of its text cells' lengths, so one long description does not
 * widen it) and its widest number, never narrower than a short word nor wider
 * than MAX_WIDTH_CHARS. A column holding longer text wraps it, and is then at
 * least WRAP_MIN_WIDTH_CHARS wide so a line holds a few words. Narrow columns
 * let the log print one page wide at a readable scale.
 */
export const MIN_WIDTH_CHARS = 8;
export const WRAP_MIN_WIDTH_CHARS = 16;
export const MAX_WIDTH_CHARS = 50;
export const TYPICAL_SHARE = 0.75;
/** Longest row of a paragraph (warnings): about the log's printed width. */
export const PARAGRAPH_LINE_CHARS = 120;

/** Said where a cell had to be cut: the record keeps every character. */
export const LOG_CUT_NOTE = 'full text in the decision record';

/** User text as a log cell holds it (cut to Excel's 32,767 characters with a marker). */
function cellOf(value: PlanCell): PlanCell {
  return typeof value === 'string' ? fitCellText(value, LOG_CUT_NOTE) : value;
}
/** Excel pads a column by about two characters around its longest text. */
const WIDTH_PADDING_CHARS = 2;

export class SheetBuilder {
  row = 0;
  readonly blocks: CellBlock[] = [];
  readonly tables: TablePlan[] = [];
  readonly formats: FormatRange[] = [];
  readonly charts: ChartPlan[] = [];
  /** Per column: lengths of the measured text cells and of the widest number. */
  private readonly measured: ColumnText[] = [];

  /**
   * Writes one row at the cursor and moves down. Titles, labels and warnings
   * overflow into their empty neighbours, so they do not size columns.
   */
  line(
    values: PlanCell[],
    style?: CellStyle,
    formats: (NumberFormatKind | undefined)[] = [],
  ): number {
    const row = this.row++;
    const cells = values.map(cellOf);
    this.blocks.push({ row, column: 0, values: [cells], ...(style ? { style } : {}) });
    formats.forEach((format, column) => format && this.format(row, column, format));
    if (!style || style === 'header') this.measure(values, 0);
    return row;
  }

  /**
   * A long sentence on as many rows as it needs, each at most
   * PARAGRAPH_LINE_CHARS, broken between words. A single unwrapped cell would
   * run on far to the right, and printing would shrink the page to fit it.
   * @returns the first row
   */
  paragraph(text: string, style: CellStyle): number {
    const first = this.row;
    for (const part of breakLines(text, PARAGRAPH_LINE_CHARS)) this.line([part], style);
    return first;
  }

  /** A label in column A and its value in column B. */
  field(label: string, value: PlanCell, format?: NumberFormatKind): number {
    const row = this.line([label, value], undefined, [undefined, format]);
    return row;
  }

  /** One empty row. */
  gap(): void {
    this.row++;
  }

  /** An Excel table at the cursor (header + rows, one blank row if none), then a gap. */
  table(
    name: string,
    header: string[],
    rows: PlanCell[][],
    columnFormats: (NumberFormatKind | undefined)[] = [],
  ): TablePlan {
    const body = rows.length ? rows.map((r) => r.map(cellOf)) : [header.map(() => null)];
    const table: TablePlan = {
      name,
      row: this.row,
      column: 0,
      header,
      rows: body,
      style: 'TableStyleMedium2',
      columnFormats,
    };
    this.tables.push(table);
    this.measure(header, 0);
    body.forEach((r) => this.measure(r, 0));
    this.row += body.length + 2;
    return table;
  }

  format(row: number, column: number, format: NumberFormatKind): void {
    this.formats.push({ row, column, rows: 1, columns: 1, format });
  }

  /** Number of columns any block or table reaches (0-based end, exclusive). */
  columnsUsed(): number {
    const blocks = this.blocks.map((b) => b.column + Math.max(0, ...b.values.map((r) => r.length)));
    const tables = this.tables.map((t) => t.column + t.header.length);
    return Math.max(0, ...blocks, ...tables);
  }

  /** Column widths from the measured cells (see MIN/MAX_WIDTH_CHARS); longer text wraps. */
  columnWidths(): SheetPlan['columnWidths'] {
    return Array.from(this.measured, (m, column) =>
      fitColumn(column, m ?? { text: [], number: 0 }),
    );
  }

  private measure(values: PlanCell[], column: number): void {
    values.forEach((value, c) => {
      const chars = displayLength(value);
      if (chars === 0) return;
      const m = (this.measured[column + c] ??= { text: [], number: 0 });
      if (typeof value === 'string') m.text.push(chars);
      else m.number = Math.max(m.number, chars);
    });
  }
}

/** What a column holds, measured in characters. */
export interface ColumnText {
  /** Length of every text cell. */
  text: number[];
  /** Length of the widest number (or boolean) shown. */
  number: number;
}

/**
 * One column's width: its typical text or widest number plus Excel's padding,
 * within the bounds; `wrap` when its longest text would not fit.
 * @example fitColumn(2, { text: [10, 10, 10, 100], number: 0 })
 * // { column: 2, widthChars: 16, wrap: true }
 */
export function fitColumn(
  column: number,
  cells: ColumnText,
): NonNullable<SheetPlan['columnWidths']>[number] {
  const sorted = [...cells.text].sort((a, b) => a - b);
  const typical = sorted.length ? sorted[Math.ceil(sorted.length * TYPICAL_SHARE) - 1] : 0;
  const longest = sorted.length ? sorted[sorted.length - 1] : 0;
  const fit = (chars: number) => Math.max(MIN_WIDTH_CHARS, chars + WIDTH_PADDING_CHARS);
  const width = Math.min(MAX_WIDTH_CHARS, fit(Math.max(typical, cells.number)));
  if (fit(longest) <= width) return { column, widthChars: width };
  return { column, widthChars: Math.max(width, WRAP_MIN_WIDTH_CHARS), wrap: true };
}

/** Rough number of characters a value shows: text length, about 12 for numbers. */
function displayLength(value: PlanCell): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number')
    return Math.min(12, String(Math.round(value * 100) / 100).length + 2);
  if (typeof value === 'boolean') return 5;
  return 12;
}
