/**
 * The example's options (A hire in-house, B outsource overflow, C self-serve
 * with a smaller outsourced team), its LBF Decision sheet (record text,
 * approvals with one pending, triggers, evidence) and its LBF Actuals sheet.
 */
import {
  minutesToExcelSerial,
  type QualityReport,
  type TicketBaselineResult,
} from '../src/core/baseline';
import type { CellBlock, PlanCell, SheetPlan } from '../src/workbook';
import {
  CALL_STATS_SHEET,
  FRT_TARGET_HOURS,
  QUALITY_SHEET,
  TICKET_BASELINE_SHEET,
} from './example-baselines';
import { CALL_SHEET, TICKET_SHEET } from './example-logs';
import type { ExampleFigures } from './example-params';
import { defaultCategory } from '../src/cli/recordContent';

export const OPTIONS_SHEET = 'LBF Options';
export const DECISION_SHEET = 'LBF Decision';
export const ACTUALS_SHEET = 'LBF Actuals';

/** Override columns of the options table; blank cells keep the parameter table's value. */
export const OPTION_HEADER = [
  'Option',
  'Name',
  'Description',
  'inhouse_new_hires',
  'inhouse_hire_week',
  'inhouse_ramp_weeks',
  'outsourced_fte',
  'routing',
  'self_serve_target',
  'self_serve_start_week',
  'self_serve_ramp_weeks',
  'self_serve_cost_per_week',
];

/** The three options. */
export const OPTION_ROWS: PlanCell[][] = [
  [
    'A',
    'Hire in-house',
    'Recruit in-house tier-1 agents from week 2; they ramp up over 8 weeks.',
    14,
    2,
    8,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    'B',
    'Outsource overflow',
    'Keep the in-house team; an outsourcing partner takes the ' +
      'overflow from week 1, paid per hour and per ticket.',
    null,
    null,
    null,
    16,
    'inhouse_first',
    null,
    null,
    null,
    null,
  ],
  [
    'C',
    'Self-serve + small BPO',
    'Invest in the help centre and a bot (adoption 10 % → 35 % ' +
      'over 12 weeks from week 3) and add a smaller outsourced team.',
    null,
    null,
    null,
    10,
    'inhouse_first',
    0.35,
    3,
    12,
    9000,
  ],
];

/** The LBF Options sheet: one Excel table, one row per option. */
export function optionsSheet(_f: ExampleFigures): SheetPlan {
  return {
    name: OPTIONS_SHEET,
    mode: 'replace',
    frozenRows: 1,
    blocks: [],
    tables: [
      {
        name: 'LBF_Options',
        row: 0,
        column: 0,
        header: OPTION_HEADER,
        rows: OPTION_ROWS,
        style: 'TableStyleMedium9',
        columnFormats: [
          undefined,
          undefined,
          undefined,
          'decimal1',
          'integer',
          'integer',
          'decimal1',
          undefined,
          'percent',
          'integer',
          'integer',
          'money0',
        ],
      },
    ],
    columnWidths: OPTION_HEADER.map((h, column) => ({
      column,
      widthChars: column === 2 ? 60 : Math.max(10, h.length + 2),
    })),
  };
}

function fieldRows(): PlanCell[][] {
  return [
    ['Field', 'Value'],
    [
      'Objective',
      'Bring first response and backlog back within target after ticket volume ' +
        'doubled, at a cost the budget can carry.',
    ],
    [
      'Decision question',
      'How do we absorb twice the ticket volume over the next 26 weeks: ' +
        'hire in-house, outsource the overflow, or invest in self-serve with a smaller ' +
        'outsourced team?',
    ],
    ['Teams', 'Tier-1 support, Tier-2 specialists'],
    ['Channels', 'Tickets, Phone'],
    ['Regions', 'Head office'],
    ['Owner', 'Head of support'],
    [
      'Quality weight rationale',
      'Cost and service quality weigh the same until the budget ' +
        'review; the weight at which the choice flips is shown in the decision log.',
    ],
    ['Monitoring cadence', 'weekly'],
    ['Next review date', '2026-02-02'],
    ['Selected option', ''],
    ['Rationale', 'To be written when the approvals are in.'],
  ];
}

/** Inputs checked against data or agreed by their owner (the rest are not yet). */
const VALIDATED = new Set([
  'inhouse_fte',
  'tier2_fte',
  'inhouse_hours_per_fte',
  'inhouse_cost_per_hour',
  'tier2_cost_per_hour',
  'outsourced_cost_per_hour',
  'outsourced_cost_per_ticket',
  'hire_cost_per_fte',
  'budget_per_week',
]);

/** One Key inputs row per parameter: measured ones are validated and refreshed weekly. */
function keyInputRows(parameters: PlanCell[][]): PlanCell[][] {
  return parameters.map((p) => {
    const name = String(p[0]);
    const measured = !String(p[6]).startsWith('Assumption');
    const category = defaultCategory(name);
    const cadence = measured || category === 'demand' ? 'weekly' : 'monthly';
    return [name, category, cadence, measured || VALIDATED.has(name)];
  });
}

function section(title: string, header: string[], rows: PlanCell[][]): PlanCell[][] {
  return [[], [title], header, ...rows];
}

const isoDay = (minutes: number | undefined) =>
  new Date((minutes ?? 0) * 60_000).toISOString().slice(0, 10);

function metricRows(f: ExampleFigures, tickets: QualityReport): PlanCell[][] {
  const period = `${isoDay(tickets.periodStartMinutes)} to ${isoDay(tickets.periodEndMinutes)}`;
  return [
    [
      'backlog_end',
      'Ticket backlog',
      f.backlogLastFullWeek,
      'tickets',
      `at ${f.backlogWeekLabel}`,
      TICKET_BASELINE_SHEET,
    ],
    [
      'frt_attainment',
      `First response within ${FRT_TARGET_HOURS} h`,
      Number(f.frtAttainment.toFixed(4)),
      'share',
      period,
      TICKET_BASELINE_SHEET,
    ],
    [
      'resolution_rate',
      'Resolution rate (last full week)',
      Number(f.resolutionRateLastFullWeek.toFixed(4)),
      'share',
      'week of 2016-03-21',
      TICKET_BASELINE_SHEET,
    ],
    [
      'live_service_level',
      'Calls answered within 60 s (all offered)',
      Number(f.callServiceLevel.toFixed(4)),
      'share',
      '1999-02-01 to 1999-02-28',
      CALL_STATS_SHEET,
    ],
  ];
}

function gapRows(tickets: QualityReport, calls: QualityReport): PlanCell[][] {
  const note = (q: QualityReport, label: string) =>
    q.notes.find((n) => n.label === label)?.count ?? 0;
  const skipped = (q: QualityReport) => q.skipped.reduce((a, s) => a + s.rows, 0);
  return [
    [
      TICKET_SHEET,
      `${note(tickets, 'tickets with no first response')} tickets never became ` +
        'Active, so they have no first response time',
      'FRT is measured on the others only',
      'Map a first-reply timestamp from the help desk',
    ],
    [TICKET_SHEET, `${skipped(tickets)} rows skipped (end before start)`, 'Negligible', 'None'],
    [
      CALL_SHEET,
      `${skipped(calls)} PHANTOM calls ignored; ${note(
        calls,
        'answered calls with no agent named',
      )} answered calls name no agent`,
      'Agent counts slightly low',
      'Ask telephony to log the agent',
    ],
  ];
}

/** The LBF Decision sheet: fields, then titled sections (docs/workbook-contract.md). */
export function decisionSheet(
  f: ExampleFigures,
  tickets: QualityReport,
  calls: QualityReport,
  parameters: PlanCell[][],
): SheetPlan {
  const values: PlanCell[][] = [
    ...fieldRows(),
    ...section(
      'Metrics',
      ['Metric', 'Label', 'Baseline', 'Unit', 'Period', 'Source'],
      metricRows(f, tickets),
    ),
    ...section(
      'Key inputs',
      ['Parameter', 'Category', 'Refresh cadence', 'Validated'],
      keyInputRows(parameters),
    ),
    ...section(
      'Assumptions',
      ['Statement', 'Owner'],
      [
        [
          'Ticket volume stays at twice the March 2016 level for the whole horizon',
          'Support analyst',
        ],
        ['Phone volume and handle time stay as in February 1999', 'Support analyst'],
        ['Costs per paid hour are fully loaded and flat', 'Finance business partner'],
      ],
    ),
    ...section(
      'Data owners',
      ['Dataset', 'Owner'],
      [
        [TICKET_SHEET, 'Service desk tooling owner'],
        [CALL_SHEET, 'Telephony owner'],
      ],
    ),
    ...section(
      'Data-quality gaps',
      ['Dataset', 'Gap', 'Impact', 'Planned fix'],
      gapRows(tickets, calls),
    ),
    ...section(
      'Constraints',
      ['Description', 'Kind'],
      [
        ['Weekly run rate within the approved budget plus 10 %', 'hard'],
        ['No change to in-house contracts before the budget review', 'soft'],
      ],
    ),
    ...section(
      'Hard constraints',
      ['Metric', 'Comparison', 'Threshold', 'Unit'],
      [
        ['cost_per_week', '<=', 121000, 'money/week'],
        ['frt_attainment', '>=', 0.5, 'share'],
      ],
    ),
    ...section(
      'Dependencies',
      ['Description', 'Owner'],
      [
        ['Partner contract signed (options B and C)', 'Procurement'],
        ['Help-centre content rewritten (option C)', 'Self-serve product manager'],
      ],
    ),
    ...section(
      'Approvals',
      ['Approver', 'Role', 'Status', 'Date', 'Comment'],
      [
        [
          'Head of support',
          'Decision owner',
          'approved',
          '2026-01-12',
          'Options are the right three',
        ],
        ['Finance business partner', 'Budget holder', 'pending', '', 'Waiting for the cost review'],
      ],
    ),
    ...section(
      'Risks',
      ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner'],
      [
        [
          'Hiring takes longer than planned',
          'medium',
          'high',
          'Start recruiting now; keep the partner as a fallback',
          'Support operations lead',
        ],
        [
          'Partner quality below target',
          'medium',
          'medium',
          'Weekly quality review; escalation rate in the contract',
          'Support operations lead',
        ],
        [
          'Self-serve adoption ramps slower',
          'high',
          'medium',
          'Monthly adoption review; trigger below',
          'Self-serve product manager',
        ],
      ],
    ),
    ...section(
      'Checkpoints',
      ['Date', 'Milestone', 'Done'],
      [
        ['2026-01-19', 'Decision approved', false],
        ['2026-03-02', 'New capacity productive', false],
        ['2026-04-27', 'Mid-horizon review', false],
      ],
    ),
    ...section(
      'Review triggers',
      ['Metric', 'Comparison', 'Threshold', 'Unit', 'Action'],
      [
        ['backlog_end', '>', 2500, 'tickets', 'Bring the review forward; add outsourced hours'],
        ['frt_attainment', '<', 0.6, 'share', 'Review the in-house / partner split'],
        ['resolution_rate', '<', 0.9, 'share', 'Check tier-2 capacity'],
        ['cost_per_week', '>', 121000, 'money/week', 'Finance review of the run rate'],
      ],
    ),
    ...section(
      'Evidence',
      ['Source', 'Shows', 'Date', 'Location'],
      [
        [
          'Ticket baseline',
          'Weekly inbound, backlog, FRT and resolution rate, March 2016',
          '2016-03-31',
          `'${TICKET_BASELINE_SHEET}'!A4:K9`,
        ],
        [
          'Call statistics',
          'Calls, handle time, waits and patience per hour of the week',
          '1999-02-28',
          `'${CALL_STATS_SHEET}'!A4:M172`,
        ],
        [
          'Data quality',
          'Rows used and skipped in both logs',
          '2026-01-05',
          `'${QUALITY_SHEET}'!A1:C20`,
        ],
        [
          'UCI incident event log',
          'Source of the ticket log (CC BY 4.0)',
          null,
          'https://archive.ics.uci.edu/ml/datasets/Incident+management+process+enriched+event+log',
        ],
      ],
    ),
  ];
  const blocks: CellBlock[] = [
    { row: 0, column: 0, style: 'title', values: [["LBF Decision: the record's text"]] },
    {
      row: 1,
      column: 0,
      style: 'note',
      values: [
        [
          'Read by lbf run when the workbook holds ' +
            'no decision record yet; after that the stored record takes precedence.',
        ],
      ],
    },
    { row: 3, column: 0, values },
  ];
  return {
    name: DECISION_SHEET,
    mode: 'replace',
    blocks,
    columnWidths: [28, 60, 18, 14, 40, 30].map((widthChars, column) => ({ column, widthChars })),
  };
}

/** The LBF Actuals sheet: the last two full weeks of the ticket baseline as actuals. */
export function actualsSheet(t: TicketBaselineResult): SheetPlan {
  const full = t.weeks.filter((w) => w.daysObserved === 7).slice(-2);
  const rows: PlanCell[][] = full.map((w) => [
    minutesToExcelSerial(w.weekStartMinutes),
    w.backlogEnd,
    w.frtAttainment ?? null,
    w.resolutionRate ?? null,
    null,
  ]);
  return {
    name: ACTUALS_SHEET,
    mode: 'replace',
    frozenRows: 1,
    blocks: [
      {
        row: 0,
        column: 0,
        style: 'header',
        values: [
          ['Week starting', 'backlog_end', 'frt_attainment', 'resolution_rate', 'cost_per_week'],
        ],
      },
      { row: 1, column: 0, values: rows },
    ],
    formats: [
      { row: 1, column: 0, rows: rows.length, columns: 1, format: 'date' },
      { row: 1, column: 2, rows: rows.length, columns: 2, format: 'percent1' },
    ],
    columnWidths: [16, 14, 16, 16, 16].map((widthChars, column) => ({ column, widthChars })),
  };
}
