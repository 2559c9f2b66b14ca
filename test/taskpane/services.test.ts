/**
 * The wizard's services on the ExcelJS adapter of the port, against the
 * example workbook (examples/lbf-example.xlsx) and small hand-made ones.
 * Expected values are read off the example's sheets as printed in
 * examples/README.md's layout, or worked out by hand below.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRecord, verifyHistory } from '../../src/core/record';
import { XlsxWorkbook } from '../../src/xlsx';
import { setLogSink } from '../../src/taskpane/logger';
import { createServices } from '../../src/taskpane/services/createServices';
import { emptyDraft } from '../../src/taskpane/state/defaults';
import type { WizardDraft } from '../../src/taskpane/state/types';

const EXAMPLE = readFileSync(resolve(__dirname, '../../examples/lbf-example.xlsx'));
const NOW = new Date(Date.UTC(2025, 6, 1, 9, 30));

async function example() {
  const workbook = await XlsxWorkbook.load(EXAMPLE);
  return {
    workbook,
    services: createServices(workbook, { addinVersion: '0.1.0', now: () => NOW }),
  };
}

/** A draft filled in as an analyst would for the example's options A, B, C. */
function exampleDraft(): WizardDraft {
  const d = emptyDraft();
  d.scope = {
    ...d.scope,
    objective: 'Absorb doubled volume',
    question: 'Hire or outsource?',
    owner: 'Head',
  };
  d.baseline = {
    ...d.baseline,
    backlog: { address: "'Ticket Baseline'!F4:F8" },
    frt: { address: "'Ticket Baseline'!G4:G8" },
    resolution: { address: "'Ticket Baseline'!J4:J8" },
  };
  d.inputs = {
    parameters: { address: "'LBF Parameters'!A1:H38" },
    checked: { rows: 37, issues: [] },
  };
  d.scenarios = {
    ...d.scenarios,
    options: [
      {
        name: 'Hire in-house',
        description: '',
        overrides: 'inhouse_new_hires = 14\ninhouse_hire_week = 2',
      },
      {
        name: 'Outsource overflow',
        description: '',
        overrides: 'outsourced_fte = 16\nrouting = inhouse_first',
      },
    ],
  };
  d.decide = {
    ...d.decide,
    selected: 'Outsource overflow',
    rationale: 'Cheaper at equal quality.',
  };
  d.approvals.approvers = [
    { name: 'Dana', role: 'VP', status: 'approved', date: '2025-07-01', comment: '' },
  ];
  d.publish = {
    ...d.publish,
    nextReview: '2025-08-01',
    author: 'Ana',
    summary: 'First',
    triggers: [
      { metric: 'backlog_end', comparison: '>', threshold: '1,500', action: 'Review staffing' },
      { metric: 'frt_attainment', comparison: '<', threshold: '70%', action: 'Add agents' },
      { metric: 'cost_per_week', comparison: '>', threshold: '1', action: 'Check budget' },
    ],
    actuals: { address: "'LBF Actuals'!A1:E3" },
  };
  return d;
}

describe('draft storage', () => {
  it('round-trips a draft longer than one cell through a very hidden sheet', async () => {
    const { workbook, services } = await example();
    expect(await services.loadDraft()).toBeNull();
    const draft = exampleDraft();
    // 70,000 characters: more than two cells of Excel's 32,767, so it must be chunked.
    draft.scope.objective = 'x'.repeat(70_000);
    await services.saveDraft(draft);
    expect(await services.loadDraft()).toEqual(draft);
    const sheet = (await workbook.listSheets()).find((s) => s.name === 'LBF_Wizard');
    expect(sheet?.visibility).toBe('veryHidden');
  });
});

describe('writeBaseline', () => {
  it('shows the data-quality examples of time cells as dates, not serial numbers', async () => {
    const { services } = await example();
    const draft = exampleDraft().baseline;
    const written = await services.writeBaseline({
      ...draft,
      mode: 'log',
      ticketLog: { address: "'Ticket Log'!A1:G9203" },
      frtTargetHours: '4',
    });
    // The tester saw this example as 42429.30138888889: serial 42429 is 2016-02-29 and
    // 0.30138888889 of a day is 434 minutes, 07:14.
    expect(written.quality.map((q) => q.reason)).toEqual([
      'end before start (first: row 54, 2016-02-29 07:14)',
    ]);
  });
});

describe('loadDraft re-validates saved results (defect 5)', () => {
  const logged: string[] = [];
  let restore = () => {};
  beforeEach(() => {
    logged.length = 0;
    restore = setLogSink((level, message) => logged.push(`${level}: ${message}`));
  });
  afterEach(() => restore());

  /** The example without its LBF Parameters sheet, as if an analyst deleted it. */
  async function withoutParameters() {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(EXAMPLE as unknown as ArrayBuffer);
    book.removeWorksheet((book.getWorksheet('LBF Parameters') as ExcelJS.Worksheet).id);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const workbook = await XlsxWorkbook.load(bytes);
    return { workbook, services: createServices(workbook, { addinVersion: '0.1.0' }) };
  }

  it('drops a clean input check, written tables and a version whose sheets are gone', async () => {
    const { services } = await withoutParameters();
    const draft = exampleDraft();
    draft.scenarios.written = { sheet: 'LBF Scenarios' };
    draft.publish.published = { version: 2, sheet: 'LBF Decision Log', at: 'x' };
    draft.publish.checked = [
      { metric: 'backlog_end', actual: 1743, status: 'fired', action: 'Review staffing' },
    ];
    await services.saveDraft(draft);
    const loaded = (await services.loadDraft()) as WizardDraft;
    expect(loaded.inputs).toEqual({ parameters: draft.inputs.parameters, checked: undefined });
    expect(loaded.scenarios.written).toBeUndefined();
    expect(loaded.publish.published).toBeUndefined();
    // LBF Actuals is still there: the trigger results stand; typed fields are kept.
    expect(loaded.publish.checked).toEqual(draft.publish.checked);
    expect(loaded.scope).toEqual(draft.scope);
    expect(logged).toEqual([
      expect.stringMatching(/^warn: The saved input check no longer holds: /),
    ]);
  });

  it('keeps a saved input check that still holds, run again on the table', async () => {
    const { services } = await example();
    const draft = exampleDraft();
    draft.inputs.checked = { rows: 99, issues: [] };
    await services.saveDraft(draft);
    // The example table has 37 rows under its header (see checkInputs below).
    expect((await services.loadDraft())?.inputs.checked?.rows).toBe(37);
  });
});

describe('mapRange', () => {
  it('names a backlog column LBF_Backlog', async () => {
    const { workbook, services } = await example();
    const mapped = await services.mapRange('backlog', "'Ticket Baseline'!F4:F8");
    expect(mapped).toEqual({ address: "'Ticket Baseline'!F4:F8", name: 'LBF_Backlog' });
    const names = await workbook.listNames();
    expect(names.find((n) => n.name === 'LBF_Backlog')?.formula).toBe(
      "='Ticket Baseline'!$F$4:$F$8",
    );
  });

  it.each([
    ["'Ticket Baseline'!D4:F8", 'Select one column (or one row) of values.'],
    // Ticket Log column G holds priorities such as "3 - Moderate": text, not numbers.
    ["'Ticket Log'!G1:G5", 'Needs numbers; G2 is not a number.'],
    ['F4:F8', 'A sheet and range, e.g. Tickets!A1:D400.'],
  ])('refuses %s as a backlog series: %s', async (address, message) => {
    const { services } = await example();
    await expect(services.mapRange('backlog', address)).rejects.toThrow(message);
  });
});

describe('mapRange on whole columns, whole sheets and bad text (defect 3)', () => {
  it.each([
    // Excel gives G:G for a click on the column header; the used range is A1:K20, and
    // G1:G3 are blank above the header "FRT mean (h)" in G4.
    ['frt', "'Ticket Baseline'!G:G", "'Ticket Baseline'!G1:G20", 'LBF_FrtHours'],
    ['frt', "'Ticket Baseline'!$G:$G", "'Ticket Baseline'!G1:G20", 'LBF_FrtHours'],
    ['parameters', "'LBF Parameters'!A1:XFD1048576", "'LBF Parameters'!A1:H38", 'LBF_Params'],
    ['parameters', "'LBF Parameters'!A:H", "'LBF Parameters'!A1:H38", 'LBF_Params'],
    // Ticket Log's seven columns (Number … Priority, A:G) are its used width.
    ['ticketLog', "'Ticket Log'!1:9", "'Ticket Log'!A1:G9", 'LBF_TicketLog'],
  ] as const)('maps %s %s as the used part %s', async (kind, typed, address, name) => {
    const { workbook, services } = await example();
    expect(await services.mapRange(kind, typed)).toEqual({ address, name });
    const formula = (await workbook.listNames()).find((n) => n.name === name)?.formula;
    expect(formula?.replace(/\$/g, '')).toBe(`=${address}`);
  });

  it('refuses a whole column outside the used range, naming it, and names nothing', async () => {
    const { workbook, services } = await example();
    await expect(services.mapRange('backlog', "'Ticket Baseline'!Z:Z")).rejects.toThrow(
      "'Ticket Baseline'!Z1:Z1048576 holds no values (it is outside the sheet's used range).",
    );
    expect((await workbook.listNames()).some((n) => n.name === 'LBF_Backlog')).toBe(false);
  });

  it.each(['garbage!!', 'Sheet!A1:B2:C3', "'Ticket Baseline'!G:1"])(
    'refuses %s and names nothing',
    async (typed) => {
      const { workbook, services } = await example();
      await expect(services.mapRange('backlog', typed)).rejects.toThrow(
        'A sheet and range, e.g. Tickets!A1:D400.',
      );
      expect((await workbook.listNames()).some((n) => n.name === 'LBF_Backlog')).toBe(false);
    },
  );

  it('refuses a used part past 2,000,000 cells before anything is checked or named', async () => {
    // 1,000,000 rows × 3 columns = 3,000,000 cells; one shared row keeps the fake small.
    const row = [1, 2, 3];
    const workbook = {
      readUsedRange: jest.fn(async () => ({
        sheet: 'Log',
        address: 'A1:C1000000',
        row: 0,
        column: 0,
        values: Array.from({ length: 1_000_000 }, () => row),
      })),
      readRange: jest.fn(),
      defineName: jest.fn(),
    } as unknown as Parameters<typeof createServices>[0];
    const services = createServices(workbook, { addinVersion: '0.1.0' });
    await expect(services.mapRange('ticketLog', 'Log!A:XFD')).rejects.toThrow(
      'Log!A1:C1000000 has more than 2,000,000 cells. Select only the columns and rows LBF needs.',
    );
    expect(workbook.readRange).not.toHaveBeenCalled();
    expect(workbook.defineName).not.toHaveBeenCalled();
  });
});

describe('checkInputs', () => {
  it('reads the example table: 37 parameter rows under the header, no errors', async () => {
    const { services } = await example();
    const result = await services.checkInputs(exampleDraft());
    expect(result.rows).toBe(37);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('points at the cell of every bad row', async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.execute({
      sheets: [
        {
          name: 'Params',
          mode: 'create',
          blocks: [
            {
              row: 0,
              column: 0,
              values: [
                ['Name', 'Value', 'Unit', 'Low', 'High', 'Owner', 'Source', 'Note'],
                ['tickets_per_week', 500, '', null, null, 'Ana', 'Log', 'ok'],
                ['inhouse_shrinkage', 130, '', null, null, 'Ana', 'HR', 'ok'],
                ['tickets_per_wek', 5, '', null, null, 'Ana', 'Log', 'ok'],
                ['inhouse_fte', 10, '', null, null, '', 'HR', 'ok'],
              ],
            },
          ],
        },
      ],
    });
    const services = createServices(workbook, { addinVersion: '0' });
    const draft = emptyDraft();
    draft.inputs.parameters = { address: 'Params!A1:H5' };
    const { issues } = await services.checkInputs(draft);
    // Row 3 (shrinkage 130) and row 4 (misspelt name) are errors. Row 5 lacks an owner
    // (column F), two pitfalls of the record: provenance, and a staffing input nobody refreshes.
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ['error', 'Params!B3'],
      ['error', 'Params!B4'],
      ['warning', 'Params!F5'],
      ['warning', 'Params!F5'],
    ]);
    expect(issues[2].message).toContain('inhouse_fte');
    expect(issues[3].message).toMatch(/^Staffing input inhouse_fte has no owner/);
    expect(issues[1].message).toContain('tickets_per_week');
  });
});

describe('checkTriggers', () => {
  // LBF Actuals' last row (week of 2016-03-21): backlog_end 1743, frt_attainment 0.7513,
  // resolution_rate 1.1518, cost_per_week blank.
  it('fires, passes, or has no data against the example actuals', async () => {
    const { services } = await example();
    const outcomes = await services.checkTriggers(exampleDraft());
    expect(
      outcomes.map((o) => [
        o.metric,
        o.actual === null ? null : Number(o.actual.toFixed(4)),
        o.status,
      ]),
    ).toEqual([
      ['backlog_end', 1743, 'fired'],
      ['frt_attainment', 0.7513, 'ok'],
      ['cost_per_week', null, 'noData'],
    ]);
  });
});

describe('writeScenarios and publish', () => {
  it('writes LBF.SCENARIO formulas and 26 projected weeks, then chained versions', async () => {
    const { workbook, services } = await example();
    const draft = exampleDraft();
    await services.writeScenarios(draft);
    // The layout lbf run writes too: id and name, then the override columns.
    const table = await workbook.readRange('LBF Scenarios', 'A4:E6');
    expect(table[0].slice(0, 3)).toEqual(['Option', 'Name', 'horizon_weeks']);
    expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['A', 'Hire in-house', 26],
      ['B', 'Outsource overflow', 26],
    ]);
    // One row per option and week under the header in row 4: A's weeks 1 … 26 in
    // rows 5 … 30, B's in rows 31 … 56.
    const weeks = await workbook.readRange('LBF Projection', 'A5:B56');
    const oneToTwentySix = Array.from({ length: 26 }, (_x, i) => i + 1);
    expect(weeks.map((r) => `${r[0]}${r[1]}`)).toEqual([
      ...oneToTwentySix.map((w) => `A${w}`),
      ...oneToTwentySix.map((w) => `B${w}`),
    ]);

    expect(await services.publish(draft)).toEqual({
      version: 1,
      sheet: 'LBF Decision Log',
      at: '2025-07-01T09:30:00.000Z',
    });
    expect(
      (await services.publish({ ...draft, publish: { ...draft.publish, summary: 'Second' } }))
        .version,
    ).toBe(2);
    const record = parseRecord((await workbook.readRecord()) as string);
    expect(record.versions.map((v) => [v.number, v.summary])).toEqual([
      [1, 'First'],
      [2, 'Second'],
    ]);
    expect(record.versions[1].previousHash).toBe(record.versions[0].hash);
    expect(verifyHistory(record.versions).ok).toBe(true);
    expect(record.content.decision.selectedOptionId).toBe('B');
    // The mean of Ticket Baseline F5:F8 (1029, 1717, 1999, 1743) is 6488 / 4 = 1622.
    expect(record.content.metrics[0].baseline).toBe(1622);
  });
});

describe('overlapping writes', () => {
  it('refuses a second Publish while the first runs: one version, not two', async () => {
    const { workbook, services } = await example();
    const draft = exampleDraft();
    const [first, second] = await Promise.allSettled([
      services.publish(draft),
      services.publish(draft),
    ]);
    expect(first).toEqual({
      status: 'fulfilled',
      value: { version: 1, sheet: 'LBF Decision Log', at: '2025-07-01T09:30:00.000Z' },
    });
    expect(second.status).toBe('rejected');
    expect((second as PromiseRejectedResult).reason.message).toBe(
      'Publishing is already under way; wait for it to finish.',
    );
    const record = parseRecord((await workbook.readRecord()) as string);
    expect(record.versions.map((v) => v.number)).toEqual([1]);
    // Once the first is done, the same decision and summary again add nothing: the
    // answer is version 1, and the record still holds one version.
    expect(await services.publish(draft)).toEqual({
      version: 1,
      sheet: 'LBF Decision Log',
      at: '2025-07-01T09:30:00.000Z',
    });
    const again = parseRecord((await workbook.readRecord()) as string);
    expect(again.versions.map((v) => v.number)).toEqual([1]);
    const next = { ...draft, publish: { ...draft.publish, summary: 'Second' } };
    expect((await services.publish(next)).version).toBe(2);
  });

  it('refuses a second Create parameter table while the first runs', async () => {
    const { workbook, services } = await example();
    const before = (await workbook.listSheets()).length;
    const results = await Promise.allSettled([
      services.createParameterTable(26),
      services.createParameterTable(26),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((await workbook.listSheets()).length).toBe(before + 1);
  });
});

describe('runConfidence and tradeoff', () => {
  const signal = () => new AbortController().signal;

  it.each([
    // No draw's backlog can exceed a billion tickets, and none can be negative.
    ['1000000000', 1],
    ['-1', 0],
  ])(
    'gives probability %s → %s for backlog_end <= threshold, with progress to the end',
    async (t, p) => {
      const { services } = await example();
      const draft = exampleDraft();
      draft.scenarios.confidence = {
        metric: 'backlog_end',
        comparison: '<=',
        threshold: t,
        draws: '100',
      };
      const progress: number[] = [];
      const result = await services.runConfidence(draft, (x) => progress.push(x.done), signal());
      expect(result.map((r) => [r.option, r.probability])).toEqual([
        ['Hire in-house', p],
        ['Outsource overflow', p],
      ]);
      expect(progress[progress.length - 1]).toBe(200);
      expect(result.every((r) => r.p10 <= r.p50 && r.p50 <= r.p90)).toBe(true);
    },
  );

  it('stops with an AbortError when cancelled', async () => {
    const { services } = await example();
    const draft = exampleDraft();
    draft.scenarios.confidence = {
      metric: 'backlog_end',
      comparison: '<=',
      threshold: '1',
      draws: '1000',
    };
    const abort = new AbortController();
    abort.abort();
    await expect(services.runConfidence(draft, () => {}, abort.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it.each([['99'], ['100001'], ['1.5']])('refuses %s draws', async (draws) => {
    const { services } = await example();
    const draft = exampleDraft();
    draft.scenarios.confidence = { metric: 'backlog_end', comparison: '<=', threshold: '1', draws };
    await expect(services.runConfidence(draft, () => {}, signal())).rejects.toThrow(
      'A whole number of draws from 100 to 100,000.',
    );
  });

  it('recommends the feasible option with the highest score at the stated weight', async () => {
    const { services } = await example();
    const view = await services.tradeoff(exampleDraft());
    const best = [...view.points].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
    expect(view.points.map((x) => x.name)).toEqual(['Hire in-house', 'Outsource overflow']);
    expect(view.recommended).toBe(best.name);
  });
});
