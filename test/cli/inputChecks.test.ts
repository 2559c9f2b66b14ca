/**
 * Input checks found by a tester (issue 6): formulas without a result, share
 * values written as whole percents, trigger units, option ids past Z, options
 * overriding shared parameters, unknown key inputs, a tampered record
 * history, edits to LBF Decision under a stored record, and messages.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalJson, parseRecord, sha256Hex } from '../../src/core/record';
import { RECORD_SHEET_NAME, readRecordCells } from '../../src/workbook';
import { chunkText } from '../../src/workbook/recordStore';
import JSZip from 'jszip';
import { loadXlsx, runCli, tempDir, writeSmallWorkbook } from './cliHarness';
import type ExcelJS from 'exceljs';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});

function refused(args: string[], message: RegExp): void {
  const r = runCli(args);
  expect(r.stderr).toMatch(message);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
}

async function small(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  return writeSmallWorkbook(join(dir, name), change);
}

describe('formulas with no cached result', () => {
  it.each([
    ['LBF Parameters', 'B3'],
    ['LBF Options', 'D3'],
    ['LBF Decision', 'B2'],
  ])('refuses %s!%s naming the cell', async (sheet, cell) => {
    // ExcelJS writes a formula without <v> when no result is given, as a script would.
    const path = await small('f.xlsx', (wb) => {
      wb.getWorksheet(sheet)!.getCell(cell).value = { formula: '8*2' } as ExcelJS.CellFormulaValue;
    });
    refused(
      ['run', path, '--out', join(dir, 'o.xlsx')],
      new RegExp(
        `Sheet "${sheet}", cell ` +
          `${cell}: formula not calculated .*open and save the workbook in Excel \\(or LibreOffice\\)`,
      ),
    );
  });

  it('reads a formula that has its cached result', async () => {
    // tickets_per_week = 250*2 with its result 500: the same 12,000 a week for option A.
    const path = await small('ok.xlsx', (wb) => {
      wb.getWorksheet('LBF Parameters')!.getCell('B3').value = { formula: '250*2', result: 500 };
    });
    const r = runCli(['run', path, '--out', join(dir, 'o.xlsx')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/A Keep the team .* 12,000 /);
  });

  it('refuses an uncalculated actual in lbf check', async () => {
    const path = await small('a.xlsx', (wb) => {
      wb.getWorksheet('LBF Actuals')!.getCell('B3').value = {
        formula: 'B2+20',
      } as ExcelJS.CellFormulaValue;
    });
    refused(['check', path], /Sheet "LBF Actuals", cell B3: formula not calculated/);
  });
});

describe('shares and units in actuals and triggers', () => {
  it('refuses frt_attainment = 55 in the actuals with the way to write it', async () => {
    const path = await small('s.xlsx', (wb) => {
      wb.getWorksheet('LBF Actuals')!.getCell('C3').value = 55;
    });
    refused(
      ['check', path],
      /sheet "LBF Actuals", cell C3: frt_attainment is a share, so 55 would mean 5500 %\. Write 0\.55 or 55 %/,
    );
  });

  it('reads "55%" text in the actuals as 0.55 (below 0.9: the trigger fires)', async () => {
    const path = await small('p.xlsx', (wb) => {
      wb.getWorksheet('LBF Actuals')!.getCell('C3').value = '55%';
    });
    const r = runCli(['check', path]);
    expect(r.stdout).toMatch(/FIRED +frt_attainment +0\.55 +< 0\.9/);
    expect(r.status).toBe(3);
  });

  it('refuses a share trigger threshold of 60', async () => {
    const path = await small('t.xlsx', (wb) => {
      wb.getWorksheet('LBF Decision')!.getCell('C14').value = 60;
    });
    refused(['check', path], /cell C14: frt_attainment is a share, so 60 would mean 6000 %/);
  });

  it('converts a threshold in minutes: frt_hours > 240 minutes fires at an actual of 5 h', async () => {
    const path = await small('m.xlsx', (wb) => {
      const ws = wb.getWorksheet('LBF Decision')!;
      ws.getRow(14).values = ['frt_hours', '>', 240, 'minutes', 'Review the rota'];
      const a = wb.getWorksheet('LBF Actuals')!;
      a.getCell('D1').value = 'frt_hours';
      a.getCell('D2').value = 3;
      a.getCell('D3').value = 5;
    });
    const r = runCli(['check', path]);
    // 240 minutes / 60 = 4 hours, and 5 > 4.
    expect(r.stdout).toMatch(/FIRED +frt_hours +5 +> 4 +Review the rota/);
    expect(r.status).toBe(3);
  });

  it('refuses a unit of another kind, naming the cell', async () => {
    const path = await small('u.xlsx', (wb) => {
      const ws = wb.getWorksheet('LBF Decision')!;
      ws.getRow(14).values = ['cost_per_week', '>', 9000, 'euros per fortnight', 'Review'];
    });
    refused(
      ['check', path],
      /sheet "LBF Decision", cell D14 \(Unit\): "euros per fortnight" is not a unit of cost_per_week, which is measured in money\/week/,
    );
  });

  it('says a last actuals row with only a date has no actuals', async () => {
    const path = await small('d.xlsx', (wb) => {
      wb.getWorksheet('LBF Actuals')!.addRow(['2026-W03', null, null]);
    });
    refused(['check', path], /Sheet "LBF Actuals", row 4 \(the last filled row\) has no actuals/);
  });
});

describe('LBF Options', () => {
  it('continues option ids past Z with AA, AB', async () => {
    const path = await small('many.xlsx', (wb) => {
      const ws = wb.getWorksheet('LBF Options')!;
      for (let i = 1; i <= 28; i += 1)
        ws.getRow(i + 1).values = [`Plan ${i}`, `Plan ${i}`, '', i % 3];
    });
    const out = join(dir, 'o.xlsx');
    const r = runCli(['run', path, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ws = (await loadXlsx(out)).getWorksheet(RECORD_SHEET_NAME)!;
    const cells = Array.from({ length: ws.rowCount }, (_, i) =>
      [1, 2, 3, 4].map((c) => ws.getCell(i + 1, c).value as string | number | null),
    );
    const ids = parseRecord(readRecordCells(cells)).content.options.map((o) => o.id);
    // 28 options: A … Z are 26, then AA and AB.
    expect(ids.slice(24)).toEqual(['Y', 'Z', 'AA', 'AB']);
  });

  it('gives a named option the next free id: "Outsource" then "B" are A and B', async () => {
    const path = await small('ids.xlsx', (wb) => {
      const ws = wb.getWorksheet('LBF Options')!;
      ws.getCell('A2').value = 'Outsource';
      ws.getCell('A3').value = 'B';
    });
    const r = runCli(['run', path, '--out', join(dir, 'o.xlsx')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^A Keep the team/m);
  });

  it.each(['budget_per_week', 'quality_weight', 'horizon_weeks', 'frt_target_hours'])(
    'refuses an override column of %s',
    async (name) => {
      const path = await small('o.xlsx', (wb) => {
        wb.getWorksheet('LBF Options')!.getCell('E1').value = name;
      });
      refused(
        ['run', path, '--out', join(dir, 'o2.xlsx')],
        new RegExp(
          `sheet "LBF Options", cell E1: options cannot change ${name}: .*not be comparable`,
        ),
      );
    },
  );
});

describe('LBF Decision', () => {
  it('names an unknown key input with a did-you-mean', async () => {
    const path = await small('k.xlsx', (wb) => {
      const ws = wb.getWorksheet('LBF Decision')!;
      ws.addRow([]);
      ws.addRow(['Key inputs']);
      ws.addRow(['Parameter', 'Category', 'Refresh cadence', 'Validated']);
      ws.addRow(['ticket_per_week', 'demand', 'weekly', 'yes']);
    });
    refused(
      ['run', path, '--out', join(dir, 'o.xlsx')],
      /sheet "LBF Decision", cell A18 \(Parameter\): "ticket_per_week" is not a parameter name; did you mean tickets_per_week\?/,
    );
  });
});

async function recordOf(path: string) {
  const ws = (await loadXlsx(path)).getWorksheet(RECORD_SHEET_NAME)!;
  const cells = Array.from({ length: ws.rowCount }, (_, i) =>
    [1, 2, 3, 4].map((c) => ws.getCell(i + 1, c).value as string | number | null),
  );
  return readRecordCells(cells);
}

describe('the stored record', () => {
  it('stops run and check on a history changed outside LBF, appending nothing', async () => {
    const base = join(dir, 'base.xlsx');
    expect(runCli(['run', await small('s.xlsx', () => undefined), '--out', base]).status).toBe(0);
    const json = JSON.parse(await recordOf(base));
    json.versions[0].content.objective.objective = 'Something else';
    const text = canonicalJson(json);
    const wb = await loadXlsx(base);
    const ws = wb.getWorksheet(RECORD_SHEET_NAME)!;
    const chunks = chunkText(text);
    ws.getRow(1).values = ['lbf-record/1', chunks.length, text.length, sha256Hex(text)];
    chunks.forEach((c, i) => {
      ws.getCell(i + 2, 1).value = c;
    });
    await wb.xlsx.writeFile(base);
    const before = readFileSync(base);
    const message =
      /The decision record was changed outside LBF; version 1 no longer matches its hash\. Nothing was written/;
    refused(['run', base, '--out', base], message);
    refused(['check', base, '--write'], message);
    refused(['check', base], message);
    expect(readFileSync(base).equals(before)).toBe(true);
  });

  it('notes edits to LBF Decision that the stored record overrides, and takes them on request', async () => {
    const base = join(dir, 'base.xlsx');
    expect(runCli(['run', await small('s.xlsx', () => undefined), '--out', base]).status).toBe(0);
    const wb = await loadXlsx(base);
    wb.getWorksheet('LBF Decision')!.getCell('B2').value = 'Keep FRT within 6 hours';
    await wb.xlsx.writeFile(base);
    const out = join(dir, 'v2.xlsx');
    const r = runCli(['run', base, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /note: sheet "LBF Decision" differs from the decision record stored in the workbook \(objective\)\. The stored record takes precedence.*--decision-from-sheet/,
    );
    expect(JSON.parse(await recordOf(out)).content.objective.objective).toBe(
      'Keep first response within 8 hours',
    );
    const taken = join(dir, 'v3.xlsx');
    const t = runCli(['run', base, '--out', taken, '--decision-from-sheet']);
    expect(t.stderr).toBe('');
    const record = JSON.parse(await recordOf(taken));
    expect(record.content.objective.objective).toBe('Keep FRT within 6 hours');
    expect(record.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
  });
});

describe('messages', () => {
  it('finds sheets whose names have extra spaces, also for --actuals', async () => {
    const path = await small('sp.xlsx', (wb) => {
      wb.getWorksheet('LBF Options')!.name = 'LBF  Options ';
      wb.getWorksheet('LBF Actuals')!.name = 'My  Actuals';
    });
    expect(runCli(['run', path, '--out', join(dir, 'o.xlsx')]).status).toBe(0);
    expect(runCli(['check', path, '--actuals', 'my actuals']).status).toBe(0);
  });

  it('names the cell of a misspelled Value header', async () => {
    const path = await small('v.xlsx', (wb) => {
      wb.getWorksheet('LBF Parameters')!.getCell('B1').value = 'Valu';
    });
    refused(
      ['run', path, '--out', join(dir, 'o.xlsx')],
      /sheet "LBF Parameters", cell B1: the header "Valu" is not a column of the parameter table; did you mean Value\?/,
    );
  });

  it('names the cell of a bad parameter value and of a bad High', async () => {
    const value = await small('pv.xlsx', (wb) => {
      wb.getWorksheet('LBF Parameters')!.getCell('B4').value = -3;
    });
    refused(
      ['run', value, '--out', join(dir, 'o.xlsx')],
      /ticket_aht_minutes \(cell 'LBF Parameters'!B4\) must be a number/,
    );
    const high = await small('ph.xlsx', (wb) => {
      wb.getWorksheet('LBF Parameters')!.getRow(10).values = [
        'quality_weight',
        0.5,
        'share',
        0.4,
        1.6,
        'Lead',
        'Policy',
        'Even',
      ];
    });
    refused(
      ['run', high, '--out', join(dir, 'o.xlsx')],
      /quality_weight High \(cell 'LBF Parameters'!E10\) is a share between 0 and 1; got 1\.6/,
    );
  });

  it('says a zip that is not a workbook is not an .xlsx', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const path = join(dir, 'z.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    refused(['run', path], /z\.xlsx is a zip file but not an Excel \.xlsx workbook/);
  });

  it('gives the damaged-file fix once', () => {
    const path = join(dir, 'broken.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    const r = runCli(['run', path]);
    expect(r.status).toBe(2);
    expect(r.stderr.match(/save it as an Excel Workbook/gi)).toHaveLength(1);
  });

  it('checks --write up front when no record is stored, printing no table', async () => {
    refused(
      ['check', await small('w.xlsx', () => undefined), '--write'],
      /--write needs a decision record stored in the workbook/,
    );
  });

  it.each([
    [['run', 'a.xlsx', '--author', ''], /--author is empty/],
    [['run', 'a.xlsx', '--author', 'Ana\nBo'], /--author "Ana\\nBo" has a line break/],
    [['run', 'a.xlsx', '--out'], /option --out needs a value/],
  ])('refuses %j', (args, message) => refused(args, message));

  it('prints the help on stderr and exits 2 with no arguments', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});
