/**
 * `lbf check`: the small workbook's triggers are backlog_end > 100 and
 * frt_attainment < 0.9; its actuals' last row (2026-W02) is backlog 60,
 * attainment 0.95, so nothing fires unless a test changes that row.
 */
import { join } from 'node:path';
import { parseRecord, verifyHistory } from '../../src/core/record';
import { RECORD_SHEET_NAME, readRecordCells } from '../../src/workbook';
import { loadXlsx, runCli, tempDir, writeSmallWorkbook } from './cliHarness';
import type ExcelJS from 'exceljs';

function setLastActuals(backlog: number, attainment: number) {
  return (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet('LBF Actuals')!;
    ws.getCell('B3').value = backlog;
    ws.getCell('C3').value = attainment;
  };
}

/** Status column of each trigger line, in trigger order. */
function statuses(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^(OK|FIRED|NO DATA)\s/.test(l))
    .map((l) => l.split(/\s{2,}/)[0]);
}

describe('lbf check', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  it('exits 0 when no trigger fires on the latest row', async () => {
    const path = await writeSmallWorkbook(join(dir, 'calm.xlsx'));
    const r = runCli(['check', path]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Latest actuals: sheet "LBF Actuals", row 3 (2026-W02)');
    expect(statuses(r.stdout)).toEqual(['OK', 'OK']);
    expect(r.stdout).toContain('lbf check (2026-W02): 0 of 2 triggers fired');
  });

  it('exits 3 and prints the action when a trigger fires', async () => {
    const path = await writeSmallWorkbook(join(dir, 'busy.xlsx'), setLastActuals(140, 0.95));
    const r = runCli(['check', path]);
    expect(r.status).toBe(3);
    expect(statuses(r.stdout)).toEqual(['FIRED', 'OK']);
    expect(r.stdout).toMatch(/FIRED\s+backlog_end\s+140\s+> 100\s+Add partner hours/);
    expect(r.stdout).toContain('1 of 2 triggers fired: backlog_end');
  });

  it.each([
    // Exactly at the threshold: ">" and "<" do not fire.
    [100, 0.9, ['OK', 'OK'], 0],
    [100.5, 0.9, ['FIRED', 'OK'], 3],
    [100, 0.89, ['OK', 'FIRED'], 3],
  ])('backlog %d and attainment %d give %j and exit %d', async (b, a, expected, code) => {
    const path = await writeSmallWorkbook(join(dir, 'edge.xlsx'), setLastActuals(b, a));
    const r = runCli(['check', path]);
    expect(statuses(r.stdout)).toEqual(expected);
    expect(r.status).toBe(code);
  });

  it('reads another sheet with --actuals and names an unknown metric header', async () => {
    const path = await writeSmallWorkbook(join(dir, 'other.xlsx'), (wb) => {
      const ws = wb.addWorksheet('March');
      ws.addRow(['Week', 'backlog_end', 'frt_atainment']);
      ws.addRow(['W10', 500, 0.5]);
    });
    const r = runCli(['check', path, '--actuals', 'March']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /Sheet "March", cell C1: Unknown metric "frt_atainment"\. Did you mean frt_attainment\?/,
    );
    const missing = runCli(['check', path, '--actuals', 'April']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no sheet "April" \(the actuals to check/);
  });

  it('with --write appends a version noting the check, in place', async () => {
    const input = await writeSmallWorkbook(join(dir, 'plan.xlsx'), setLastActuals(140, 0.95));
    const out = join(dir, 'published.xlsx');
    expect(runCli(['run', input, '--out', out, '--author', 'Ana']).status).toBe(0);
    const r = runCli(['check', out, '--write', '--author', 'Cy']);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain(`Wrote ${out}`);
    const ws = (await loadXlsx(out)).getWorksheet(RECORD_SHEET_NAME)!;
    const cells = Array.from({ length: ws.rowCount }, (_, i) =>
      [1, 2, 3, 4].map((c) => ws.getCell(i + 1, c).value as string | number | null),
    );
    const record = parseRecord(readRecordCells(cells));
    expect(record.versions.map((v) => [v.number, v.author, v.summary])).toEqual([
      [1, 'Ana', 'lbf run: options A, B; recommended A'],
      [2, 'Cy', 'lbf check (2026-W02): 1 of 2 triggers fired: backlog_end'],
    ]);
    expect(verifyHistory(record.versions).ok).toBe(true);
    const evidence = record.content.evidence[record.content.evidence.length - 1];
    expect([evidence.source, evidence.location]).toEqual([
      'lbf check',
      'sheet "LBF Actuals", row 3',
    ]);
  });

  it('with --write refuses a workbook that has no stored record yet', async () => {
    const path = await writeSmallWorkbook(join(dir, 'fresh.xlsx'));
    const r = runCli(['check', path, '--write']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs a decision record stored in the workbook; run "lbf run"/);
  });
});
