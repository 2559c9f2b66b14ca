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
import { fitCellText } from '../cellText';

/**
 * Widths in characters: never narrower than a short word; a column whose text
 * is longer than MAX_WIDTH_CHARS stays at that width and wraps, so the log
 * prints one page wide at a readable scale.
 */
export const MIN_WIDTH_CHARS = 8;
export const MAX_WIDTH_CHARS = 50;
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
  private readonly widths: number[] = [];

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

  /** Column widths that fit the measured text, within the bounds above; longer text wraps. */
  columnWidths(): SheetPlan['columnWidths'] {
    return this.widths.map((chars, column) => {
      const fit = Math.max(MIN_WIDTH_CHARS, chars + WIDTH_PADDING_CHARS);
      return fit > MAX_WIDTH_CHARS
        ? { column, widthChars: MAX_WIDTH_CHARS, wrap: true }
        : { column, widthChars: fit };
    });
  }

  private measure(values: PlanCell[], column: number): void {
    values.forEach((value, c) => {
      const chars = displayLength(value);
      const i = column + c;
      this.widths[i] = Math.max(this.widths[i] ?? 0, chars);
    });
  }
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
