// Issue 4: confidence draws, break-even and the trade-off on a 26-week scenario.
import { clearLiveCache, runScenario } from '../src/core/model';
import { parseParameterTable, scenarioFromTable } from '../src/core/params';
import { readOptions, scenarioTradeoff } from '../src/core/tradeoff';
import {
  scenarioBreakEven,
  scenarioConfidence,
  scenarioEvaluator,
  uncertainParameters,
} from '../src/core/uncertainty';
import { measure, type BenchRow } from './harness';

// A 26-week mixed operation: in-house and outsourced tier 1, tier 2, chat,
// self-serve ramp; six parameters carry Low/High.
const ROWS = [
  ['Name', 'Value', 'Unit', 'Low', 'High'],
  ['horizon_weeks', 26],
  ['tickets_per_week', 2400, '', 2000, 3000],
  ['volume_growth_per_week', 0.005, '', 0, 0.01],
  ['ticket_aht_minutes', 14, '', 12, 18],
  ['tier2_aht_minutes', 45],
  ['chats_per_week', 900, '', 700, 1200],
  ['chat_aht_minutes', 8],
  ['chat_patience_seconds', 120],
  ['inhouse_fte', 22],
  ['inhouse_cost_per_hour', 32],
  ['inhouse_escalation_rate', 0.12, '', 0.08, 0.18],
  ['outsourced_fte', 8],
  ['outsourced_cost_per_hour', 18],
  ['outsourced_aht_factor', 1.2],
  ['outsourced_escalation_rate', 0.15],
  ['tier2_fte', 6],
  ['tier2_cost_per_hour', 45],
  ['self_serve_adoption', 0.1],
  ['self_serve_target', 0.2, '', 0.12, 0.25],
  ['self_serve_start_week', 4],
  ['self_serve_ramp_weeks', 8],
  ['frt_target_hours', 8],
  ['resolution_rate_target', 0.95],
  ['budget_per_week', 50000],
];

// The same operation without live channels: no Erlang solves per week.
const TICKETS_ONLY = ROWS.filter((r) => !String(r[0]).startsWith('chat'));

export function uncertaintyBench(): BenchRow[] {
  const source = { table: parseParameterTable(ROWS) };
  const drawn = uncertainParameters(source).length;
  // Each repeat starts with an empty live-staffing memo, so no repeat is
  // helped by the solves of the one before (a cold recalculation in Excel).
  const run = (draws: number) => () => {
    clearLiveCache();
    return scenarioConfidence(source, 'frt_attainment', '>=', 0.8, { draws, seed: 1 });
  };
  const base = scenarioFromTable(source.table);
  const evaluate = scenarioEvaluator(source);
  const options = readOptions(
    [['A'], ['B'], ['C']],
    [['inhouse_fte', 'outsourced_fte']],
    [
      [22, 8],
      [26, 4],
      [18, 14],
    ],
  );
  return [
    measure(`1,000 draws, 26 weeks, ${drawn} parameters drawn`, run(1000), {
      repeats: 5,
      targetMs: 500,
    }),
    measure('10,000 draws, 26 weeks', run(10_000), { repeats: 3 }),
    measure(
      '1,000 draws, 26 weeks, tickets only (no chat)',
      () =>
        scenarioConfidence(
          { table: parseParameterTable(TICKETS_ONLY) },
          'frt_attainment',
          '>=',
          0.8,
          { draws: 1000, seed: 1 },
        ),
      { repeats: 5, targetMs: 500 },
    ),
    measure(
      '  per draw: scenarioFromTable (build and check)',
      () => scenarioFromTable(source.table, { inhouse_fte: 22.5 }),
      { repeats: 201 },
    ),
    measure('  per draw: runScenario (weekly model + metrics)', () => runScenario(base), {
      repeats: 201,
    }),
    measure('  per draw: both, through the evaluator', () => evaluate({ inhouse_fte: 22.5 }, 0), {
      repeats: 201,
    }),
    measure(
      'break-even inhouse_fte for frt_attainment 0.9 (16–30)',
      () => scenarioBreakEven(source, 'inhouse_fte', 'frt_attainment', 0.9, { low: 16, high: 30 }),
      { repeats: 5 },
    ),
    measure('trade-off over 3 options', () => scenarioTradeoff(source.table, options, 0.5, null), {
      repeats: 11,
    }),
  ];
}
