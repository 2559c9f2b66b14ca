/**
 * The example's parameter table: values measured from the baselines (with
 * the sheet they come from as Source) plus clearly labelled assumptions
 * (costs, paid hours, shrinkage, handle time of tickets) with an owner each.
 */
import type { CallStatsResult, TicketBaselineResult } from '../src/core/baseline';
import type { PlanCell, SheetPlan } from '../src/workbook';
import {
  ANSWER_TARGET_SECONDS,
  CALL_STATS_SHEET,
  FRT_TARGET_HOURS,
  TICKET_BASELINE_SHEET,
} from './example-baselines';

/** Figures the parameter table and the decision sheet take from the baselines. */
export interface ExampleFigures {
  ticketsPerWeekBaseline: number;
  backlogLastFullWeek: number;
  backlogWeekLabel: string;
  frtMedianHours: number;
  frtAttainment: number;
  resolutionRateLastFullWeek: number;
  reassignedShare: number;
  callsPerWeek: number;
  callAhtSeconds: number;
  patienceSeconds: number;
  /** Sun–Thu 10:00 hour (the typical peak) ÷ mean calls per staffed hour. */
  peakFactor: number;
  /** Busiest single hour of the month ÷ mean calls per staffed hour. */
  busiestFactor: number;
  callServiceLevel: number;
}

/** Staffed hours a week of the call centre (documentation: Sun–Thu 7–24, Fri 7–14, Sat 20–24). */
export const SUPPORT_HOURS_PER_WEEK = 5 * 17 + 7 + 4;
const TYPICAL_PEAK_MINUTE = 10 * 60;
const SUN_TO_THU = [0, 1, 2, 3, 4];

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Reads the figures from the two baseline results. */
export function figuresFrom(t: TicketBaselineResult, c: CallStatsResult): ExampleFigures {
  const full = t.weeks.filter((w) => w.daysObserved === 7);
  const last = full[full.length - 1];
  const weeksObserved = c.summary.daysByWeekday.reduce((a, b) => a + b, 0) / 7;
  const callsPerWeek = c.summary.offered / weeksObserved;
  const meanPerHour = callsPerWeek / SUPPORT_HOURS_PER_WEEK;
  const peakRows = c.rows.filter(
    (r) => SUN_TO_THU.includes(r.weekday) && r.startMinute === TYPICAL_PEAK_MINUTE,
  );
  const peakPerHour = peakRows.reduce((a, r) => a + r.offered / r.occurrences, 0) / peakRows.length;
  const weekEnd = new Date((last.weekStartMinutes + 7 * 1440) * 60_000).toISOString();
  return {
    ticketsPerWeekBaseline: t.summary.inboundPerWeek,
    backlogLastFullWeek: last.backlogEnd,
    backlogWeekLabel: weekEnd.slice(0, 10),
    frtMedianHours: t.summary.frtMedianHours ?? 0,
    frtAttainment: t.summary.frtAttainment ?? 0,
    resolutionRateLastFullWeek: last.resolutionRate ?? 0,
    reassignedShare: t.summary.escalatedShare ?? 0,
    callsPerWeek,
    callAhtSeconds: c.summary.ahtSeconds ?? 0,
    patienceSeconds: c.summary.patienceSeconds ?? 0,
    peakFactor: peakPerHour / meanPerHour,
    busiestFactor: (c.summary.busiest?.offeredPerOccurrence ?? meanPerHour) / meanPerHour,
    callServiceLevel: c.summary.serviceLevel ?? 0,
  };
}

export const PARAMETERS_SHEET = 'LBF Parameters';
export const PARAMETER_HEADER = ['Name', 'Value', 'Unit', 'Low', 'High', 'Owner', 'Source', 'Note'];

const OPS = 'Support operations lead';
const ANALYST = 'Support analyst';
const FINANCE = 'Finance business partner';
const HEAD = 'Head of support';
const ASSUME = 'Assumption';

type Row = [string, number | string, string, number | null, number | null, string, string, string];

function measuredRows(f: ExampleFigures): Row[] {
  const tickets = Math.round(2 * f.ticketsPerWeekBaseline);
  const calls = Math.round(f.callsPerWeek);
  return [
    [
      'tickets_per_week',
      tickets,
      'per week',
      Math.round(tickets * 0.8),
      Math.round(tickets * 1.2),
      ANALYST,
      `${TICKET_BASELINE_SHEET}: 2 × ${round(f.ticketsPerWeekBaseline, 1)} inbound ` +
        'per full week (Mar 2016)',
      'The case: ticket volume doubled. Range ±20 %.',
    ],
    [
      'opening_backlog',
      f.backlogLastFullWeek,
      'tickets',
      null,
      null,
      ANALYST,
      `${TICKET_BASELINE_SHEET}: backlog at ${f.backlogWeekLabel} 00:00`,
      'Open tickets at the start; not doubled.',
    ],
    [
      'frt_floor_hours',
      round(f.frtMedianHours, 2),
      'hours',
      null,
      null,
      ANALYST,
      `${TICKET_BASELINE_SHEET}: median FRT, whole period`,
      'Pickup delay with no queue; calendar hours in the log.',
    ],
    [
      'inhouse_escalation_rate',
      0.25,
      'share',
      0.15,
      round(f.reassignedShare, 3),
      OPS,
      `${ASSUME}; High = ${TICKET_BASELINE_SHEET} share reassigned at least once`,
      'A reassignment is not always an escalation, so the measured share is the upper bound.',
    ],
    [
      'calls_per_week',
      calls,
      'per week',
      Math.round(calls * 0.9),
      Math.round(calls * 1.1),
      ANALYST,
      `${CALL_STATS_SHEET}: offered calls (PHANTOM excluded) ÷ 4 weeks (Feb 1999)`,
      'Phone volume does not double.',
    ],
    [
      'call_aht_minutes',
      round(f.callAhtSeconds, 1),
      'seconds',
      150,
      200,
      ANALYST,
      `${CALL_STATS_SHEET}: mean service time of answered calls`,
      'Entered in seconds.',
    ],
    [
      'call_patience_seconds',
      Math.round(f.patienceSeconds),
      'seconds',
      null,
      null,
      ANALYST,
      `${CALL_STATS_SHEET}: waiting time of queued calls ÷ abandonments`,
      'Makes the live model Erlang A.',
    ],
    [
      'peak_factor',
      round(f.peakFactor, 2),
      'factor',
      1.2,
      round(f.busiestFactor, 2),
      ANALYST,
      `${CALL_STATS_SHEET}: Sun–Thu 10:00 hour ÷ mean per staffed hour`,
      'High = the busiest single hour of the month.',
    ],
    [
      'support_hours_per_week',
      SUPPORT_HOURS_PER_WEEK,
      'hours/week',
      null,
      null,
      OPS,
      'Call-centre documentation: Sun–Thu 07–24, Fri 07–14, Sat 20–24',
      'Staffed hours.',
    ],
  ];
}

function assumedRows(): Row[] {
  const a = (
    name: string,
    value: number | string,
    unit: string,
    low: number | null,
    high: number | null,
    owner: string,
    note: string,
  ): Row => [name, value, unit, low, high, owner, ASSUME, note];
  return [
    a('horizon_weeks', 26, 'weeks', null, null, HEAD, 'Two quarters.'),
    a('volume_growth_per_week', 0, 'share/week', 0, 0.01, ANALYST, 'Flat after the doubling.'),
    a('ticket_aht_minutes', 12, 'minutes', 9, 16, OPS, 'Time study pending.'),
    a('tier2_aht_minutes', 25, 'minutes', 20, 35, OPS, 'Specialist handle time.'),
    a('outsourced_escalation_rate', 0.35, 'share', 0.25, 0.5, OPS, 'Partner escalates more.'),
    a('inhouse_fte', 44, 'FTE', null, null, OPS, 'Current in-house tier-1 team.'),
    a('inhouse_hours_per_fte', 40, 'hours/week', null, null, FINANCE, 'Contracted hours.'),
    a('inhouse_shrinkage', 0.3, 'share', 0.25, 0.38, OPS, 'Leave, training, meetings.'),
    a('inhouse_cost_per_hour', 38, 'money/hour', 34, 44, FINANCE, 'Fully loaded.'),
    a('tier2_fte', 16, 'FTE', null, null, OPS, 'Current tier-2 team.'),
    a('tier2_shrinkage', 0.3, 'share', null, null, OPS, 'As tier 1.'),
    a('tier2_cost_per_hour', 52, 'money/hour', null, null, FINANCE, 'Fully loaded.'),
    a('outsourced_hours_per_fte', 40, 'hours/week', null, null, FINANCE, 'Partner contract.'),
    a('outsourced_shrinkage', 0.25, 'share', 0.2, 0.3, OPS, 'Partner contract.'),
    a('outsourced_cost_per_hour', 24, 'money/hour', 22, 28, FINANCE, 'Partner quote.'),
    a('outsourced_cost_per_ticket', 0.8, 'money', null, null, FINANCE, 'Partner quote.'),
    a('outsourced_aht_factor', 1.2, 'factor', 1.1, 1.4, OPS, 'Partner agents 20 % slower.'),
    a('hire_cost_per_fte', 6000, 'money', null, null, FINANCE, 'Recruiting and onboarding.'),
    a(
      'self_serve_adoption',
      0.1,
      'share',
      0.05,
      0.15,
      'Self-serve product manager',
      'Help-centre deflection today.',
    ),
    a(
      'self_serve_aht_uplift',
      0.3,
      'share',
      0.1,
      0.5,
      OPS,
      'Tickets left after deflection are harder.',
    ),
    a('live_sl_target', 0.8, 'share', null, null, HEAD, 'Phone policy.'),
    a('live_answer_seconds', ANSWER_TARGET_SECONDS, 'seconds', null, null, HEAD, 'Phone policy.'),
    a('frt_target_hours', FRT_TARGET_HOURS, 'hours', null, null, HEAD, 'Ticket policy.'),
    a('resolution_rate_target', 0.95, 'share', null, null, HEAD, 'Ticket policy.'),
    a('backlog_days_target', 2, 'days', null, null, HEAD, 'Ticket policy.'),
    a('budget_per_week', 110000, 'money/week', null, null, FINANCE, 'Approved run rate.'),
    a('quality_weight', 0.5, 'share', null, null, HEAD, 'Cost and quality weigh the same.'),
    a('routing', 'balanced', '', null, null, OPS, 'Options may override.'),
  ];
}

/** The parameter rows (without header), measured first. */
export function parameterRows(f: ExampleFigures): PlanCell[][] {
  return [...measuredRows(f), ...assumedRows()];
}

/** The LBF Parameters sheet: one Excel table, header in row 1. */
export function parametersSheet(f: ExampleFigures): SheetPlan {
  const rows = parameterRows(f);
  return {
    name: PARAMETERS_SHEET,
    mode: 'replace',
    frozenRows: 1,
    blocks: [],
    tables: [
      {
        name: 'LBF_Parameters',
        row: 0,
        column: 0,
        header: PARAMETER_HEADER,
        rows,
        style: 'TableStyleMedium9',
      },
    ],
    columnWidths: [28, 12, 12, 10, 10, 28, 64, 60].map((widthChars, column) => ({
      column,
      widthChars,
    })),
  };
}
