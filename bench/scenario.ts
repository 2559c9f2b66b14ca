// Scenario engine benchmarks (issue 3): one LBF.SCENARIO evaluation of 26 weeks with two
// live channels, a 1,000-row scenario table, and the per-draw cost uncertainty pays.
import { clearLiveCache, runScenario } from '../src/core/model';
import { parseParameterTable, scenarioFromTable } from '../src/core/params';
import { scenario } from '../src/functions/scenario';
import { measure, type BenchRow } from './harness';

/** A realistic 26-week table: growth, self-serve ramp, hires, chats (Erlang C), calls (A). */
export const BENCH_TABLE: unknown[][] = [
  ['Name', 'Value', 'Unit'],
  ['horizon_weeks', 26, 'weeks'],
  ['tickets_per_week', 600, 'per business day'],
  ['volume_growth_per_week', 0.5, '%'],
  ['ticket_aht_minutes', 11, 'minutes'],
  ['tier2_aht_minutes', 35, 'minutes'],
  ['chats_per_week', 2500, ''],
  ['chat_aht_minutes', 7, ''],
  ['calls_per_week', 1800, ''],
  ['call_aht_minutes', 6, ''],
  ['call_patience_seconds', 150, ''],
  ['support_hours_per_week', 50, ''],
  ['peak_factor', 1.3, ''],
  ['inhouse_fte', 42, ''],
  ['inhouse_cost_per_hour', 32, ''],
  ['inhouse_escalation_rate', 12, '%'],
  ['inhouse_new_hires', 4, ''],
  ['inhouse_hire_week', 6, ''],
  ['inhouse_ramp_weeks', 6, ''],
  ['outsourced_fte', 15, ''],
  ['outsourced_cost_per_hour', 18, ''],
  ['outsourced_escalation_rate', 0.2, ''],
  ['outsourced_cost_per_ticket', 0.5, ''],
  ['tier2_fte', 8, ''],
  ['tier2_cost_per_hour', 45, ''],
  ['self_serve_adoption', 0.1, ''],
  ['self_serve_target', 0.3, ''],
  ['self_serve_start_week', 4, ''],
  ['self_serve_ramp_weeks', 8, ''],
  ['self_serve_aht_uplift', 0.3, ''],
  ['frt_target_hours', 8, ''],
  ['resolution_rate_target', 0.95, ''],
  ['budget_per_week', 90000, ''],
  ['opening_backlog', 1200, ''],
];

const NAMES = [['inhouse_fte', 'outsourced_fte', 'routing', 'self_serve_target']];
const ROWS = 1000;
const rowValues = (i: number) => [
  [30 + (i % 25), 5 + (i % 20), i % 2 ? 'balanced' : 'inhouse_first', 0.1 + (i % 5) * 0.05],
];

export function scenarioBench(): BenchRow[] {
  const table = parseParameterTable(BENCH_TABLE);
  let draw = 0;
  return [
    measure('LBF.SCENARIO, 26 weeks, two live channels (live solves not memoised)', () => {
      clearLiveCache();
      scenario(BENCH_TABLE);
    }),
    measure('LBF.SCENARIO, same, memoised live solves', () => scenario(BENCH_TABLE)),
    measure(
      `Scenario table of ${ROWS} rows (LBF.SCENARIO per row, from cold)`,
      () => {
        clearLiveCache();
        for (let i = 0; i < ROWS; i += 1) scenario(BENCH_TABLE, NAMES, rowValues(i));
      },
      { repeats: 5, targetMs: 1000 },
    ),
    measure(
      'scenarioFromTable + runScenario, one uncertainty draw',
      () => {
        draw += 1;
        runScenario(
          scenarioFromTable(table, {
            inhouse_fte: 38 + (draw % 97) / 10,
            tickets_per_week: 2800 + (draw % 89) * 5,
          }),
        );
      },
      { repeats: 201, note: '1,000 draws must take < 500 ms' },
    ),
    measure(
      'one uncertainty draw that also varies both live volumes',
      () => {
        draw += 1;
        runScenario(
          scenarioFromTable(table, {
            chats_per_week: 2000 + (draw % 997),
            calls_per_week: 1500 + (draw % 991),
            inhouse_fte: 38 + (draw % 97) / 10,
          }),
        );
      },
      { repeats: 201, note: 'every week re-solves both channels (warm-started)' },
    ),
  ];
}
