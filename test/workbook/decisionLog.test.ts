import ExcelJS from 'exceljs';
import { emptyRecord, publishVersion, type DecisionRecord } from '../../src/core/record';
import { renderDecisionLog } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';
import { completeContent } from '../core/record/completeRecord';

const TITLES = [
  '1. Objective and decision question',
  '2. Scope and horizon',
  '3. Metrics and baselines',
  '4. Key inputs',
  '5. Baseline assumptions, data owners and data-quality gaps',
  '6. Scenario ranges and trigger points',
  '7. Options',
  '8. Constraints, dependencies and approvals',
  '9. Risks, mitigations and monitoring',
  '10. Decision criteria and recommendation',
  '11. Owner, timeline and review triggers',
  '12. Evidence log and version history',
];

function record(tweak: (r: DecisionRecord) => void = () => undefined): DecisionRecord {
  const content = completeContent();
  const versions = publishVersion(
    [],
    content,
    'Alex Kim',
    'First complete draft',
    new Date(Date.UTC(2025, 3, 2, 9, 30)),
  );
  const r = { ...emptyRecord(), content, versions };
  tweak(r);
  return r;
}

/** Renders, writes with ExcelJS, saves and reopens with a fresh ExcelJS workbook. */
async function writeAndReopen(r: DecisionRecord): Promise<ExcelJS.Worksheet> {
  const book = XlsxWorkbook.create();
  await book.execute(renderDecisionLog(r, { addinVersion: '0.1.0', includeRecord: true }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.save()).buffer as ArrayBuffer);
  const ws = wb.getWorksheet('LBF Decision Log');
  if (!ws) throw new Error('log sheet missing');
  return ws;
}

function columnA(ws: ExcelJS.Worksheet): { row: number; text: string }[] {
  const out: { row: number; text: string }[] = [];
  ws.getColumn(1).eachCell((cell, row) => {
    if (typeof cell.value === 'string') out.push({ row, text: cell.value });
  });
  return out;
}

describe('renderDecisionLog read back with ExcelJS', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await writeAndReopen(record());
  });

  it('has every template section, in template order', () => {
    const found = columnA(ws)
      .filter((c) => /^\d+\. /.test(c.text))
      .map((c) => c.text);
    expect(found).toEqual(TITLES);
  });

  it('shows the record version, the add-in version and the model definitions at the top', () => {
    expect(ws.getCell('A2').value).toBe('Record version');
    expect(ws.getCell('B2').value).toBe(1);
    // Published as a real date-time in UTC: 2025-04-02 09:30 is serial
    // 45749 + 9.5 / 24 (ExcelJS hands a date-formatted cell back as a Date).
    expect(ws.getCell('C2').value).toBe('published (UTC)');
    expect((ws.getCell('D2').value as Date).toISOString()).toBe('2025-04-02T09:30:00.000Z');
    expect(ws.getCell('D2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell('E2').value).toBe('by Alex Kim');
    expect([ws.getCell('A3').value, ws.getCell('B3').value]).toEqual([
      'Add-in version',
      'LBF 0.1.0',
    ]);
    const labels = columnA(ws).map((c) => c.text);
    expect(labels).toEqual(
      expect.arrayContaining(['Live queue model', 'Service level definition', 'Units']),
    );
    const model = columnA(ws).find((c) => c.text === 'Live queue model');
    expect(ws.getCell(model!.row, 2).value).toBe('Erlang C (M/M/n, callers wait indefinitely)');
  });

  it('freezes the four header rows (title, record, add-in, history check)', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('holds Excel tables for options, approvals, triggers, evidence and versions', () => {
    for (const name of [
      'LBF_Log_Options',
      'LBF_Log_Approvals',
      'LBF_Log_Triggers',
      'LBF_Log_Evidence',
      'LBF_Log_Versions',
    ]) {
      expect(ws.getTable(name)).toBeDefined();
    }
  });

  it('writes the options one per row, then their metric snapshot one metric per row', () => {
    const top = columnA(ws).find((c) => c.text === 'Option')!.row;
    const header = (ws.getRow(top).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Option',
      'Name',
      'Description',
      'Overrides',
      'Cost efficiency',
      'Service quality',
      'Decision',
    ]);
    expect(ws.getCell(top + 2, 4).value).toBe('outsourced_fte = 4 FTE');
    expect(ws.getCell(top + 2, 7).value).toBe('selected');

    const snap = columnA(ws).find((c) => c.text === 'Metric' && c.row > top)!.row;
    expect((ws.getRow(snap).values as unknown[]).slice(1)).toEqual([
      'Metric',
      'Unit',
      'Option A',
      'Option B',
      'Option C',
    ]);
    const line = (r: number) => [1, 2, 3, 4, 5].map((c) => ws.getCell(r, c).value);
    expect(line(snap + 1)).toEqual(['cost_per_week', 'money per week', 18_000, 21_500, 19_200]);
    expect(ws.getCell(snap + 1, 4).numFmt).toBe('#,##0.00');
    expect(line(snap + 2)[0]).toBe('quality_index');
    expect(ws.getCell(snap + 2, 3).numFmt).toBe('#,##0.0');
    expect(line(snap + 3)).toEqual(['frt_hours', 'hours', 11.2, 6.8, 8.9]);
    expect(ws.getCell(snap + 3, 5).numFmt).toBe('#,##0.0 "h"');
  });

  it('formats the quality weight as a weight (0.600, not 60%) and approval dates as dates', () => {
    const weight = columnA(ws).find((c) => c.text === 'Quality weight')!.row;
    expect([ws.getCell(weight, 2).value, ws.getCell(weight, 2).numFmt]).toEqual([0.6, '0.000']);
    const approver = columnA(ws).find((c) => c.text === 'Alex Kim' && c.row > weight - 40)!.row;
    // 2025-04-02 is Excel serial 45749 (45658 = 2025-01-01, plus 31 + 28 + 31 + 1 days).
    const date = ws.getCell(approver, 4);
    expect(
      date.value instanceof Date ? (date.value as Date).toISOString().slice(0, 10) : date.value,
    ).toBe('2025-04-02');
    expect(date.numFmt).toBe('yyyy-mm-dd');
  });

  it('sizes columns within 8 and 50 characters, wrapping long text but not the title', () => {
    const widths = [1, 2, 3, 4].map((c) => ws.getColumn(c).width ?? 0);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(8);
    for (const w of widths) expect(w).toBeLessThanOrEqual(50);
    // "Weight at which the recommendation changes" (42 characters) is longer
    // than column A, so A wraps; the title above runs on instead of folding.
    const label = columnA(ws).find((c) => c.text.startsWith('Weight at which'))!;
    expect(widths[0]).toBeLessThan(44);
    expect(ws.getCell(label.row, 1).alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('A1').alignment?.wrapText ?? false).toBe(false);
  });

  it('says there are no warnings for a clean record', () => {
    const warnings = columnA(ws).find((c) => c.text.startsWith('Warnings'))!;
    expect(warnings.text).toBe('Warnings (0)');
    expect(ws.getCell(warnings.row + 1, 1).value).toBe('No pitfalls found.');
  });
});

describe('renderDecisionLog warnings and user text', () => {
  it('lists pitfall warnings above the first section', async () => {
    const ws = await writeAndReopen(
      record((r) => {
        r.content.governance.approvals = [];
        r.content.ownership.reviewTriggers = [];
      }),
    );
    const cells = columnA(ws);
    const head = cells.find((c) => c.text.startsWith('Warnings'))!;
    expect(head.text).toBe('Warnings (2)');
    expect(ws.getCell(head.row + 1, 1).value).toMatch(/^No governance approvals/);
    expect(ws.getCell(head.row + 2, 1).value).toMatch(/^No review triggers/);
    expect(head.row).toBeLessThan(cells.find((c) => c.text === TITLES[0])!.row);
  });

  it('names a tampered version among the warnings', async () => {
    const ws = await writeAndReopen(
      record((r) => {
        r.versions[0].author = 'Mallory';
      }),
    );
    const texts = columnA(ws).map((c) => c.text);
    expect(texts).toContain(
      'Version 1 no longer matches its hash: it was changed after publishing.',
    );
  });

  it('keeps analyst text that starts with = + - @ as text cells', async () => {
    const ws = await writeAndReopen(
      record((r) => {
        r.content.objective.objective = '=WEBSERVICE("http://127.0.0.1")';
        r.content.decision.rationale = '@SUM(1,2)';
        r.content.options[0].description = '-1+1';
        r.content.evidence[0].shows = '+A1';
      }),
    );
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (
          ['=WEBSERVICE("http://127.0.0.1")', '@SUM(1,2)', '-1+1', '+A1'].includes(
            String(cell.value),
          )
        ) {
          cells.push(cell);
        }
      }),
    );
    expect(cells.map((c) => c.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    let formulas = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      }),
    );
    expect(formulas).toBe(0);
  });
});

describe('renderDecisionLog layout', () => {
  it('keeps many metrics from widening the log: charts stay right of the 11-column inputs', () => {
    const r = record((x) => {
      for (const o of x.content.options) {
        for (let i = 0; i < 8; i++) o.metrics.push({ metric: `m${i}`, value: i, unit: 'index' });
      }
    });
    const sheet = renderDecisionLog(r, { addinVersion: '0.1.0' }).sheets[0];
    const snapshot = sheet.tables!.find((t) => t.name === 'LBF_Log_OptionMetrics')!;
    // 3 snapshot metrics + 8 added = 11 rows; Metric, Unit and options A, B, C = 5 columns.
    expect([snapshot.rows.length, snapshot.header.length]).toEqual([11, 5]);
    // The widest table is the 11-column key-inputs table (A to K): charts go to M.
    expect(sheet.charts!.map((c) => c.column)).toEqual([12, 12]);
  });

  it('gives a log on another sheet its own table names', () => {
    const sheet = renderDecisionLog(record(), { addinVersion: '0.1.0', sheetName: 'Q3 log' })
      .sheets[0];
    expect(sheet.tables!.map((t) => t.name)).toContain('LBF_Q3_log_Options');
  });

  it('can be written twice into one workbook (replacing the log) and reopened', async () => {
    const book = XlsxWorkbook.create();
    const plan = renderDecisionLog(record(), { addinVersion: '0.1.0', includeRecord: true });
    await book.execute(plan);
    const report = await book.execute(plan);
    expect([report.tables, report.chartsAsNotes, report.chartsDrawn]).toEqual([20, 2, 0]);
    const again = await XlsxWorkbook.load(await book.save());
    expect((await again.listSheets()).map((s) => s.name)).toEqual([
      'LBF Decision Log',
      'LBF_Record',
    ]);
  });

  it('notes in the .xlsx where each native chart goes and which data it draws', async () => {
    const ws = await writeAndReopen(record());
    // Each note runs down its chart's place in rows of at most 40 characters
    // (so it never stretches the printed width); rows of one note are adjacent.
    const notes: string[][] = [];
    let last = -2;
    ws.getColumn(13).eachCell((cell, row) => {
      if (cell.value === null) return;
      const text = String(cell.value);
      expect(text.length).toBeLessThanOrEqual(40);
      if (row === last + 1) notes[notes.length - 1].push(text);
      else notes.push([text]);
      last = row;
    });
    expect(notes).toHaveLength(2);
    const first = notes[0].join(' ');
    expect(first).toMatch(/^Chart "Backlog by week per option" \(line\): drawn as a native chart/);
    expect(first).toContain("A Status quo: 'LBF Decision Log'!");
  });
});
