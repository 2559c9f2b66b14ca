import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/xlsx';
import { RECORD_SHEET_NAME, formula, type WritePlan } from '../../src/workbook';

/** Saves to bytes and loads again, as a user saving and reopening the file. */
async function reopen(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await book.save());
}

async function rawSheet(book: XlsxWorkbook, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.save()).buffer as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

const INJECTIONS = ['=1+1', '+A1', '-2+3', '@SUM(A1:A2)', '=HYPERLINK("http://127.0.0.1","x")'];

describe('XlsxWorkbook record storage', () => {
  it('keeps a record longer than one cell intact across save and reopen', async () => {
    // {"a":" is 6 characters, so the emoji's two UTF-16 halves sit at 29,999
    // and 30,000: right across the first chunk boundary. 75,003 characters.
    const json = JSON.stringify({ a: 'x'.repeat(29_993) + '😀' + 'y'.repeat(45_000) });
    expect([json.length, json.charCodeAt(29_999)]).toEqual([75_003, 0xd83d]);
    const book = XlsxWorkbook.create();
    await book.writeRecord(json);
    const again = await reopen(book);
    expect(await again.readRecord()).toBe(json);
    expect(await again.listSheets()).toEqual([
      { name: RECORD_SHEET_NAME, visibility: 'veryHidden' },
    ]);
  });

  it('stores every chunk under the 32,767-character cell limit', async () => {
    const book = XlsxWorkbook.create();
    await book.writeRecord('z'.repeat(100_000));
    const ws = await rawSheet(book, RECORD_SHEET_NAME);
    const lengths = [2, 3, 4, 5].map((r) => String(ws.getCell(r, 1).value).length);
    expect(lengths).toEqual([30_000, 30_000, 30_000, 10_000]);
    expect(ws.getCell(1, 2).value).toBe(4);
  });

  it('answers null when the workbook holds no record', async () => {
    expect(await XlsxWorkbook.create().readRecord()).toBeNull();
  });
});

describe('XlsxWorkbook.execute', () => {
  const plan: WritePlan = {
    sheets: [
      {
        name: 'Out',
        mode: 'create',
        frozenRows: 2,
        blocks: [
          { row: 0, column: 0, values: [INJECTIONS, [formula('=2*3', 6), 0.25, true, null]] },
        ],
        formats: [{ row: 1, column: 1, rows: 1, columns: 1, format: 'percent' }],
        columnWidths: [{ column: 0, widthChars: 22 }],
        tables: [
          {
            name: 'LBF_T',
            row: 3,
            column: 0,
            header: ['Who', 'Cost'],
            rows: [['=cmd|calc', 12.5]],
            columnFormats: [undefined, 'money'],
          },
        ],
      },
    ],
  };

  it('writes text that starts with = + - @ as text, never as a formula', async () => {
    const book = XlsxWorkbook.create();
    await book.execute(plan);
    const ws = await rawSheet(book, 'Out');
    INJECTIONS.forEach((text, c) => {
      const cell = ws.getCell(1, c + 1);
      expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, text]);
    });
    expect([ws.getCell(5, 1).type, ws.getCell(5, 1).value]).toEqual([
      ExcelJS.ValueType.String,
      '=cmd|calc',
    ]);
  });

  it('writes formulas with their cached result, formats, widths, panes and tables', async () => {
    const book = XlsxWorkbook.create();
    await book.execute(plan);
    const ws = await rawSheet(book, 'Out');
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell('A2').value).toEqual({ formula: '2*3', result: 6 });
    expect(ws.getCell('B2').numFmt).toBe('0%');
    expect(ws.getColumn(1).width).toBe(22);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getTable('LBF_T')).toBeDefined();
    expect(ws.getCell('B5').numFmt).toBe('#,##0.00');
  });

  it('reads back blanks as null and formulas as their result', async () => {
    const book = XlsxWorkbook.create();
    await book.execute(plan);
    const again = await reopen(book);
    expect(await again.readRange('Out', 'A2:D2')).toEqual([[6, 0.25, true, null]]);
  });
});
