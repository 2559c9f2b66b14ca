/**
 * The main job end to end: `lbf run` on the committed example workbook (real
 * ticket and call logs), output read back with ExcelJS and with LibreOffice
 * Calc (headless CSV export of every sheet). The reference numbers are
 * recomputed here from the example's cells through the core directly, and
 * the baseline-derived parameters are checked against hand arithmetic on the
 * data README's independently measured figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { METRICS, runScenario, type ScenarioRun } from '../../src/core/model';
import { parseParameterTable, scenarioFromTable } from '../../src/core/params';
import { parseRecord, verifyHistory } from '../../src/core/record';
import { evaluateTradeoff } from '../../src/core/tradeoff';
import { RECORD_SHEET_NAME, readRecordCells } from '../../src/workbook';
import { EXAMPLE, loadXlsx, runCli, tempDir, type CliResult } from '../cli/cliHarness';
import { parseCsv, sofficeBinary } from './libreoffice';

type Cell = string | number | boolean | null;

function sheetValues(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: ws.columnCount }, (_, c) => {
      const v = row.getCell(c + 1).value;
      return v === undefined ? null : (v as Cell);
    });
  });
  return rows;
}

/** A number as LibreOffice's CSV shows it: `97.5%` is 0.975, TRUE/FALSE are 1/0. */
function csvNumber(text: string): number {
  if (text === 'TRUE' || text === 'FALSE') return text === 'TRUE' ? 1 : 0;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** The example's options, read with plain ExcelJS, run through the core. */
function referenceRuns(example: ExcelJS.Workbook): Map<string, ScenarioRun> {
  const table = parseParameterTable(sheetValues(example.getWorksheet('LBF Parameters')!));
  const [header, ...rows] = sheetValues(example.getWorksheet('LBF Options')!);
  const runs = new Map<string, ScenarioRun>();
  for (const row of rows) {
    const overrides: Record<string, number | string> = {};
    header.forEach((h, c) => {
      if (c >= 3 && row[c] !== null) overrides[String(h)] = row[c] as number | string;
    });
    runs.set(String(row[0]), runScenario(scenarioFromTable(table, overrides)));
  }
  return runs;
}

describe('lbf run on the example workbook', () => {
  let out: string;
  let result: CliResult;
  let output: ExcelJS.Workbook;
  let runs: Map<string, ScenarioRun>;

  beforeAll(async () => {
    out = join(tempDir('lbf-example-'), 'result.xlsx');
    result = runCli(['run', EXAMPLE, '--out', out, '--author', 'e2e']);
    output = await loadXlsx(out);
    runs = referenceRuns(await loadXlsx(EXAMPLE));
  }, 180_000);

  it('takes the doubled ticket volume and the call volume from the real logs', () => {
    const ws = output.getWorksheet('LBF Parameters')!;
    const value = (name: string) => sheetValues(ws).find((r) => r[0] === name)?.[1];
    // Data README: 9,202 incidents opened 29 Feb – 31 Mar 2016 (32 days); 2 end before
    // they start and are skipped, so 9,200 × 7 / 32 = 2,012.5 a week, doubled = 4,025.
    expect(value('tickets_per_week')).toBe(4025);
    // Data README: 27,162 AGENT + 5,904 HANG calls in February 1999 (4 weeks):
    // 33,066 / 4 = 8,266.5, rounded to 8,267.
    expect(value('calls_per_week')).toBe(8267);
    // Data README: mean service time of the AGENT calls 176.4 s.
    expect(value('call_aht_minutes')).toBeCloseTo(176.4, 1);
    // Data README: incidents open at 00:00 on 28 March: 1,743.
    expect(value('opening_backlog')).toBe(1743);
  });

  it("exits 0 and prints every option with the trade-off core's recommendation", () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const options = [...runs.keys()];
    expect(options).toEqual(['A', 'B', 'C']);
    // The example's hard constraints, as written in its LBF Decision sheet.
    const reference = evaluateTradeoff(
      options.map((name) => ({ name, metrics: runs.get(name)!.metrics })),
      0.5,
      [
        { metric: 'cost_per_week', comparison: '<=', threshold: 121_000, text: 'cost' },
        { metric: 'frt_attainment', comparison: '>=', threshold: 0.5, text: 'frt' },
      ],
    );
    expect(reference.recommended).toBeDefined();
    expect(result.stdout).toContain(
      `Recommended: option ${reference.recommended} at quality weight 0.5.`,
    );
    expect(result.stdout).toMatch(
      new RegExp(
        'Nearest of \\d+ trigger points: at \\w+ = ' +
          '[\\d.]+ \\(now [\\d.]+, [+-][\\d.]+ %\\) the recommended option no longer meets ' +
          '(frt_attainment >= 0.5|cost_per_week <= 121000)\\.',
      ),
    );
    const tradeoff = output.getWorksheet('LBF Scenarios')!;
    const rows = sheetValues(tradeoff).filter((r) => r[8] === true || r[8] === false);
    expect(rows.map((r) => [r[0], r[8]])).toEqual(
      reference.rows.map((r) => [r.name, r.recommended]),
    );
  });

  it('caches in each LBF.SCENARIO cell the value the core computes', () => {
    const ws = output.getWorksheet('LBF Scenarios')!;
    const header = (ws.getRow(4).values as Cell[]).slice(1);
    for (const [i, id] of ['A', 'B', 'C'].entries()) {
      const metrics = runs.get(id)!.metrics;
      expect(ws.getCell(5 + i, 1).value).toBe(id);
      for (const def of METRICS) {
        const c = header.indexOf(`${def.name} (${def.unit})`) + 1;
        // The cell model keeps a cached 0, which ExcelJS's value getter drops.
        const cell = ws.getCell(5 + i, c).model as { formula: string; result: number };
        expect(cell.formula).toMatch(/^LBF\.SCENARIO\('LBF Parameters'!\$A\$1:\$H\$\d+,/);
        const raw = metrics[def.name];
        const expected = typeof raw === 'boolean' ? Number(raw) : (raw as number);
        expect(cell.result).toBeCloseTo(expected, 6);
      }
    }
  });

  it('stores version 1 whose hash chain verifies, with the options and approvals', () => {
    const ws = output.getWorksheet(RECORD_SHEET_NAME)!;
    expect(ws.state).toBe('veryHidden');
    const cells = Array.from({ length: ws.rowCount }, (_, r) =>
      [1, 2, 3, 4].map((c) => ws.getCell(r + 1, c).value as string | number | null),
    );
    const record = parseRecord(readRecordCells(cells));
    expect(record.versions.map((v) => [v.number, v.author])).toEqual([[1, 'e2e']]);
    expect(verifyHistory(record.versions)).toEqual({ ok: true, problems: [] });
    expect(record.content.options.map((o) => o.id)).toEqual(['A', 'B', 'C']);
    expect(record.content.governance.approvals.map((a) => a.status)).toEqual([
      'approved',
      'pending',
    ]);
    expect(record.content.ownership.reviewTriggers).toHaveLength(4);
  });

  it('records where the recommended option stops meeting a hard constraint', () => {
    const ws = output.getWorksheet(RECORD_SHEET_NAME)!;
    const cells = Array.from({ length: ws.rowCount }, (_, r) =>
      [1, 2, 3, 4].map((c) => ws.getCell(r + 1, c).value as string | number | null),
    );
    const points = parseRecord(readRecordCells(cells)).content.scenarios.triggerPoints;
    const point = points.find(
      (p) => p.parameter === 'tickets_per_week' && p.meaning.includes('frt_attainment >= 0.5'),
    );
    expect(point).toBeDefined();
    // Fed back into the model one ticket either side of the rounded break-even
    // (4 significant digits: steps of 1 ticket here), frt_attainment straddles 0.5.
    const table = parseParameterTable(sheetValues(output.getWorksheet('LBF Parameters')!));
    const overrides = {
      self_serve_target: 0.35,
      self_serve_start_week: 3,
      self_serve_ramp_weeks: 12,
      self_serve_cost_per_week: 9000,
      outsourced_fte: 10,
      routing: 'inhouse_first',
    };
    const attainment = (tickets: number) =>
      runScenario(scenarioFromTable(table, { ...overrides, tickets_per_week: tickets })).metrics
        .frt_attainment as number;
    expect(attainment(point!.value - 1)).toBeGreaterThanOrEqual(0.5);
    expect(attainment(point!.value + 1)).toBeLessThan(0.5);
  });

  it('opens in LibreOffice Calc with every sheet and the cached scenario values', () => {
    const soffice = sofficeBinary();
    if (!soffice) {
      throw new Error(
        'LibreOffice (soffice) is not installed: this test needs it. Install ' +
          "Debian's libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui).",
      );
    }
    const dir = tempDir('lbf-soffice-');
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        out,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    for (const ws of output.worksheets) {
      expect(existsSync(join(dir, `result-${ws.name}.csv`))).toBe(true);
    }
    const csv = parseCsv(readFileSync(join(dir, 'result-LBF Scenarios.csv'), 'utf8'));
    const header = csv[3];
    for (const [i, id] of ['A', 'B', 'C'].entries()) {
      const row = csv[4 + i];
      expect(row[0]).toBe(id);
      for (const def of METRICS) {
        const expected = runs.get(id)!.metrics[def.name];
        const text = row[header.indexOf(`${def.name} (${def.unit})`)];
        const value = typeof expected === 'boolean' ? Number(expected) : (expected as number);
        // The CSV keeps the unit formats: shares as percents, meets_targets as TRUE/FALSE.
        if (def.unit === 'share') expect(text).toMatch(/%$/);
        if (def.unit === 'TRUE/FALSE') expect(text).toBe(expected ? 'TRUE' : 'FALSE');
        // LibreOffice writes 15 significant digits.
        expect(Math.abs(csvNumber(text) - value)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(value)),
        );
      }
    }
  }, 180_000);
});
