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

describe('XlsxWorkbook.execute refusals', () => {
  it('refuses a table name already used on another sheet', async () => {
    const book = XlsxWorkbook.create();
    const sheet = (name: string) => ({
      name,
      mode: 'create' as const,
      blocks: [],
      tables: [{ name: 'LBF_Same', row: 0, column: 0, header: ['a'], rows: [[1]] }],
    });
    await book.execute({ sheets: [sheet('One')] });
    await expect(book.execute({ sheets: [sheet('Two')] })).rejects.toThrow(
      'Table "LBF_Same" appears more than once',
    );
  });

  it('refuses to create a sheet that exists, comparing names without case', async () => {
    const book = XlsxWorkbook.create();
    await book.execute({ sheets: [{ name: 'Out', mode: 'create', blocks: [] }] });
    await expect(
      book.execute({ sheets: [{ name: 'OUT', mode: 'create', blocks: [] }] }),
    ).rejects.toThrow('Sheet "OUT" appears more than once');
  });

  it('refuses a sheet name Excel would refuse', async () => {
    await expect(
      XlsxWorkbook.create().execute({ sheets: [{ name: 'a/b', mode: 'create', blocks: [] }] }),
    ).rejects.toThrow('contains one of');
  });

  it('refuses bytes that are not an .xlsx file, saying how to fix it', async () => {
    await expect(XlsxWorkbook.load(new TextEncoder().encode('not a zip'))).rejects.toThrow(
      'Save it from Excel as an Excel Workbook (.xlsx).',
    );
  });
});

describe('XlsxWorkbook reads', () => {
  it('reads dates as serial numbers and errors as typed values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('In');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell('B1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('C1').value = { richText: [{ text: 'ab' }, { text: 'c' }] };
    ws.getCell('B3').value = 'x';
    const book = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    // =DATE(2024,1,1) is 45292 in Excel.
    expect(await book.readRange('In', 'A1:C1')).toEqual([[45_292, { error: '#N/A' }, 'abc']]);
    const used = await book.readUsedRange('In');
    expect([used!.address, used!.values[2]]).toEqual(['A1:C3', [null, 'x', null]]);
  });

  it('reads a formula whose cached result is 0 as 0, not as a blank', async () => {
    const book = XlsxWorkbook.create();
    const values = [[formula('LBF.SCENARIO(A1)', 0), formula('LBF.SCENARIO(A2)', 7)]];
    await book.execute({
      sheets: [{ name: 'Out', mode: 'create', blocks: [{ row: 1, column: 1, values }] }],
    });
    const again = await XlsxWorkbook.load(await book.save());
    expect(await again.readRange('Out', 'B2:C2')).toEqual([[0, 7]]);
    expect((await again.readUsedRange('Out'))!.address).toBe('B2:C2');
  });

  it('names the sheets it has when asked for one it has not', async () => {
    const book = XlsxWorkbook.create();
    await book.execute({ sheets: [{ name: 'Params', mode: 'create', blocks: [] }] });
    await expect(book.readRange('Parms', 'A1')).rejects.toThrow('The workbook has: Params.');
  });

  it('defines and lists workbook names, quoting sheet names with spaces', async () => {
    const book = XlsxWorkbook.create();
    await book.execute({
      sheets: [
        {
          name: 'My params',
          mode: 'create',
          blocks: [
            {
              row: 0,
              column: 0,
              values: [
                [1, 2],
                [3, 4],
              ],
            },
          ],
        },
      ],
    });
    await book.defineName('LBF_Params', {
      sheet: 'My params',
      row: 0,
      column: 0,
      rows: 2,
      columns: 2,
    });
    const again = await XlsxWorkbook.load(await book.save());
    expect(await again.listNames()).toEqual([
      { name: 'LBF_Params', formula: "='My params'!$A$1:$B$2" },
    ]);
  });
});

describe('XlsxWorkbook sheet order', () => {
  it('puts a "first" sheet first and keeps a replaced sheet in its place', async () => {
    const book = XlsxWorkbook.create();
    const sheet = (name: string) => ({ name, mode: 'create' as const, blocks: [] });
    await book.execute({ sheets: [sheet('Inputs'), sheet('Log'), sheet('Notes')] });
    await book.execute({ sheets: [{ ...sheet('Cover'), position: 'first' as const }] });
    await book.execute({ sheets: [{ ...sheet('Log'), mode: 'replace' as const, activate: true }] });
    const again = await XlsxWorkbook.load(await book.save());
    expect((await again.listSheets()).map((s) => s.name)).toEqual([
      'Cover',
      'Inputs',
      'Log',
      'Notes',
    ]);
  });
});

describe('XlsxWorkbook active sheet', () => {
  it('never leaves the very hidden record sheet as the active tab', async () => {
    const book = XlsxWorkbook.create();
    await book.writeRecord('{}');
    await book.execute({ sheets: [{ name: 'Log', mode: 'create', blocks: [] }] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await book.save()).buffer as ArrayBuffer);
    expect(wb.views[0].activeTab).toBe(1);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['LBF_Record', 'veryHidden'],
      ['Log', 'visible'],
    ]);
  });
});

describe('XlsxWorkbook text over the cell limit', () => {
  it('cuts text over 32,767 characters with a marker, never inside a surrogate pair', async () => {
    const emoji = `x${'😀'.repeat(25_500)}`; // 51,001 UTF-16 units
    const book = XlsxWorkbook.create();
    await book.execute({
      sheets: [
        {
          name: 'Long',
          mode: 'create',
          blocks: [{ row: 0, column: 0, values: [['a'.repeat(40_000)]] }],
          tables: [{ name: 'LBF_Long', row: 2, column: 0, header: ['Text'], rows: [[emoji]] }],
        },
      ],
    });
    const ws = await rawSheet(book, 'Long');
    // The marker is 65 characters, so 32,767 − 65 = 32,702 characters of the text stay.
    const marker = (n: string) => ` … [cut: ${n} characters; Excel holds at most 32,767 in a cell]`;
    expect(marker('40,000').length).toBe(65);
    expect(ws.getCell('A1').value).toBe('a'.repeat(32_702) + marker('40,000'));
    // 32,702 units would end on the high half of emoji 16,351: 'x' + 16,350 emoji stay.
    expect(ws.getCell('A4').value).toBe(`x${'😀'.repeat(16_350)}${marker('51,001')}`);
  });
});

describe('XlsxWorkbook formats for weights and yes/no metrics', () => {
  it('writes the weight and boolean format codes', async () => {
    const book = XlsxWorkbook.create();
    await book.execute({
      sheets: [
        {
          name: 'F',
          mode: 'create',
          blocks: [{ row: 0, column: 0, values: [[0.154, 1, 0]] }],
          formats: [
            { row: 0, column: 0, rows: 1, columns: 1, format: 'weight' },
            { row: 0, column: 1, rows: 1, columns: 2, format: 'boolean' },
          ],
        },
      ],
    });
    const ws = await rawSheet(book, 'F');
    expect(['A1', 'B1', 'C1'].map((a) => ws.getCell(a).numFmt)).toEqual([
      '0.000',
      '"TRUE";"TRUE";"FALSE"',
      '"TRUE";"TRUE";"FALSE"',
    ]);
  });
});
