/**
 * The preview's workbook: the ExcelJS adapter of the port, plus what a user
 * in Excel would add: a current selection (picked in the grid or typed) and
 * an active sheet. It tells the grid whenever LBF writes.
 */
import type { RangeRef } from '../../workbook';
import type {
  ExecuteReport,
  NameInfo,
  Selection,
  SheetInfo,
  UsedRange,
  Workbook,
  WritePlan,
} from '../../workbook';
import type { CellValues } from '../../workbook';
import { XlsxWorkbook } from '../../xlsx';
import { InputProblem } from '../services/errors';
import { S } from '../strings';

export type Listener = () => void;

/**
 * True for a number format that shows a date or time (`yyyy-mm-dd`, `d mmm`,
 * `hh:mm`): y, d or h outside quoted text and [colour]/[$-409] sections.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[ydh]/i.test(bare);
}

export class PreviewWorkbook implements Workbook {
  private selection: Selection = { sheet: '', address: 'A1' };
  /** Text typed as the selection that is not a range: "Use selection" refuses it. */
  private unreadable: string | null = null;
  private active = '';
  private readonly listeners = new Set<Listener>();
  /** Written to since it was opened or last saved: that work lives only in the page. */
  unsaved = false;

  private constructor(
    readonly file: XlsxWorkbook,
    readonly fileName: string,
  ) {}

  static async load(bytes: ArrayBuffer, fileName: string): Promise<PreviewWorkbook> {
    const wb = new PreviewWorkbook(await XlsxWorkbook.load(bytes), fileName);
    const first = (await wb.listSheets()).find((s) => s.visibility === 'visible');
    wb.active = first?.name ?? '';
    wb.selection = { sheet: wb.active, address: 'A1' };
    return wb;
  }

  /** Calls `listener` after every write; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** The selection as `'Sheet'!A1:B2` text, for the toolbar. */
  selectionText(): string {
    return `'${this.selection.sheet.replace(/'/g, "''")}'!${this.selection.address}`;
  }

  /** The file name the Download button offers: the opened name with `-lbf`. */
  downloadName(): string {
    const base =
      this.fileName
        .split('/')
        .pop()
        ?.replace(/\.xlsx$/i, '') ?? 'workbook';
    return `${base}-lbf.xlsx`;
  }

  activeSheet(): string {
    return this.active;
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.unreadable = null;
    this.active = selection.sheet;
    this.changed();
  }

  async save(): Promise<Uint8Array> {
    const bytes = await this.file.save();
    this.unsaved = false;
    return bytes;
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.file.listSheets();
  }

  readRange(sheet: string, address: string): Promise<CellValues> {
    return this.file.readRange(sheet, address);
  }

  /**
   * Which cells of the top-left `rows` × `columns` of `sheet` carry a date
   * format, so the grid can show them as dates (the port reads values only).
   */
  dateCells(sheet: string, rows: number, columns: number): boolean[][] {
    const ws = this.file.workbook.getWorksheet(sheet);
    return Array.from({ length: rows }, (_r, r) =>
      Array.from({ length: columns }, (_c, c) => isDateFormat(ws?.findCell(r + 1, c + 1)?.numFmt)),
    );
  }

  readUsedRange(sheet: string): Promise<UsedRange | null> {
    return this.file.readUsedRange(sheet);
  }

  async execute(plan: WritePlan): Promise<ExecuteReport> {
    const report = await this.file.execute(plan);
    this.unsaved = true;
    const shown =
      plan.sheets.find((s) => s.activate) ?? plan.sheets.find((s) => s.visibility !== 'veryHidden');
    if (shown) this.active = shown.name;
    this.changed();
    return report;
  }

  readRecord(): Promise<string | null> {
    return this.file.readRecord();
  }

  async writeRecord(json: string): Promise<void> {
    await this.file.writeRecord(json);
    this.unsaved = true;
    this.changed();
  }

  async defineName(name: string, ref: RangeRef, comment?: string): Promise<void> {
    await this.file.defineName(name, ref, comment);
    this.unsaved = true;
    this.changed();
  }

  listNames(): Promise<NameInfo[]> {
    return this.file.listNames();
  }

  /**
   * Typed selection text that is not a range: until a range is selected,
   * "Use selection" refuses with the text rather than take the previous range.
   */
  refuseSelection(text: string): void {
    this.unreadable = text;
    this.changed();
  }

  /** The unreadable typed selection, if that is what is selected now. */
  selectionProblem(): string | null {
    return this.unreadable === null ? null : S.range.badSelection(this.unreadable);
  }

  async getSelection(): Promise<Selection> {
    const problem = this.selectionProblem();
    if (problem) throw new InputProblem(problem);
    return this.selection;
  }

  async activateSheet(sheet: string): Promise<void> {
    this.active = sheet;
    this.changed();
  }
}
