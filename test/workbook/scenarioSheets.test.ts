/**
 * The shared LBF Scenarios / LBF Projection builder, on two hand-made options
 * (metrics and weeks typed below, not computed): where every cell, formula,
 * format and chart series goes, counted out by hand, and the Excel format
 * codes the ExcelJS adapter writes for each unit.
 */
import ExcelJS from 'exceljs';
import type { Metrics, WeekRow } from '../../src/core/model';
import type { Tradeoff } from '../../src/core/tradeoff';
import {
  metricResult,
  projectionSheet,
  scenarioFormula,
  scenarioSheets,
  scenariosSheet,
  type ScenarioSheetsInput,
  type TablePlan,
} from '../../src/workbook';
import { executeXlsxPlan } from '../../src/xlsx';

function metrics(cost: number, quality: number, meets: boolean): Metrics {
  return {
    backlog_end: 120,
    backlog_peak: 300,
    backlog_days_end: 1.5,
    frt_hours: 6.25,
    frt_attainment: 0.875,
    resolution_rate: 1.02,
    first_contact_resolution: 0.7,
    self_serve_resolutions: 400,
    live_service_level: null,
    live_asa_seconds: null,
    live_abandon_rate: null,
    live_agents_required: 0,
    t1_occupancy: 0.81,
    cost_total: cost * 4,
    cost_per_week: cost,
    cost_per_resolution: 12.5,
    quality_index: quality,
    efficiency_index: 100,
    score: 95,
    meets_targets: meets,
  };
}

function week(n: number, t1: number, t2: number): WeekRow {
  return {
    week: n,
    selfServeShare: 0.1,
    demandTickets: 1000,
    inboundTickets: 900,
    selfServeTickets: 100,
    ticketAhtMinutes: 12,
    productiveHoursInhouse: 400,
    productiveHoursOutsourced: 0,
    productiveHoursTier2: 80,
    paidHoursTotal: 600,
    liveContacts: 0,
    liveAgentsRequired: 0,
    liveAgentsAvailable: 0,
    liveHoursReserved: 0,
    liveServiceLevel: null,
    liveAsaSeconds: null,
    liveAbandonShare: null,
    capacityInhouseTickets: 2000,
    capacityOutsourcedTickets: 0,
    capacityTier2Tickets: 160,
    handledInhouseTickets: 900,
    handledOutsourcedTickets: 0,
    escalatedTickets: 90,
    resolvedT1Tickets: 810,
    handledTier2Tickets: 90,
    resolvedTickets: 900,
    backlogT1Tickets: t1,
    backlogT2Tickets: t2,
    frtHours: 5,
    frtAttainment: 0.9,
    busyHoursT1: 300,
    costStaff: 12000,
    costOutsourcedTickets: 0,
    costHires: 0,
    costSelfServe: 0,
    costTotal: 12000,
  };
}

const TRADEOFF: Tradeoff = {
  qualityWeight: 0.625,
  rows: [
    {
      name: 'A',
      costPerWeek: 12000,
      qualityIndex: 90,
      efficiencyIndex: 100,
      score: 93.75,
      broken: [],
      recommended: true,
    },
    {
      name: 'B',
      costPerWeek: 16000,
      qualityIndex: 95,
      efficiencyIndex: 87.5,
      score: 92.1875,
      dominatedBy: undefined,
      broken: ['cost_per_week <= 14000'],
      recommended: false,
    },
  ],
  recommended: 'A',
  flipAbove: { weight: 0.8, from: 'A', to: 'B' },
};

function input(tradeoff?: Tradeoff): ScenarioSheetsInput {
  return {
    parameters: "'LBF Parameters'!$A$1:$H$9",
    overrideNames: ['outsourced_fte', 'routing'],
    options: [
      {
        id: 'A',
        name: 'Keep the team',
        values: { outsourced_fte: 0, routing: 'inhouse_first' },
        metrics: metrics(12000, 90, true),
        weeks: [week(1, 100, 20), week(2, 120, 30), week(3, 90, 10)],
      },
      {
        id: 'B',
        name: 'Add a partner',
        values: { outsourced_fte: 5 },
        metrics: metrics(16000, 95, false),
        weeks: [week(1, 80, 5), week(2, 60, 4)],
      },
    ],
    tradeoff,
  };
}

const tableOf = (tables: TablePlan[] | undefined, name: string) =>
  tables?.find((t) => t.name === name) as TablePlan;

describe('LBF Scenarios', () => {
  const sheet = scenariosSheet(input(TRADEOFF));
  const table = tableOf(sheet.tables, 'LBF_Scenarios');

  it('heads the table in row 4: Option, Name, the overrides, then the 20 metrics', () => {
    expect(table.row).toBe(3);
    expect(table.header).toHaveLength(2 + 2 + 20);
    expect(table.header.slice(0, 6)).toEqual([
      'Option',
      'Name',
      'outsourced_fte',
      'routing',
      'backlog_end (tickets)',
      'backlog_peak (tickets)',
    ]);
    // Column S (0-based 18) = 4 + index 14 of MODEL.md's metric list.
    expect(table.header[18]).toBe('cost_per_week (money/week)');
    expect(table.header[23]).toBe('meets_targets (TRUE/FALSE)');
  });

  it("writes each option's values, then LBF.SCENARIO formulas with cached results", () => {
    const [a, b] = table.rows;
    expect(a.slice(0, 4)).toEqual(['A', 'Keep the team', 0, 'inhouse_first']);
    // B runs routing at the table's value, which the caller did not pass: blank.
    expect(b.slice(0, 4)).toEqual(['B', 'Add a partner', 5, null]);
    // Row 6 (B), overrides in C:D, cost_per_week's header in S4.
    expect(b[18]).toEqual({
      formula: "=LBF.SCENARIO('LBF Parameters'!$A$1:$H$9,$C$4:$D$4," + '$C6:$D6,S$4)',
      result: 16000,
    });
    expect((a[23] as { result: unknown }).result).toBe(1);
    expect((b[23] as { result: unknown }).result).toBe(0);
    // live_service_level (column M, 4 + 8) is undefined without live contacts.
    expect((a[12] as { result: unknown }).result).toEqual({ error: '#N/A' });
  });

  it('formats each metric column by its unit', () => {
    expect(table.columnFormats).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'integer',
      'integer',
      'decimal1',
      'hours',
      'percent1',
      'percent1',
      'percent1',
      'integer',
      'percent1',
      'seconds',
      'percent1',
      'integer',
      'percent1',
      'money',
      'money',
      'money',
      'decimal1',
      'decimal1',
      'decimal1',
      'boolean',
    ]);
  });

  it('puts the trade-off two rows under the options, the weight as 0.000', () => {
    // 2 options in rows 5–6 (0-based 4–5); a blank row; the section title at 0-based 7.
    expect(sheet.blocks.find((b) => b.style === 'section')?.row).toBe(7);
    expect(sheet.blocks.find((b) => b.row === 8)?.values).toEqual([
      ['Quality weight', 0.625],
      ['Recommended option', 'A'],
      ['Recommendation changes below', 'weight: no change'],
      ['Recommendation changes above', 'weight 0.800: option B'],
    ]);
    expect(sheet.formats).toEqual([{ row: 8, column: 1, rows: 1, columns: 1, format: 'weight' }]);
    const trade = tableOf(sheet.tables, 'LBF_Tradeoff');
    expect(trade.row).toBe(13);
    expect(trade.rows[1]).toEqual([
      'B',
      'Add a partner',
      16000,
      95,
      87.5,
      92.1875,
      '',
      'cost_per_week <= 14000',
      false,
    ]);
    expect(trade.columnFormats).toEqual([
      undefined,
      undefined,
      'money',
      'decimal1',
      'decimal1',
      'decimal1',
    ]);
  });

  it("charts cost per week (S) against quality index (U) from the options' rows", () => {
    const [chart] = sheet.charts ?? [];
    expect(chart.kind).toBe('scatter');
    // Under the trade-off table: header 13, rows 14–15, a blank, chart at 17.
    expect(chart.row).toBe(17);
    expect(chart.series.map((s) => [s.name, s.x.row, s.x.column, s.y.row, s.y.column])).toEqual([
      ['A', 4, 18, 4, 20],
      ['B', 5, 18, 5, 20],
    ]);
  });

  it('without a trade-off has no trade-off part and the chart under the options', () => {
    const plain = scenariosSheet({ ...input(), activate: true });
    expect(plain.tables?.map((t) => t.name)).toEqual(['LBF_Scenarios']);
    expect(plain.formats).toBeUndefined();
    expect(plain.charts?.[0].row).toBe(7);
    expect(plain.activate).toBe(true);
    expect(scenariosSheet(input()).activate).toBeUndefined();
  });
});

describe('scenarioFormula and metricResult', () => {
  it('points at the header names, the row values and the metric header', () => {
    // Header in row 4, 3 override columns C:E, this row 6 (0-based 5), metric in column H.
    expect(scenarioFormula("'LBF Parameters'!$A$1:$H$9", 5, 3, 7)).toBe(
      "=LBF.SCENARIO('LBF Parameters'!$A$1:$H$9,$C$4:$E$4,$C6:$E6,H$4)",
    );
    expect(scenarioFormula('LBF_Params', 4, 0, 2)).toBe('=LBF.SCENARIO(LBF_Params,,,C$4)');
  });

  it('caches TRUE/FALSE as 1/0 and an undefined metric as #N/A', () => {
    const m = metrics(1, 2, false);
    expect(metricResult(m, 'meets_targets')).toBe(0);
    expect(metricResult(m, 'live_asa_seconds')).toEqual({ error: '#N/A' });
    expect(metricResult(m, 'frt_hours')).toBe(6.25);
  });
});

describe('LBF Projection', () => {
  const sheet = projectionSheet(input());
  const table = tableOf(sheet.tables, 'LBF_Projection');

  it("lists every option's weeks under a header in row 4, backlog = tier 1 + tier 2", () => {
    expect(table.row).toBe(3);
    // Option + LBF.PROJECTION's 30 columns + backlog.
    expect(table.header).toHaveLength(32);
    expect(table.header.slice(0, 3)).toEqual(['Option', 'week (week)', 'self_serve_share (share)']);
    expect(table.header[31]).toBe('backlog (tickets)');
    expect(table.rows.map((r) => [r[0], r[1], r[31]])).toEqual([
      ['A', 1, 120],
      ['A', 2, 150],
      ['A', 3, 100],
      ['B', 1, 85],
      ['B', 2, 64],
    ]);
    // live_service_level, column 14 (1 + index 13), is null without live contacts.
    expect(table.rows[0][14]).toEqual({ error: '#N/A' });
  });

  it('formats the weeks by unit', () => {
    const f = table.columnFormats ?? [];
    expect(f.slice(0, 7)).toEqual([
      undefined,
      'integer',
      'percent1',
      'integer',
      'integer',
      'integer',
      'minutes',
    ]);
    // hours_inhouse 7, live_asa 15, cost 30, backlog 31.
    expect([f[7], f[15], f[30], f[31]]).toEqual(['hours', 'seconds', 'money', 'integer']);
  });

  it("draws one backlog line per option over that option's own rows", () => {
    const [chart] = sheet.charts ?? [];
    expect(chart.kind).toBe('line');
    // A: rows 5–7 (0-based 4, 3 rows); B: rows 8–9 (0-based 7, 2 rows).
    expect(chart.series.map((s) => [s.name, s.x.row, s.x.rows, s.x.column, s.y.column])).toEqual([
      ['A Keep the team', 4, 3, 1, 31],
      ['B Add a partner', 7, 2, 1, 31],
    ]);
  });
});

describe('written by the ExcelJS adapter', () => {
  it('carries the unit formats as Excel format codes', () => {
    const wb = new ExcelJS.Workbook();
    executeXlsxPlan(wb, scenarioSheets(input(TRADEOFF)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['LBF Scenarios', 'LBF Projection']);
    const ws = wb.getWorksheet('LBF Scenarios') as ExcelJS.Worksheet;
    const fmt = (a1: string) => ws.getCell(a1).numFmt;
    expect([fmt('H5'), fmt('I5'), fmt('S5'), fmt('U5'), fmt('X5'), fmt('B9')]).toEqual([
      '#,##0.0 "h"',
      '0.0%',
      '#,##0.00',
      '#,##0.0',
      '"TRUE";"TRUE";"FALSE"',
      '0.000',
    ]);
    const projection = wb.getWorksheet('LBF Projection') as ExcelJS.Worksheet;
    expect([projection.getCell('C5').numFmt, projection.getCell('AF9').numFmt]).toEqual([
      '0.0%',
      '#,##0',
    ]);
    expect(projection.getCell('AF9').value).toBe(64);
  });
});
