/**
 * The sheet readers of the command line, in process, on grids written out in
 * each test: what they read, and the cell each refusal names.
 */
import { readLatestActuals } from '../../src/cli/actualsSheet';
import { CliError } from '../../src/cli/cliError';
import { readDecisionSheet } from '../../src/cli/decisionSheet';
import { readOptionsSheet } from '../../src/cli/optionsSheet';
import type { Grid } from '../../src/cli/sheetGrid';
import { formatTable } from '../../src/cli/summaryTable';
import { defaultCategory } from '../../src/cli/recordContent';
import { scenarioFormula } from '../../src/cli/outputPlans';
import { COMPUTED_PREFIX, mergeTriggerPoints } from '../../src/cli/triggerPoints';
import type { CellValue } from '../../src/workbook';

const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, row: 0, column: 0, values });

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
  throw new Error('expected a CliError');
}

describe('readDecisionSheet', () => {
  const sheet = grid('LBF Decision', [
    ['LBF Decision: notes above the header are ignored'],
    ['Field', 'Value'],
    ['objective', 'Cut the backlog'],
    ['Teams', 'Tier 1, Tier 2; Billing'],
    ['Next review date', 46055],
    ['Monitoring cadence', 'Weekly'],
    [],
    ['Checkpoints'],
    ['Done', 'Milestone', 'Date'],
    ['yes', 'Approved', '2026-01-19'],
    [null, 'Review', 46139],
    [],
    ['Review triggers'],
    ['Metric', 'Comparison', 'Threshold', 'Action'],
    ['FRT_Hours', '≥', '90%', 'Add staff'],
  ]);

  it('reads fields by label, lists split on commas and semicolons, dates from serials', () => {
    const d = readDecisionSheet(sheet);
    expect(d.objective.objective).toBe('Cut the backlog');
    expect(d.scope.teams).toEqual(['Tier 1', 'Tier 2', 'Billing']);
    // Serial 46055 = 2026-02-02: 46,055 days after Excel's day 0, 1899-12-30.
    expect(d.risks.nextReviewDate).toBe('2026-02-02');
    expect(d.risks.monitoringCadence).toBe('weekly');
  });

  it('reads sections whose columns come in any order', () => {
    const d = readDecisionSheet(sheet);
    // 46139 = 2026-02-02 + 84 days = 2026-04-27.
    expect(d.ownership.checkpoints).toEqual([
      { date: '2026-01-19', milestone: 'Approved', done: true },
      { date: '2026-04-27', milestone: 'Review', done: false },
    ]);
    expect(d.ownership.reviewTriggers).toEqual([
      {
        metric: 'frt_hours',
        comparison: '>=',
        // A blank Unit means the metric's own unit, which the record then states.
        threshold: 0.9,
        unit: 'hours',
        action: 'Add staff',
      },
    ]);
  });

  it.each([
    [[['Name', 'Value']], /has no header row "Field \| Value"/],
    [
      [
        ['Field', 'Value'],
        ['Objectiv', 'x'],
      ],
      /cell A2 holds "Objectiv", which is neither a field/,
    ],
    [
      [
        ['Field', 'Value'],
        ['Next review date', '31/12/2026'],
      ],
      /cell B2 \(Next review date\) must be a date; got "31\/12\/2026"/,
    ],
    [
      [['Field', 'Value'], [], ['Approvals'], ['Approver', 'Status']],
      /row 4: the "Approvals" section needs the header row .*missing Role, Date/,
    ],
    [
      [
        ['Field', 'Value'],
        [],
        ['Review triggers'],
        ['Metric', 'Comparison', 'Threshold', 'Action'],
        ['frt_hour', '>', 10, 'Act'],
      ],
      /cell A5: Unknown metric "frt_hour"\. Did you mean frt_hours\?/,
    ],
    [
      [
        ['Field', 'Value'],
        [],
        ['Hard constraints'],
        ['Metric', 'Comparison', 'Threshold'],
        ['frt_hours', '=', 10],
      ],
      /cell B5: Comparison must be one of "<", "<=", ">", ">="; got "="/,
    ],
    [
      [
        ['Field', 'Value'],
        [],
        ['Checkpoints'],
        ['Date', 'Milestone', 'Done'],
        ['2026-02-30', 'Go', 'no'],
      ],
      /cell A5 \(Date\) must be a date; got "2026-02-30"/,
    ],
  ])('refuses %j naming the cell', (values, message) => {
    expect(
      messageOf(() => readDecisionSheet(grid('LBF Decision', values as CellValue[][]))),
    ).toMatch(message);
  });
});

describe('readOptionsSheet', () => {
  it('gives letters to options written by name and keeps blank cells out', () => {
    const read = readOptionsSheet(
      grid('LBF Options', [
        ['Option', 'inhouse_fte', 'Routing (choice)'],
        ['Hire', 12, null],
        ['Outsource', null, 'inhouse_first'],
      ]),
    );
    expect(read.overrideNames).toEqual(['inhouse_fte', 'routing']);
    expect(read.options.map((o) => [o.id, o.name, o.overrides])).toEqual([
      ['A', 'Hire', { inhouse_fte: 12 }],
      ['B', 'Outsource', { routing: 'inhouse_first' }],
    ]);
  });

  it.each([
    [
      [
        ['Option', 'inhouse_fte'],
        ['A', 1],
        ['A', 2],
      ],
      /cell A3: option A appears twice \(also sheet "LBF Options", row 2\)/,
    ],
    [
      [
        ['Option', 'inhouse_fte'],
        ['A', { error: '#REF!' }],
      ],
      /cell B2 holds the error #REF!/,
    ],
    [[['Option', 'inhouse_fte']], /has a header but no option under it/],
  ])('refuses %j', (values, message) => {
    expect(messageOf(() => readOptionsSheet(grid('LBF Options', values as CellValue[][])))).toMatch(
      message,
    );
  });
});

describe('readLatestActuals', () => {
  it('takes the last filled row and shows a date label as YYYY-MM-DD', () => {
    const latest = readLatestActuals(
      grid('LBF Actuals', [
        ['Week starting', 'backlog_end', 'frt_hours'],
        [46024, 10, 2],
        [46031, 12, null],
        [],
      ]),
      ['backlog_end', 'frt_hours'],
    );
    // 46031 = 46024 + 7; 46024 = 2026-01-02.
    expect(latest).toEqual({
      actuals: { backlog_end: 12, frt_hours: null },
      label: '2026-01-09',
      where: 'sheet "LBF Actuals", row 3',
    });
  });
});

describe('the option table printed by lbf run', () => {
  it('right-aligns numbers and left-aligns text', () => {
    expect(
      formatTable([
        ['option', 'cost'],
        ['A one', '12,000'],
        ['B', '900'],
      ]),
    ).toEqual(['option  cost', 'A one   12,000', 'B          900']);
  });
});

describe('scenarioFormula', () => {
  it('points at the header names, the row values and the metric header', () => {
    // Header in row 4, 3 override columns C:E, this row 6 (0-based 5), metric in column H.
    expect(scenarioFormula("'LBF Parameters'!$A$1:$H$9", 5, 3, 7)).toBe(
      "=LBF.SCENARIO('LBF Parameters'!$A$1:$H$9,$C$4:$E$4,$C6:$E6,H$4)",
    );
    expect(scenarioFormula('P!$A$1:$B$2', 4, 0, 2)).toBe('=LBF.SCENARIO(P!$A$1:$B$2,,,C$4)');
  });
});

describe('defaultCategory', () => {
  it.each([
    ['self_serve_target', 'self_serve'],
    ['inhouse_escalation_rate', 'escalation'],
    ['call_aht_minutes', 'live'],
    ['ticket_aht_minutes', 'staffing'],
    ['inhouse_cost_per_hour', 'cost'],
    ['frt_target_hours', 'targets'],
    ['tickets_per_week', 'demand'],
    ['routing', 'staffing'],
  ])('puts %s under %s', (name, category) => {
    expect(defaultCategory(name)).toBe(category);
  });
});

describe('mergeTriggerPoints', () => {
  it("keeps the analyst's points and replaces the points an earlier run computed", () => {
    const mine = {
      parameter: 'tickets_per_week',
      value: 5000,
      unit: 'tickets/week',
      meaning: 'Above this we hire',
    };
    const old = { ...mine, value: 4100, meaning: `${COMPUTED_PREFIX}old` };
    const fresh = { ...mine, value: 4115, meaning: `${COMPUTED_PREFIX}new` };
    expect(mergeTriggerPoints([mine, old], [fresh])).toEqual([mine, fresh]);
  });
});
