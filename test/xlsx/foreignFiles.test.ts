/**
 * Files LBF did not write: a workbook saved by LibreOffice Calc (its tables
 * carry no <tableStyleInfo>) and a workbook whose sheet name breaks Excel's
 * 31-character rule. The fixture is made by
 * test/fixtures/libreoffice/make-fixture.mjs (LibreOffice 7.4).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { LbfError } from '../../src/core/errors';
import type { WritePlan } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';

const FIXTURE = join(__dirname, '../fixtures/libreoffice/table-saved-by-libreoffice.xlsx');

const plan: WritePlan = {
  sheets: [
    {
      name: 'LBF Out',
      mode: 'replace',
      blocks: [{ row: 0, column: 0, values: [['Written by LBF']] }],
      tables: [
        { name: 'LBF_Out', row: 2, column: 0, header: ['Option', 'Cost'], rows: [['A', 5]] },
      ],
    },
  ],
};

describe('a workbook saved by LibreOffice', () => {
  const bytes = readFileSync(FIXTURE);

  it('is the file the test means: LibreOffice wrote it, its table has no style info', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const app = await zip.file('docProps/app.xml')!.async('string');
    expect(app).toMatch(/<Application>LibreOffice\//);
    const table = await zip.file('xl/tables/table1.xml')!.async('string');
    expect(table).toContain('name="Inputs"');
    expect(table).not.toContain('tableStyleInfo');
  });

  it('takes a plan with tables and saves, keeping its own table and values', async () => {
    const book = await XlsxWorkbook.load(bytes);
    await book.execute(plan);
    const saved = await book.save();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(saved.buffer as ArrayBuffer);
    const inputs = wb.getWorksheet('Inputs')!;
    expect(Object.keys((inputs as unknown as { tables: object }).tables)).toEqual(['Inputs']);
    expect([4, 5].map((r) => [inputs.getCell(r, 1).value, inputs.getCell(r, 2).value])).toEqual([
      ['tickets_per_week', 1200],
      ['agents', 14],
    ]);
    const out = wb.getWorksheet('LBF Out')!;
    expect([out.getCell('A3').value, out.getCell('B4').value]).toEqual(['Option', 5]);

    // The LibreOffice table is written without a style name (as it came);
    // LBF's own table keeps its built-in style.
    const zip = await JSZip.loadAsync(saved);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const styleOf = (name: string) =>
      /<tableStyleInfo[^>]*?(?:name="([^"]*)")?[^>]*\/>/.exec(
        tables.find((t) => t.includes(`name="${name}"`)) ?? '',
      );
    expect(styleOf('LBF_Out')?.[0]).toContain('name="TableStyleMedium2"');
    expect(styleOf('Inputs')?.[0]).not.toContain('name=');
  });
});

/** An ExcelJS workbook whose sheet 'Short' is renamed in workbook.xml (Excel would refuse). */
async function withSheetNames(names: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  names.forEach((_, i) => (wb.addWorksheet(`S${i}`).getCell('A1').value = i));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let xml = await zip.file('xl/workbook.xml')!.async('string');
  names.forEach((name, i) => (xml = xml.replace(`name="S${i}"`, `name="${name}"`)));
  zip.file('xl/workbook.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}

const LONG = 'Quarterly staffing plan for EMEA support'; // 40 characters

describe('sheet names Excel would refuse', () => {
  it('a name over 31 characters is a clear error naming the sheet, with no console noise', async () => {
    expect(LONG.length).toBe(40);
    const load = XlsxWorkbook.load(await withSheetNames(['Inputs', LONG]));
    await expect(load).rejects.toBeInstanceOf(LbfError);
    await expect(load).rejects.toThrow(
      `Sheet "${LONG}": its name is 40 characters long; Excel allows at most 31. ` +
        'Rename it to 31 characters or fewer (in Excel or LibreOffice) and save again.',
    );
  });

  it('two long names that ExcelJS would cut to the same 31 characters: the first is named', async () => {
    const other = `${LONG.slice(0, 31)} (copy 2)`;
    const load = XlsxWorkbook.load(await withSheetNames([LONG, other]));
    await expect(load).rejects.toThrow(`Sheet "${LONG}": its name is 40 characters long`);
  });

  it('a workbook whose names are all valid still loads', async () => {
    const book = await XlsxWorkbook.load(await withSheetNames(['Inputs', LONG.slice(0, 31)]));
    expect((await book.listSheets()).map((s) => s.name)).toEqual(['Inputs', LONG.slice(0, 31)]);
  });
});

describe('other sheet names ExcelJS refuses while loading', () => {
  it('a name with a colon names the sheet and the rule', async () => {
    const load = XlsxWorkbook.load(await withSheetNames(['Plan: Q3']));
    await expect(load).rejects.toThrow(
      'Sheet "Plan: Q3": its name contains one of : \\ / ? * [ ]. Rename it (at most 31 ' +
        'characters, none of : \\ / ? * [ ]) in Excel or LibreOffice and save again.',
    );
  });
});
