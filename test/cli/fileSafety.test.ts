/**
 * The output file: never lose parts of the input that ExcelJS cannot carry
 * over, never replace a read-only file, a device or a link, and say clearly
 * when a path cannot be a file. Inputs come from openpyxl (a committed
 * fixture) and ExcelJS, independently of LBF's adapter.
 */
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { CLI, loadXlsx, runCli, tempDir, writeSmallWorkbook } from './cliHarness';

const OPENPYXL = join(__dirname, 'fixtures', 'openpyxl-dashboard.xlsx');

async function partNames(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return Object.keys(zip.files).filter((n) => !zip.files[n].dir);
}

describe('parts ExcelJS cannot carry over', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  it('reads a workbook openpyxl saved (absolute part paths) instead of calling it damaged', async () => {
    const out = join(dir, 'out.xlsx');
    const r = runCli(['run', OPENPYXL, '--out', out]);
    expect(r.status).toBe(0);
    // The fixture's table of hand-worked numbers: A costs 10 × 40 × 30 = 12,000 a week.
    expect(r.stdout).toMatch(/A Keep the team .*12,000/);
    expect((await loadXlsx(out)).getWorksheet('LBF Scenarios')).toBeDefined();
  });

  it('refuses to write over an input with a chart and comments, and changes nothing', () => {
    const input = join(dir, 'in.xlsx');
    copyFileSync(OPENPYXL, input);
    const before = readFileSync(input);
    const r = runCli(['run', input, '--out', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /in\.xlsx holds parts LBF cannot carry over .*comments \(sheet "Dashboard"\); 1 chart \(sheet "Dashboard"\)\. .*Write to another file with --out/,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['in.xlsx']);
  });

  it('warns what another output file will not carry over', async () => {
    const out = join(dir, 'copy.xlsx');
    const r = runCli(['run', OPENPYXL, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /warning: .*copy\.xlsx does not carry over .*1 chart \(sheet "Dashboard"\)/,
    );
    expect((await partNames(out)).some((p) => p.startsWith('xl/charts/'))).toBe(false);
  });

  it('refuses check --write in place when the input has a pivot table or macros', async () => {
    const base = join(dir, 'base.xlsx');
    expect(
      runCli(['run', await writeSmallWorkbook(join(dir, 's.xlsx')), '--out', base]).status,
    ).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(base));
    zip.file('xl/vbaProject.bin', Buffer.from([1, 2, 3]));
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    writeFileSync(base, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(base);
    const r = runCli(['check', base, '--write']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/VBA macros; 1 pivot table/);
    expect(readFileSync(base).equals(before)).toBe(true);
  });

  it('refuses in place a text box drawn beside an image (ExcelJS keeps images only)', async () => {
    const input = await writeSmallWorkbook(join(dir, 'shape.xlsx'), (wb) => {
      // Eight bytes of PNG signature: ExcelJS stores the image without decoding it.
      const id = wb.addImage({
        buffer: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]) as unknown as ExcelJS.Buffer,
        extension: 'png',
      });
      wb.addWorksheet('Board').addImage(id, 'B2:C4');
    });
    const zip = await JSZip.loadAsync(readFileSync(input));
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    zip.file(
      'xl/drawings/drawing1.xml',
      drawing.replace(
        '</xdr:wsDr>',
        '<xdr:twoCellAnchor>' +
          '<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>' +
          '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0' +
          '</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp>' +
          '<xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/><xdr:cNvSpPr txBox="1"/>' +
          '</xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
      ),
    );
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = runCli(['run', input, '--out', input]);
    expect(r.stderr).toMatch(
      /holds parts LBF cannot carry over .*shapes or text boxes \(sheet "Board"\)/,
    );
    expect(r.status).toBe(2);
    const other = runCli(['run', input, '--out', join(dir, 'copy.xlsx')]);
    expect(other.status).toBe(0);
    expect(other.stderr).not.toMatch(/image/);
  });

  it('refuses in place a note that ExcelJS 4.4 itself wrote but drops on reading back', async () => {
    const input = await writeSmallWorkbook(join(dir, 'note.xlsx'), (wb) => {
      wb.addWorksheet('Notes').getCell('B2').note = 'ask finance';
    });
    const r = runCli(['run', input, '--out', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds parts LBF cannot carry over .*comments \(sheet "Notes"\)/);
    const other = runCli(['run', input, '--out', join(dir, 'other.xlsx')]);
    expect(other.status).toBe(0);
    expect(other.stderr).toMatch(/warning: .*other\.xlsx does not carry over .*comments/);
  });
});

describe('output targets', () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = tempDir();
    input = await writeSmallWorkbook(join(dir, 'base.xlsx'));
  });

  it('refuses a read-only target (also as root) and keeps it', () => {
    const ro = join(dir, 'ro.xlsx');
    writeFileSync(ro, 'keep me');
    chmodSync(ro, 0o444);
    const r = runCli(['run', input, '--out', ro]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cannot write .*ro\.xlsx: the file is read-only/);
    expect(readFileSync(ro, 'utf8')).toBe('keep me');
    expect(statSync(ro).mode & 0o777).toBe(0o444);
  });

  it('keeps the permissions of a file it replaces', () => {
    const out = join(dir, 'shared.xlsx');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect(runCli(['run', input, '--out', out]).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link to its real file', () => {
    const real = join(dir, 'real.xlsx');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.xlsx');
    symlinkSync(real, link);
    expect(runCli(['run', input, '--out', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a device and leaves it a device', () => {
    const dev = runCli(['run', input, '--out', '/dev/full']);
    expect(dev.status).toBe(2);
    expect(dev.stderr).toMatch(/--out "\/dev\/full" must name an \.xlsx file/);
    const link = join(dir, 'full.xlsx');
    symlinkSync('/dev/full', link);
    const viaLink = runCli(['run', input, '--out', link]);
    expect(viaLink.status).toBe(2);
    expect(viaLink.stderr).toMatch(/full\.xlsx: it exists and is not a regular file/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('says part of the path is not a folder', () => {
    const r = runCli(['run', input, '--out', join(dir, 'base.xlsx', 'x.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/part of the path is not a folder \(.*base\.xlsx is a file\)/);
    expect(r.stderr).not.toMatch(/EEXIST|at /);
  });

  it('refuses an output that is not .xlsx', () => {
    const r = runCli(['run', input, '--out', join(dir, 'x.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must name an \.xlsx file/);
  });

  it('stops quietly when stdout is closed early (| head -1)', () => {
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node "${CLI}" run "${input}" ` +
          `--out "${join(dir, 'p.xlsx')}" | head -1`,
      ],
      { encoding: 'utf8' },
    );
    expect(piped.stdout).toMatch(/^option +backlog .*\n$/);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
  });
});
