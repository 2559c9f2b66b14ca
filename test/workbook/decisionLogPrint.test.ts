/**
 * The decision log as a reader prints and reads it: page setup, widths that
 * wrap, weights as weights, choices without a unit word, the history check
 * near the top, and text over Excel's cell limit cut (the record keeps it).
 */
import ExcelJS from 'exceljs';
import { emptyRecord, publishVersion, type DecisionRecord } from '../../src/core/record';
import { renderDecisionLog } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { completeContent } from '../core/record/completeRecord';

function record(tweak: (r: DecisionRecord) => void = () => undefined): DecisionRecord {
  const content = completeContent();
  let versions = publishVersion([], content, 'Alex Kim', 'First', new Date(Date.UTC(2025, 3, 2)));
  versions = publishVersion(
    versions,
    content,
    'Alex Kim',
    'Second',
    new Date(Date.UTC(2025, 3, 3)),
  );
  versions = publishVersion(versions, content, 'Bo Li', 'Third', new Date(Date.UTC(2025, 3, 4)));
  const r = { ...emptyRecord(), content, versions };
  tweak(r);
  return r;
}

async function write(r: DecisionRecord): Promise<{ ws: ExcelJS.Worksheet; book: XlsxWorkbook }> {
  const book = XlsxWorkbook.create();
  await book.execute(renderDecisionLog(r, { addinVersion: '0.1.0', includeRecord: true }));
  const saved = await book.save();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(saved.buffer as ArrayBuffer);
  return { ws: wb.getWorksheet('LBF Decision Log')!, book: await XlsxWorkbook.load(saved) };
}

function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  let found = 0;
  ws.getColumn(1).eachCell((cell, row) => {
    if (!found && cell.value === text) found = row;
  });
  if (!found) throw new Error(`no row ${text}`);
  return found;
}

describe('decision log print setup', () => {
  it('prints landscape, one page wide, repeating the four frozen rows', async () => {
    const { ws } = await write(record());
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:4',
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('keeps every column at most 50 wide and wraps text longer than its column', async () => {
    const { ws } = await write(
      record((r) => {
        r.content.options[0].description = 'd'.repeat(120);
      }),
    );
    // Column C holds the 120-character description: wider than the column, so it wraps.
    const description = ws.getCell(rowOf(ws, 'Option') + 1, 3);
    expect(description.value).toBe('d'.repeat(120));
    expect(description.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getColumn(3).width).toBeLessThan(120);
    for (let c = 1; c <= 12; c++) {
      expect(ws.getColumn(c).width ?? 0).toBeLessThanOrEqual(50);
    }
  });
});

describe('decision log number formats', () => {
  it('shows weights with three decimals: 0.6 and a switching weight of 0.154', async () => {
    const { ws } = await write(
      record((r) => {
        r.content.decision.switchingQualityWeight = 0.154;
      }),
    );
    const weight = ws.getCell(rowOf(ws, 'Quality weight'), 2);
    const flip = ws.getCell(rowOf(ws, 'Weight at which the recommendation changes'), 2);
    expect([weight.value, weight.numFmt]).toEqual([0.6, '0.000']);
    expect([flip.value, flip.numFmt]).toEqual([0.154, '0.000']);
  });

  it('writes a choice override without a unit word, a number with its unit', async () => {
    const { ws } = await write(
      record((r) => {
        r.content.options[1].overrides = [
          { parameter: 'routing', value: 'inhouse_first', unit: 'choice' },
          { parameter: 'outsourced_fte', value: 4, unit: 'FTE' },
        ];
      }),
    );
    expect(ws.getCell(rowOf(ws, 'Option') + 2, 4).value).toBe(
      'routing = inhouse_first; outsourced_fte = 4 FTE',
    );
  });

  it('writes publication times in the version table as UTC date-times', async () => {
    const { ws } = await write(record());
    const top = rowOf(ws, 'Version');
    expect(ws.getCell(top, 2).value).toBe('Published (UTC)');
    const third = ws.getCell(top + 3, 2);
    // 2025-04-04 00:00 UTC = serial 45751 (45658 is 2025-01-01; + 90 + 3 days).
    expect((third.value as Date).toISOString()).toBe('2025-04-04T00:00:00.000Z');
    expect(third.numFmt).toBe('yyyy-mm-dd hh:mm');
  });
});

describe('decision log history status', () => {
  it('says the history verified, with the version count, on row 4 in green', async () => {
    const { ws } = await write(record());
    const cell = ws.getCell('A4');
    expect(cell.value).toBe('History verified: 3 versions, chain intact');
    expect(cell.font.color?.argb).toBe('FF006100');
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
  });

  it('says the history is BROKEN at the tampered version, in red', async () => {
    const { ws } = await write(
      record((r) => {
        r.versions[0].summary = 'Rewritten later';
      }),
    );
    const cell = ws.getCell('A4');
    expect(cell.value).toBe(
      'History BROKEN at version 1: Version 1 no longer matches its hash: it was changed ' +
        'after publishing.',
    );
    expect(cell.font.color?.argb).toBe('FF9C0006');
  });

  it('says when nothing has been published', async () => {
    const { ws } = await write(record((r) => (r.versions = [])));
    expect(ws.getCell('A4').value).toBe('History: no version published yet');
  });
});

describe('decision log text over the cell limit', () => {
  it('cuts a 40,000-character rationale with a marker; the record keeps all of it', async () => {
    const long = 'r'.repeat(40_000);
    const { ws, book } = await write(record((r) => (r.content.decision.rationale = long)));
    const marker = ' … [cut: 40,000 characters; full text in the decision record]';
    // 32,767 − 61 (marker) = 32,706 characters of the rationale.
    expect(ws.getCell(rowOf(ws, 'Rationale'), 2).value).toBe('r'.repeat(32_706) + marker);
    const stored = JSON.parse((await book.readRecord())!) as DecisionRecord;
    expect(stored.content.decision.rationale).toBe(long);
  });
});

describe('decision log long warnings', () => {
  it('puts a long warning on several rows of at most 120 characters, words intact', async () => {
    const { ws } = await write(
      record((r) => {
        const input = r.content.keyInputs[0];
        r.content.keyInputs = Array.from({ length: 12 }, (_, i) => ({
          ...input,
          parameter: `unvalidated_input_number_${i + 1}`,
          validated: false,
        }));
      }),
    );
    const rows: string[] = [];
    ws.getColumn(1).eachCell((cell) => {
      const v = String(cell.value);
      if (rows.length || v.startsWith('Metrics are baselined')) rows.push(v);
    });
    const head = rows[0];
    // The sentence lists all 12 names (26 or 27 characters each), so it is far over 120.
    expect(head).toMatch(/^Metrics are baselined but 12 key input\(s\) are not validated/);
    const paragraph: string[] = [];
    for (const r of rows) {
      if (paragraph.length && !/^unvalidated_input_number_|^[a-z_0-9, .]+/.test(r)) break;
      paragraph.push(r);
      if (r.includes('unvalidated_input_number_12')) break;
    }
    expect(paragraph.length).toBeGreaterThan(2);
    for (const line of paragraph) expect(line.length).toBeLessThanOrEqual(120);
    const joined = paragraph.join(' ');
    for (let i = 1; i <= 12; i++) expect(joined).toContain(`unvalidated_input_number_${i}`);
  });
});
