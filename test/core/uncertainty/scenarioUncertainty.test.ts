import { runScenario } from '../../../src/core/model';
import { parseParameterTable } from '../../../src/core/params';
import { LbfError } from '../../../src/core/errors';
import { scenarioWith, uncertainParameters } from '../../../src/core/uncertainty/scenarioDraws';
import {
  completeProbability,
  completeRange,
  scenarioBreakEven,
  scenarioConfidence,
  scenarioRange,
  simulateScenarioAsync,
} from '../../../src/core/uncertainty/scenarioUncertainty';

// 12 in-house FTE × 40 h × (1 − 0.3) = 336 productive hours = 1,008 tickets of
// 20 minutes a week; cost per week = FTE × 40 h × 30 = 1,200 per FTE.
const ROWS = [
  ['Name', 'Value', 'Unit', 'Low', 'High'],
  ['horizon_weeks', 26],
  ['tickets_per_week', 1000, '', 800, 1300],
  ['ticket_aht_minutes', 20],
  ['inhouse_fte', 12, '', 10, 14],
  ['inhouse_cost_per_hour', 30],
  ['budget_per_week', 15000],
  ['frt_target_hours', 8],
];
const source = { table: parseParameterTable(ROWS) };

describe('uncertainParameters', () => {
  it('draws rows with Low/High in table order and holds overridden ones fixed', () => {
    expect(uncertainParameters(source).map((p) => p.name)).toEqual([
      'tickets_per_week',
      'inhouse_fte',
    ]);
    const fixed = { ...source, overrides: { Inhouse_FTE: 13 } };
    expect(uncertainParameters(fixed).map((p) => p.name)).toEqual(['tickets_per_week']);
  });
});

describe('scenarioConfidence', () => {
  it('gives the same numbers for the same seed and different ones for another seed', () => {
    const a = scenarioRange(source, 'backlog_end', { draws: 300, seed: 7 });
    const b = scenarioRange(source, 'backlog_end', { draws: 300, seed: 7 });
    const c = scenarioRange(source, 'backlog_end', { draws: 300, seed: 8 });
    expect(b).toEqual(a);
    expect(c.p50).not.toBe(a.p50);
  });

  it('matches the triangular CDF: P(cost ≤ 14,400) = P(FTE ≤ 12) = (12 − 10)/4', () => {
    const result = scenarioConfidence(source, 'cost_per_week', '<=', 14400, {
      draws: 10000,
      seed: 3,
    });
    // Standard error sqrt(0.25 / 10,000) = 0.005; 0.02 is four of them.
    expect(Math.abs(result.probability - 0.5)).toBeLessThan(0.02);
    expect(result.missing).toBe(0);
    expect(result.parameters).toEqual(['tickets_per_week', 'inhouse_fte']);
  });

  it('matches the exact P10 of cost: 1,200 × (10 + sqrt(0.1 × 4 × 2)) = 13,073.3', () => {
    const range = scenarioRange(source, 'cost_per_week', { draws: 10000, seed: 3 });
    // Quantile standard error sqrt(0.09/1e4)/f(P10) = 0.003/0.2236 FTE = 16 money; allow 80.
    expect(Math.abs(range.p10 - 1200 * (10 + Math.sqrt(0.8)))).toBeLessThan(80);
    // Median: 12 exactly (mode at F = 0.5) → 14,400.
    expect(Math.abs(range.p50 - 14400)).toBeLessThan(80);
  });

  it('is exactly 1 or 0 when Low = High', () => {
    const pinned = {
      table: parseParameterTable(
        ROWS.map((r) =>
          r[0] === 'inhouse_fte'
            ? ['inhouse_fte', 12, '', 12, 12]
            : r[0] === 'tickets_per_week'
              ? ['tickets_per_week', 1000, '', 1000, 1000]
              : r,
        ),
      ),
    };
    const settings = { draws: 200, seed: 1 };
    expect(scenarioConfidence(pinned, 'cost_per_week', '<=', 14400, settings).probability).toBe(1);
    expect(scenarioConfidence(pinned, 'cost_per_week', '<', 14400, settings).probability).toBe(0);
    expect(scenarioConfidence(pinned, 'frt_attainment', '>=', 0.5, settings).probability).toBe(1);
  });

  it('reports draws without a value instead of dropping them', () => {
    // No chats or calls: live_service_level is undefined in every draw.
    const result = scenarioConfidence(source, 'live_service_level', '>=', 0.8, {
      draws: 50,
      seed: 1,
    });
    expect([result.evaluated, result.missing]).toEqual([0, 50]);
    expect(() => completeProbability(result, 'live_service_level')).toThrow(
      new RegExp(
        '^Confidence of live_service_level: 50 of 50 draws have no live_service_level: ' +
          '.*there are no live contacts.*\\(in 50 draws\\)\\. Counting them as not meeting the ' +
          'threshold gives 0, as meeting it 1\\.',
      ),
    );
    const range = scenarioRange(source, 'live_service_level', { draws: 5, seed: 1 });
    expect(() => completeRange(range, 'live_service_level')).toThrow(LbfError);
  });

  it('refuses a bad override before drawing', () => {
    expect(() =>
      scenarioConfidence({ ...source, overrides: { inhouse_fte: -1 } }, 'cost_per_week', '<=', 1, {
        draws: 10,
        seed: 1,
      }),
    ).toThrow(/inhouse_fte \(override\)/);
  });
});

describe('simulateScenarioAsync', () => {
  it('gives the synchronous values, several metrics at once, with progress', async () => {
    const seen: number[] = [];
    const result = await simulateScenarioAsync(
      source,
      ['cost_per_week', 'backlog_end'],
      { draws: 250, seed: 7, batchSize: 100 },
      { onProgress: (p) => seen.push(p.completedDraws) },
    );
    expect(seen).toEqual([100, 200, 250]);
    const sync = scenarioRange(source, 'backlog_end', { draws: 250, seed: 7 });
    const sorted = [...result.samples.backlog_end.values].sort((x, y) => x - y);
    // Type 7 with 250 values: h = 249 × 0.5 = 124.5, the mean of the 125th and 126th.
    expect((sorted[124] + sorted[125]) / 2).toBe(sync.p50);
  });
});

describe('scenarioBreakEven', () => {
  it('finds inhouse_fte = 15,000 / (40 × 30) = 12.5 for cost_per_week = 15,000', () => {
    const result = scenarioBreakEven(source, 'inhouse_fte', 'cost_per_week', 15000, {});
    expect(result.value).toBeCloseTo(12.5, 7);
    const back = runScenario(scenarioWith(source, { inhouse_fte: result.value })).metrics;
    // Bracket ≤ 1e-9 × (14 − 10) FTE; × 1,200 per FTE → within 5e-6 of the threshold.
    expect(Math.abs((back.cost_per_week as number) - 15000)).toBeLessThan(5e-6);
  });

  it('finds the ticket volume where FRT attainment falls to 0.9 and reproduces it', () => {
    const result = scenarioBreakEven(source, 'tickets_per_week', 'frt_attainment', 0.9, {});
    expect(result.direction).toBe('falling');
    const back = runScenario(scenarioWith(source, { tickets_per_week: result.value })).metrics;
    expect(Math.abs((back.frt_attainment as number) - 0.9)).toBeLessThan(1e-6);
  });

  it('says #N/A with both end values when the threshold is out of reach', () => {
    expect(() => scenarioBreakEven(source, 'inhouse_fte', 'cost_per_week', 50000, {})).toThrow(
      'Break-even of cost_per_week in inhouse_fte: cost_per_week runs from 12000 at ' +
        'inhouse_fte = 10 to 16800 at 14 and does not cross 50000 in that range.',
    );
  });

  it('uses a given range, and asks for one when the table has none', () => {
    expect(
      scenarioBreakEven(source, 'inhouse_cost_per_hour', 'cost_per_week', 15000, {
        low: 20,
        high: 40,
      }).value,
    ).toBeCloseTo(15000 / 480, 7);
    expect(() =>
      scenarioBreakEven(source, 'inhouse_cost_per_hour', 'cost_per_week', 1, {}),
    ).toThrow('low and high for inhouse_cost_per_hour is required');
  });

  it('refuses a week count or a choice as the parameter', () => {
    expect(() =>
      scenarioBreakEven(source, 'horizon_weeks', 'cost_total', 1, { low: 1, high: 9 }),
    ).toThrow(/must be one of a numeric parameter that can take any value/);
  });
});

describe('metric names in the core calls', () => {
  it('refuses an unknown metric before drawing, suggesting the nearest', () => {
    expect(() => scenarioRange(source, 'backlog_ends', { draws: 10, seed: 1 })).toThrow(
      'Unknown metric "backlog_ends". Did you mean backlog_end? Metric names are snake_case.',
    );
    expect(() => scenarioBreakEven(source, 'inhouse_fte', 'cost', 1, {})).toThrow(/Unknown metric/);
  });
});
