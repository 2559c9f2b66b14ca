/**
 * `lbf run` end to end on a small workbook whose numbers are worked by hand
 * (see SMALL_PARAMETERS in cliHarness.ts), read back with ExcelJS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord, verifyHistory } from '../../src/core/record';
import { RECORD_SHEET_NAME, readRecordCells } from '../../src/workbook';
import { loadXlsx, runCli, tempDir, writeSmallWorkbook, type CliResult } from './cliHarness';
import type ExcelJS from 'exceljs';

/** The stored record, reassembled with plain ExcelJS reads of the very hidden sheet. */
function storedRecordOf(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(RECORD_SHEET_NAME);
  if (!ws) throw new Error('no record sheet');
  const values = Array.from({ length: ws.rowCount }, (_, r) =>
    [1, 2, 3, 4].map((c) => ws.getCell(r + 1, c).value as string | number | null),
  );
  return parseRecord(readRecordCells(values));
}

describe('lbf run on a hand-worked workbook', () => {
  let dir: string;
  let input: string;
  let out: string;
  let result: CliResult;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = tempDir();
    input = await writeSmallWorkbook(join(dir, 'small.xlsx'));
    out = join(dir, 'small-out.xlsx');
    result = runCli(['run', input, '--out', out, '--author', 'Ana', '--summary', 'first']);
    wb = await loadXlsx(out);
  });

  it('exits 0 and prints one line per option with the hand-worked costs and scores', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    // Cost A = 10 FTE × 40 h × 30 = 12,000; B = 12,000 + 5 × 40 × 20 = 16,000.
    // Efficiency = 100 × min(1, 14,000 / cost): A 100, B 87.5. Quality 100 for both
    // (FRT attainment 1: capacity 1,400 > 500 arrivals). Score at weight 0.5:
    // A = 0.5 × 100 + 0.5 × 100 = 100.0; B = 0.5 × 100 + 0.5 × 87.5 = 93.75.
    const a = lines.find((l) => l.startsWith('A Keep the team')) ?? '';
    const b = lines.find((l) => l.startsWith('B Add a partner')) ?? '';
    expect(a.split(/\s{2,}/)).toEqual([
      'A Keep the team',
      '0',
      '0.0',
      '100.0%',
      '12,000',
      '100.0',
      '100.0',
      'yes',
    ]);
    expect(b.split(/\s{2,}/)).toEqual([
      'B Add a partner',
      '0',
      '0.0',
      '100.0%',
      '16,000',
      '100.0',
      '93.8',
    ]);
    expect(result.stdout).toContain('Recommended: option A at quality weight 0.5.');
  });

  it('leaves the input untouched and writes the output sheets', async () => {
    const before = await loadXlsx(input);
    expect(before.worksheets.map((s) => s.name)).toEqual([
      'LBF Parameters',
      'LBF Options',
      'LBF Decision',
      'LBF Actuals',
    ]);
    expect(wb.worksheets.map((s) => `${s.name}:${s.state}`)).toEqual([
      'LBF Parameters:visible',
      'LBF Options:visible',
      'LBF Decision:visible',
      'LBF Actuals:visible',
      'LBF Scenarios:visible',
      'LBF Projection:visible',
      'LBF Decision Log:visible',
      `${RECORD_SHEET_NAME}:veryHidden`,
    ]);
  });

  it('writes each metric as an LBF.SCENARIO formula with the value cached', () => {
    const ws = wb.getWorksheet('LBF Scenarios') as ExcelJS.Worksheet;
    const header = (ws.getRow(4).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 3)).toEqual(['Option', 'Name', 'outsourced_fte']);
    const costColumn = header.indexOf('cost_per_week (money/week)') + 1;
    const b = ws.getCell(6, costColumn).value as { formula: string; result: number };
    expect(b.formula).toBe(
      `LBF.SCENARIO('LBF Parameters'!$A$1:$H$10,$C$4:$C$4,$C6:$C6,${
        ws.getColumn(costColumn).letter
      }$4)`,
    );
    expect(b.result).toBeCloseTo(16_000, 6);
    expect(ws.getCell(5, 3).value).toBe(0);
    expect(ws.getCell(6, 3).value).toBe(5);
  });

  it('adds the scenario, trade-off and projection tables', () => {
    const names = wb.worksheets.flatMap((s) =>
      Object.keys(
        (
          s as unknown as {
            tables: Record<string, unknown>;
          }
        ).tables,
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'LBF_Scenarios',
        'LBF_Tradeoff',
        'LBF_Projection',
        'LBF_Log_Options',
        'LBF_Log_Approvals',
        'LBF_Log_Triggers',
      ]),
    );
    const projection = wb.getWorksheet('LBF Projection') as ExcelJS.Worksheet;
    // 2 options × 4 weeks under a header in row 4: rows 5 … 12, week 4 of B in row 12.
    expect(projection.getCell(12, 1).value).toBe('B');
    expect(projection.getCell(12, 2).value).toBe(4);
  });

  it('stores version 1 with the author, the summary and a verifying hash chain', () => {
    const record = storedRecordOf(wb);
    expect(record.versions.map((v) => [v.number, v.author, v.summary])).toEqual([
      [1, 'Ana', 'first'],
    ]);
    expect(verifyHistory(record.versions).ok).toBe(true);
    expect(record.content.objective.objective).toBe('Keep first response within 8 hours');
    expect(record.content.decision.recommendation).toMatch(/^Option A \(Keep the team\)/);
    expect(record.content.governance.approvals[0].status).toBe('pending');
  });

  it('keeps the stored record over LBF Decision on the next run, as version 2', async () => {
    wb.getWorksheet('LBF Decision')!.getCell('B2').value = 'Changed in the sheet';
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const second = runCli(['run', edited, '--author', 'Ben']);
    expect(second.status).toBe(0);
    const written = join(dir, 'edited-lbf.xlsx');
    expect(existsSync(written)).toBe(true);
    const record = storedRecordOf(await loadXlsx(written));
    expect(record.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(record.versions[1].previousHash).toBe(record.versions[0].hash);
    expect(verifyHistory(record.versions).ok).toBe(true);
    expect(record.content.objective.objective).toBe('Keep first response within 8 hours');
    expect(readFileSync(edited).length).toBeGreaterThan(0);
  });
});
