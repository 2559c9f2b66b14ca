/**
 * A recording fake of the part of the Excel object model LBF uses. Commands
 * run at once (Office.js would queue them until sync); every command is
 * logged with the bytes of its arguments so tests can count syncs and measure
 * each request. Values are interpreted as Excel interprets typed input: a
 * leading ' makes text, a leading = + - @ makes a formula, numeric text a number.
 */
import { parseA1, rangeA1, cellA1 } from '../../src/workbook/address';

export interface StoredCell {
  value: string | number | boolean;
  formula?: string;
  /** True when Excel would keep it as text (written with the ' prefix). */
  quotePrefix?: boolean;
  numberFormat?: string;
}

export interface Request {
  commands: string[];
  bytes: number;
}

export class Recorder {
  requests: Request[] = [];
  pending: Request = { commands: [], bytes: 0 };
  /** Syncs that throw InvalidOperationInCellEditMode before the first succeeds. */
  cellEditFailures = 0;

  /** Every command with its arguments, in order, across all requests. */
  calls: { command: string; args: unknown[] }[] = [];

  log(command: string, args: unknown[]): void {
    this.calls.push({ command, args });
    this.pending.commands.push(command);
    this.pending.bytes += Buffer.byteLength(JSON.stringify(args) ?? '', 'utf8') + command.length;
  }
}

function interpret(raw: unknown): StoredCell | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') return { value: raw as number | boolean };
  if (raw.startsWith("'")) return { value: raw.slice(1), quotePrefix: true };
  if (/^[=+\-@]./.test(raw)) return { value: 0, formula: raw.startsWith('=') ? raw : `=${raw}` };
  if (/^-?\d+(\.\d+)?$/.test(raw)) return { value: Number(raw) };
  return { value: raw };
}

export class FakeRange {
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; columnWidth?: number };
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
    private readonly rec: Recorder,
  ) {
    const log = (what: string) => (target: Record<string, unknown>) =>
      new Proxy(target, {
        set: (t, k, v) => {
          rec.log(`${what}.${String(k)}`, [v]);
          t[k as string] = v;
          return true;
        },
      });
    this.format = new Proxy(
      { font: log('font')({}), fill: log('fill')({}) } as FakeRange['format'],
      {
        set: (t, k, v) => {
          rec.log(`format.${String(k)}`, [v]);
          (t as Record<string, unknown>)[k as string] = v;
          return true;
        },
      },
    );
  }
  get isNullObject(): boolean {
    return false;
  }
  get rowIndex(): number {
    return this.row;
  }
  get columnIndex(): number {
    return this.column;
  }
  get address(): string {
    return `${this.sheet.name}!${rangeA1(this.row, this.column, this.rows, this.columns)}`;
  }
  load(_props?: string): this {
    return this;
  }
  private each<T>(f: (cell: StoredCell | undefined, key: string) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => {
        const key = cellA1(this.row + r, this.column + c);
        return f(this.sheet.cells.get(key), key);
      }),
    );
  }
  get values(): unknown[][] {
    return this.each((cell) => cell?.value ?? '');
  }
  set values(values: unknown[][]) {
    this.rec.log('range.values', [values]);
    if (values.length !== this.rows || values.some((r) => r.length !== this.columns)) {
      throw new Error(
        `values ${values.length}x${values[0]?.length} do not fit ${this.rows}x${this.columns}`,
      );
    }
    values.forEach((row, r) =>
      row.forEach((raw, c) => {
        const key = cellA1(this.row + r, this.column + c);
        const cell = interpret(raw);
        if (cell) this.sheet.cells.set(key, { ...this.sheet.cells.get(key), ...cell });
      }),
    );
  }
  get valueTypes(): string[][] {
    return this.each((cell) =>
      cell === undefined
        ? 'Empty'
        : typeof cell.value === 'number'
          ? 'Double'
          : typeof cell.value === 'boolean'
            ? 'Boolean'
            : 'String',
    );
  }
  set numberFormat(formats: string[][]) {
    this.rec.log('range.numberFormat', [formats]);
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        const key = cellA1(this.row + r, this.column + c);
        this.sheet.formats.set(key, f);
      }),
    );
  }
}

export class FakeChart {
  title = { text: '' };
  seriesList: { name: string; values?: string; x?: string }[] = [];
  axes = { categoryAxis: { title: { text: '' } }, valueAxis: { title: { text: '' } } };
  position: string[] = [];
  constructor(
    readonly type: string,
    source: FakeRange,
    private readonly rec: Recorder,
  ) {
    this.seriesList.push({ name: '', values: source.address });
  }
  setPosition(start: string, end: string): void {
    this.rec.log('chart.setPosition', [start, end]);
    this.position = [start, end];
  }
  get series() {
    const wrap = (s: FakeChart['seriesList'][number]) => ({
      set name(n: string) {
        s.name = n;
      },
      setValues: (r: FakeRange) => {
        s.values = r.address;
      },
      setXAxisValues: (r: FakeRange) => {
        s.x = r.address;
      },
    });
    return {
      getItemAt: (i: number) => wrap(this.seriesList[i]),
      add: (name: string) => {
        const s = { name };
        this.seriesList.push(s);
        this.rec.log('series.add', [name]);
        return wrap(s);
      },
    };
  }
}

export class FakeSheet {
  cells = new Map<string, StoredCell>();
  formats = new Map<string, string>();
  tables: { name: string; style: string; address: string }[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  visibility = 'Visible';
  /** Print setup as written through worksheet.pageLayout (ExcelApi 1.9). */
  printTitleRows = '';
  pageLayout = {
    orientation: 'Portrait',
    zoom: {} as Record<string, unknown>,
    setPrintTitleRows: (rows: string) => {
      this.book.rec.log('pageLayout.setPrintTitleRows', [rows]);
      this.printTitleRows = rows;
    },
  };
  deleted = false;
  private _name: string;
  constructor(
    name: string,
    private readonly book: FakeWorkbook,
  ) {
    this._name = name;
  }
  get position(): number {
    return this.book.sheets.indexOf(this);
  }
  set position(p: number) {
    this.book.rec.log('sheet.position', [p]);
    this.book.sheets.splice(this.book.sheets.indexOf(this), 1);
    this.book.sheets.splice(p, 0, this);
  }
  get name(): string {
    return this._name;
  }
  set name(n: string) {
    this.book.rec.log('sheet.name', [n]);
    this._name = n;
  }
  get isNullObject(): boolean {
    return false;
  }
  load(_props?: string): this {
    return this;
  }
  getRange(address: string): FakeRange {
    const whole = /^([A-Z]+):\1$/.exec(address);
    const rect = whole ? parseA1(`${whole[1]}1`)! : parseA1(address);
    if (!rect) throw new Error(`bad address ${address}`);
    return new FakeRange(
      this,
      rect.row,
      rect.column,
      whole ? 1 : rect.rows,
      rect.columns,
      this.book.rec,
    );
  }
  getRangeByIndexes(r: number, c: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this, r, c, rows, columns, this.book.rec);
  }
  getUsedRangeOrNullObject(): FakeRange | { isNullObject: true; load(): unknown } {
    const keys = [...this.cells.keys()].map((k) => parseA1(k)!);
    if (!keys.length)
      return {
        isNullObject: true,
        load() {
          return this;
        },
      };
    const top = Math.min(...keys.map((k) => k.row));
    const left = Math.min(...keys.map((k) => k.column));
    const bottom = Math.max(...keys.map((k) => k.row));
    const right = Math.max(...keys.map((k) => k.column));
    return new FakeRange(this, top, left, bottom - top + 1, right - left + 1, this.book.rec);
  }
  freezePanes = {
    freezeRows: (n: number) => {
      this.book.rec.log('freezeRows', [n]);
      this.frozenRows = n;
    },
    freezeColumns: (n: number) => {
      this.book.rec.log('freezeColumns', [n]);
    },
    freezeAt: () => undefined,
  };
  delete(): void {
    this.book.rec.log('sheet.delete', [this.name]);
    // Office.js refuses to delete a very hidden sheet (Worksheet.delete docs).
    if (this.visibility === 'VeryHidden') {
      throw Object.assign(new Error('very hidden sheet'), { code: 'InvalidOperation' });
    }
    // Excel refuses to delete the last visible sheet of a workbook.
    if (!this.book.sheets.some((s) => s !== this && s.visibility === 'Visible')) {
      throw Object.assign(new Error('last visible sheet'), { code: 'InvalidOperation' });
    }
    this.book.remove(this);
  }
  activate(): void {
    this.book.rec.log('sheet.activate', [this.name]);
    this.book.active = this.name;
  }
}

/** Sheet collection with the Office.js method names. */
class FakeWorksheets {
  constructor(private readonly book: FakeWorkbook) {}
  get items(): FakeSheet[] {
    return this.book.sheets;
  }
  load(_props?: string): this {
    return this;
  }
  add(name: string): FakeSheet {
    this.book.rec.log('worksheets.add', [name]);
    if (this.book.find(name))
      throw Object.assign(new Error(`sheet ${name} exists`), { code: 'ItemAlreadyExists' });
    const sheet = new FakeSheet(name, this.book);
    Object.defineProperty(sheet, 'tables', {
      value: Object.assign(sheet.tables, {
        add: (address: string, _h: boolean) => {
          this.book.rec.log('tables.add', [address]);
          const t = { name: '', style: '', address };
          sheet.tables.push(t);
          return t;
        },
      }),
    });
    Object.defineProperty(sheet, 'charts', {
      value: Object.assign(sheet.charts, {
        add: (type: string, source: FakeRange) => {
          this.book.rec.log('charts.add', [type]);
          const chart = new FakeChart(type, source, this.book.rec);
          sheet.charts.push(chart);
          return chart;
        },
      }),
    });
    this.book.sheets.push(sheet);
    return sheet;
  }
  getItem(name: string): FakeSheet {
    const sheet = this.book.find(name);
    if (!sheet) throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
    return sheet;
  }
  getItemOrNullObject(name: string): FakeSheet | { isNullObject: true } {
    return this.book.find(name) ?? { isNullObject: true };
  }
}

export class FakeWorkbook {
  rec = new Recorder();
  sheets: FakeSheet[] = [];
  active = '';
  nameList: { name: string; formula: string; comment?: string }[] = [];
  worksheets = new FakeWorksheets(this);
  selection = 'Sheet1!B2:C3';
  names = {
    items: this.nameList,
    load: () => this.names,
    add: (name: string, formula: string, comment?: string) => {
      this.rec.log('names.add', [name, formula, comment]);
      if (this.nameList.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw Object.assign(new Error(`name ${name} exists`), { code: 'ItemAlreadyExists' });
      }
      this.nameList.push({ name, formula, comment });
    },
    getItem: (name: string) => ({
      delete: () => {
        this.rec.log('names.delete', [name]);
        const i = this.nameList.findIndex((n) => n.name === name);
        this.nameList.splice(i, 1);
      },
    }),
  };
  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  remove(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
  }
  getSelectedRange() {
    return { load: () => ({ address: this.selection }) };
  }
}

/** `Excel.run` over the fake: a context whose sync records one request. */
export function fakeRun(book: FakeWorkbook) {
  const run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = {
      workbook: book,
      sync: async () => {
        if (book.rec.cellEditFailures > 0) {
          book.rec.cellEditFailures--;
          book.rec.pending = { commands: [], bytes: 0 };
          throw Object.assign(new Error('cell edit'), { code: 'InvalidOperationInCellEditMode' });
        }
        book.rec.requests.push(book.rec.pending);
        book.rec.pending = { commands: [], bytes: 0 };
      },
    };
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return run;
}
