/**
 * Bad input never gives a half-written output: each case exits 2 with a
 * message that names the file, sheet or cell and the fix, and writes nothing.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeSmallWorkbook } from './cliHarness';

function expectRefused(args: string[], message: RegExp, outDir?: string): void {
  const r = runCli(args);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.status).toBe(2);
  if (outDir) expect(readdirSync(outDir)).toEqual([]);
}

describe('lbf run refuses bad files with exit code 2', () => {
  let dir: string;
  let outDir: string;
  let out: string;

  beforeEach(() => {
    dir = tempDir();
    outDir = join(dir, 'out');
    mkdirSync(outDir);
    out = join(outDir, 'result.xlsx');
  });

  it('says a text file is not an .xlsx workbook', () => {
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, 'Name,Value\ntickets_per_week,500\n');
    expectRefused(
      ['run', path, '--out', out],
      /notes\.xlsx is not an Excel \.xlsx workbook .*save it as an Excel Workbook/,
      outDir,
    );
  });

  it('says an OLE compound file is password-protected or an old .xls', () => {
    const path = join(dir, 'locked.xlsx');
    // D0 CF 11 E0 A1 B1 1A E1: the OLE signature Excel uses for encrypted workbooks.
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expectRefused(['run', path, '--out', out], /password-protected .*remove the password/, outDir);
  });

  it('says a damaged zip is damaged', () => {
    const path = join(dir, 'broken.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    expectRefused(
      ['run', path, '--out', out],
      /broken\.xlsx is damaged or not a valid \.xlsx/,
      outDir,
    );
  });

  it('says which sheet is missing and lists the sheets found', async () => {
    const path = await writeSmallWorkbook(join(dir, 'no-options.xlsx'), (wb) =>
      wb.removeWorksheet(wb.getWorksheet('LBF Options')!.id),
    );
    expectRefused(
      ['run', path, '--out', out],
      new RegExp(
        'no sheet "LBF Options" \\(one row ' +
          'per option\\).*Sheets found: LBF Parameters, LBF Decision, LBF Actuals',
      ),
      outDir,
    );
  });

  it('names an unknown parameter, its row and the nearest known name', async () => {
    const path = await writeSmallWorkbook(join(dir, 'typo.xlsx'), (wb) => {
      wb.getWorksheet('LBF Parameters')!.getCell('A4').value = 'aht_minute';
    });
    expectRefused(
      ['run', path, '--out', out],
      /Sheet "LBF Parameters": Unknown parameter "aht_minute"\. Did you mean ticket_aht_minutes\?.*cell 'LBF Parameters'!A4/,
      outDir,
    );
  });

  it('asks for budget_per_week, which the trade-off needs', async () => {
    const path = await writeSmallWorkbook(join(dir, 'no-budget.xlsx'), (wb) =>
      wb.getWorksheet('LBF Parameters')!.spliceRows(9, 1),
    );
    expectRefused(
      ['run', path, '--out', out],
      /Sheet "LBF Parameters" has no budget_per_week: .*Add a row budget_per_week/,
      outDir,
    );
  });

  it('names the cell of a wrong Option header', async () => {
    const path = await writeSmallWorkbook(join(dir, 'header.xlsx'), (wb) => {
      wb.getWorksheet('LBF Options')!.getCell('A1').value = 'Choice';
    });
    expectRefused(
      ['run', path, '--out', out],
      /sheet "LBF Options", cell A1 must hold the header "Option" \(got "Choice"\)/,
      outDir,
    );
  });

  it('names the cell of an override column that is not a parameter', async () => {
    const path = await writeSmallWorkbook(join(dir, 'column.xlsx'), (wb) => {
      wb.getWorksheet('LBF Options')!.getCell('D1').value = 'outsource_fte';
    });
    expectRefused(
      ['run', path, '--out', out],
      /sheet "LBF Options", cell D1: the header "outsource_fte" is not a parameter name; did you mean outsourced_fte\?/,
      outDir,
    );
  });

  it('names the cell of a bad approval status', async () => {
    const path = await writeSmallWorkbook(join(dir, 'status.xlsx'), (wb) => {
      wb.getWorksheet('LBF Decision')!.getCell('C9').value = 'maybe';
    });
    expectRefused(
      ['run', path, '--out', out],
      /sheet "LBF Decision", cell C9 \(Status\) must be one of pending, approved, rejected; got "maybe"/,
      outDir,
    );
  });

  it('refuses a read-only output folder and leaves no file behind', async () => {
    const path = await writeSmallWorkbook(join(dir, 'ok.xlsx'));
    // Root ignores file modes, so as root use sysfs, which refuses new files to everyone.
    const isRoot = process.getuid?.() === 0;
    const locked = isRoot ? '/sys' : join(dir, 'locked');
    if (!isRoot) {
      mkdirSync(locked);
      chmodSync(locked, 0o555);
    }
    const target = join(locked, 'lbf-result.xlsx');
    expectRefused(
      ['run', path, '--out', target],
      /Cannot write .*lbf-result\.xlsx: permission denied .*Choose another path with --out/,
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(locked).filter((f) => f.includes('lbf'))).toEqual([]);
  });
});

describe('lbf arguments', () => {
  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['run'], /lbf run needs a workbook/],
    [['run', 'a.xlsx', 'b.xlsx'], /takes one workbook; got 2 paths/],
    [['run', 'a.xlsx', '--colour'], /unknown option --colour\. Options: --out <value>/],
    [['check', 'a.xlsx', '--out', 'b.xlsx'], /--out needs --write/],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = runCli(args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
  });

  it('prints the usage for --help and each command, and the package version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('lbf run <workbook.xlsx> [--out <file.xlsx>]');
    expect(runCli(['run', '--help']).stdout).toContain('Usage: lbf run <workbook.xlsx>');
    expect(runCli(['check', '-h']).stdout).toContain('Exit code 0 when none fired, 3 when');
    const version = runCli(['--version']);
    // The version in package.json at the time of writing.
    expect(version.stdout.trim()).toBe('0.1.0');
  });
});
