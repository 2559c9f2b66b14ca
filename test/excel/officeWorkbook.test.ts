import { OfficeWorkbook, MAX_WRITE_BYTES, REQUEST_LIMIT_BYTES } from '../../src/excel';
import { fromOffice } from '../../src/excel/readValues';
import { emptyRecord, publishVersion } from '../../src/core/record';
import {
  RECORD_SHEET_NAME,
  formula,
  renderDecisionLog,
  type SheetPlan,
  type WritePlan,
} from '../../src/workbook';
import { completeContent } from '../core/record/completeRecord';
import { FakeWorkbook, fakeRun } from './fakeExcel';

function setup(): { book: FakeWorkbook; office: OfficeWorkbook; sleeps: number[] } {
  const book = new FakeWorkbook();
  book.worksheets.add('Inputs');
  book.rec.pending = { commands: [], bytes: 0 };
  const sleeps: number[] = [];
  const office = new OfficeWorkbook(fakeRun(book), async (ms) => {
    sleeps.push(ms);
  });
  return { book, office, sleeps };
}

function numberSheet(name: string, rows: number, columns: number): SheetPlan {
  return {
    name,
    mode: 'create',
    blocks: [
      {
        row: 0,
        column: 0,
        values: Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => r * columns + c),
        ),
      },
    ],
  };
}

describe('OfficeWorkbook.execute sync count', () => {
  it('takes two syncs for a small plan: one to read the sheet list, one to write', async () => {
    const { book, office } = setup();
    const report = await office.execute({ sheets: [numberSheet('Out', 3, 3)] });
    expect([report.syncs, book.rec.requests.length]).toEqual([2, 2]);
  });

  it('still takes two syncs for 40 sheets of 2,000 cells (80,000 cells, under 3 MB)', async () => {
    const { book, office } = setup();
    const plan: WritePlan = {
      sheets: Array.from({ length: 40 }, (_, i) => ({
        ...numberSheet(`Out${i}`, 200, 10),
        frozenRows: 1,
        tables: [{ name: `LBF_T${i}`, row: 201, column: 0, header: ['a', 'b'], rows: [[1, 2]] }],
      })),
    };
    await office.execute(plan);
    expect(book.rec.requests.length).toBe(2);
    expect(book.sheets.length).toBe(41);
    expect(book.find('Out39')!.cells.get('J200')!.value).toBe(1999);
  });

  it('splits a 12 MB plan into requests under 5 MB, within the stated bound', async () => {
    const { book, office } = setup();
    // 400 rows of one 30,000-character text cell: 12,000,000 characters of payload.
    const big = Array.from({ length: 400 }, (_, r) => [`${r}:`.padEnd(30_000, 'x')]);
    await office.execute({
      sheets: [{ name: 'Big', mode: 'create', blocks: [{ row: 0, column: 0, values: big }] }],
    });
    const sizes = book.rec.requests.map((r) => r.bytes);
    expect(Math.max(...sizes)).toBeLessThan(REQUEST_LIMIT_BYTES);
    // Bound: 2 + floor(12.03 MB / 3 MiB) = 2 + 3 = 5 syncs.
    expect(book.rec.requests.length).toBeGreaterThanOrEqual(4);
    expect(book.rec.requests.length).toBeLessThanOrEqual(5);
    expect(book.find('Big')!.cells.get('A400')!.value).toBe('399:'.padEnd(30_000, 'x'));
  });

  it('keeps every single range write under 1 MB', async () => {
    const { book, office } = setup();
    const big = Array.from({ length: 100 }, () => ['y'.repeat(30_000)]);
    await office.execute({
      sheets: [{ name: 'Big', mode: 'create', blocks: [{ row: 0, column: 0, values: big }] }],
    });
    const writes = book.rec.requests.flatMap((r) => r.commands).filter((c) => c === 'range.values');
    // Each row counts 30,005 bytes (text, quotes, brackets, comma), so at most 34 rows
    // fit in 1 MiB: 100 rows take 34 + 34 + 32, three writes.
    expect(writes.length).toBe(3);
    expect(MAX_WRITE_BYTES).toBe(1_048_576);
  });
});

describe('OfficeWorkbook.execute cell contents', () => {
  const INJECTIONS = ['=1+1', '+A1', '-2+3', '@SUM(A1:A2)', '007', 'TRUE text'];

  it('writes user text as text (prefix) and formulas as formulas', async () => {
    const { book, office } = setup();
    await office.execute({
      sheets: [
        {
          name: 'Out',
          mode: 'create',
          blocks: [{ row: 0, column: 0, values: [INJECTIONS, [formula('=2*3', 6)]] }],
        },
      ],
    });
    const sheet = book.find('Out')!;
    INJECTIONS.forEach((text, c) => {
      const cell = sheet.cells.get(String.fromCharCode(65 + c) + '1')!;
      expect([cell.value, cell.quotePrefix, cell.formula]).toEqual([text, true, undefined]);
    });
    expect(sheet.cells.get('A2')!.formula).toBe('=2*3');
  });

  it('replaces the only sheet of a workbook (Excel keeps one visible sheet)', async () => {
    const book = new FakeWorkbook();
    book.worksheets.add('LBF Out');
    await new OfficeWorkbook(fakeRun(book)).execute({
      sheets: [{ ...numberSheet('LBF Out', 1, 1), mode: 'replace' }],
    });
    expect(book.sheets.map((s) => [s.name, s.cells.get('A1')?.value])).toEqual([['LBF Out', 0]]);
  });

  it('replaces an existing sheet in place', async () => {
    const { book, office } = setup();
    book.worksheets.add('LBF Out');
    book.worksheets.add('Other');
    await office.execute({ sheets: [{ ...numberSheet('LBF Out', 1, 1), mode: 'replace' }] });
    expect(book.sheets.map((s) => s.name)).toEqual(['Inputs', 'LBF Out', 'Other']);
  });

  it('refuses to create a sheet that exists, naming it', async () => {
    const { office } = setup();
    await expect(office.execute({ sheets: [numberSheet('inputs', 1, 1)] })).rejects.toThrow(
      'Sheet "inputs" appears more than once',
    );
  });

  it('draws the backlog line chart and the cost/quality scatter natively', async () => {
    const { book, office } = setup();
    const content = completeContent();
    const record = {
      ...emptyRecord(),
      content,
      versions: publishVersion([], content, 'Alex', 'v1', new Date(Date.UTC(2025, 0, 1))),
    };
    await office.execute(renderDecisionLog(record, { addinVersion: '0.1.0', includeRecord: true }));
    const charts = book.find('LBF Decision Log')!.charts;
    expect(charts.map((c) => [c.type, c.title.text, c.seriesList.length])).toEqual([
      ['Line', 'Backlog by week per option', 3],
      ['XYScatter', 'Cost per week against quality index', 3],
    ]);
    expect(charts[0].seriesList.map((s) => s.name)).toEqual([
      'A Status quo',
      'B Add BPO',
      'C Self-serve push',
    ]);
    expect(book.find(RECORD_SHEET_NAME)!.visibility).toBe('VeryHidden');
  });
});

describe('OfficeWorkbook text over the cell limit', () => {
  it('cuts text over 32,767 characters with a marker, never inside a surrogate pair', async () => {
    const { book, office } = setup();
    const emoji = `x${'😀'.repeat(25_500)}`; // 51,001 UTF-16 units
    await office.execute({
      sheets: [
        {
          name: 'Long',
          mode: 'create',
          blocks: [{ row: 0, column: 0, values: [['a'.repeat(40_000)]] }],
          tables: [{ name: 'LBF_Long', row: 2, column: 0, header: ['Text'], rows: [[emoji]] }],
        },
      ],
    });
    const sheet = book.find('Long')!;
    // The marker is 65 characters, so 32,767 − 65 = 32,702 characters of the text stay.
    const marker = (n: string) => ` … [cut: ${n} characters; Excel holds at most 32,767 in a cell]`;
    expect(sheet.cells.get('A1')).toEqual({
      value: 'a'.repeat(32_702) + marker('40,000'),
      quotePrefix: true,
    });
    // 32,702 units would end on the high half of emoji 16,351: 'x' + 16,350 emoji stay.
    expect(sheet.cells.get('A4')!.value).toBe(`x${'😀'.repeat(16_350)}${marker('51,001')}`);
  });
});

describe('OfficeWorkbook print setup', () => {
  const logPlan = () =>
    renderDecisionLog(
      {
        ...emptyRecord(),
        content: completeContent(),
        versions: publishVersion(
          [],
          completeContent(),
          'Ana',
          'v1',
          new Date(Date.UTC(2025, 0, 1)),
        ),
      },
      { addinVersion: '0.1.0' },
    );

  it('sets landscape, one page wide and the title rows where ExcelApi 1.9 is there', async () => {
    const book = new FakeWorkbook();
    book.worksheets.add('Inputs');
    const office = new OfficeWorkbook(
      fakeRun(book),
      async () => undefined,
      () => true,
    );
    await office.execute(logPlan());
    const sheet = book.find('LBF Decision Log')!;
    expect(sheet.pageLayout.orientation).toBe('Landscape');
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.printTitleRows).toBe('$1:$4');
    expect(office.lastSyncs).toBe(2);
    // Wrapped columns are set before the styled lines, which then turn wrap off
    // for themselves: the first wrapText write is true, the styled ones false.
    const wraps = book.rec.calls.filter((c) => c.command === 'format.wrapText');
    expect(wraps[0].args).toEqual([true]);
    expect(wraps.filter((c) => c.args[0] === false).length).toBeGreaterThan(0);
    const lastTrue = wraps.map((c) => c.args[0]).lastIndexOf(true);
    const firstFalse = wraps.map((c) => c.args[0]).indexOf(false);
    expect(lastTrue).toBeLessThan(firstFalse);
  });

  it('skips page setup where the requirement set is missing, writing everything else', async () => {
    const book = new FakeWorkbook();
    book.worksheets.add('Inputs');
    // No Office global in Node: the default check answers false.
    const office = new OfficeWorkbook(fakeRun(book), async () => undefined);
    await office.execute(logPlan());
    const sheet = book.find('LBF Decision Log')!;
    expect(sheet.pageLayout.orientation).toBe('Portrait');
    expect(sheet.printTitleRows).toBe('');
    expect(sheet.cells.get('A4')!.value).toBe('History verified: 1 version, chain intact');
  });
});

describe('OfficeWorkbook record, names and retries', () => {
  it('reads back the record it wrote, in chunks under 32,767 characters', async () => {
    const { book, office } = setup();
    const json = JSON.stringify({ text: 'r'.repeat(70_000) });
    await office.writeRecord(json);
    expect(await office.readRecord()).toBe(json);
    const cells = [...book.find(RECORD_SHEET_NAME)!.cells.values()].map(
      (c) => String(c.value).length,
    );
    expect(Math.max(...cells)).toBe(30_000);
  });

  it('publishes over a stored record: the very hidden sheet is unhidden before it is deleted', async () => {
    const { book, office } = setup();
    await office.writeRecord(JSON.stringify({ version: 1 }));
    await office.writeRecord(JSON.stringify({ version: 2 }));
    expect(await office.readRecord()).toBe('{"version":2}');
    expect(book.find(RECORD_SHEET_NAME)!.visibility).toBe('VeryHidden');
  });

  it('reads a long record in pages of 40 chunks, one sync each', async () => {
    const { book, office } = setup();
    // 100 chunks of 30,000 characters: pages of 40 + 40 + 20 after the sheet and header syncs.
    const json = JSON.stringify({ text: 's'.repeat(100 * 30_000 - 11) });
    await office.writeRecord(json);
    const before = book.rec.requests.length;
    expect(await office.readRecord()).toBe(json);
    expect(book.rec.requests.length - before).toBe(2 + 3);
  });

  it('answers null when there is no record sheet', async () => {
    expect(await setup().office.readRecord()).toBeNull();
  });

  it('redefines an existing workbook name instead of failing', async () => {
    const { book, office } = setup();
    const ref = { sheet: 'Inputs', row: 1, column: 0, rows: 10, columns: 8 };
    await office.defineName('LBF_Params', ref);
    await office.defineName('LBF_Params', { ...ref, rows: 20 });
    expect(book.nameList).toEqual([
      { name: 'LBF_Params', formula: '=Inputs!$A$2:$H$21', comment: undefined },
    ]);
  });

  it('retries while Excel is in cell-edit mode, waiting 250 then 500 ms', async () => {
    const { book, office, sleeps } = setup();
    book.rec.cellEditFailures = 2;
    await office.execute({ sheets: [numberSheet('Out', 1, 1)] });
    expect(sleeps).toEqual([250, 500]);
    expect(book.find('Out')!.cells.get('A1')!.value).toBe(0);
  });

  it('gives up after seven waits and passes the cell-edit error on', async () => {
    const { book, office, sleeps } = setup();
    book.rec.cellEditFailures = 100;
    await expect(office.listSheets()).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(sleeps).toEqual([250, 500, 1000, 2000, 4000, 8000, 16000]);
  });

  it('reads the selection as sheet and address', async () => {
    const { book, office } = setup();
    book.selection = "'Q3 plan'!B2:C3";
    expect(await office.getSelection()).toEqual({ sheet: 'Q3 plan', address: 'B2:C3' });
  });
});

describe('fromOffice', () => {
  it.each([
    ['an empty cell', '', 'Empty', null],
    ['an error', '#N/A', 'Error', { error: '#N/A' }],
    ['a number', 45292, 'Double', 45292],
    ['text', 'x', 'String', 'x'],
  ])('reads %s', (_case, value, type, expected) => {
    expect(fromOffice(value, type)).toEqual(expected);
  });
});
