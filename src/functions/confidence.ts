/* eslint-disable @typescript-eslint/no-explicit-any --
 * the metadata generator reads these signatures: Excel ranges are any[][]. */
/**
 * Custom functions for uncertainty and the trade-off (MODEL.md sections 4–5):
 * LBF.CONFIDENCE, LBF.RANGE, LBF.BREAKEVEN and LBF.TRADEOFF. Thin adapters:
 * Excel arguments to core calls, results or typed errors back to Excel.
 * Cost: each draw runs the weekly model once (measured 0.1–0.25 ms for 26 weeks
 * of tickets, up to 0.6 ms with a chat channel), so 1,000 draws take 0.1–0.6 s
 * and 100,000 (the most allowed) up to a minute, while Excel waits for the cell.
 */
import { toNumber, toOptionalNumber } from '../core/args';
import { fail } from '../core/errors';
import {
  nearestName,
  normalizeName,
  PARAMETER_BY_NAME,
  PARAMETERS,
  parseOverrides,
  parseParameterTable,
} from '../core/params';
import { readThreshold } from '../core/model';
import { readOptions, scenarioTradeoff, type Tradeoff } from '../core/tradeoff';
import { parseComparison } from '../core/triggers';
import {
  checkModelMetric,
  completeProbability,
  completeRange,
  DRAWS_SPEC,
  scenarioBreakEven,
  scenarioConfidence,
  scenarioRange,
  SEED_SPEC,
  type DrawSettings,
  type ScenarioSource,
} from '../core/uncertainty';
import { guard } from './excelErrors';

function source(parameters: unknown, names: unknown, values: unknown): ScenarioSource {
  return {
    table: parseParameterTable(parameters as unknown[][]),
    overrides: parseOverrides(names, values),
  };
}

function settings(draws: unknown, seed: unknown): DrawSettings {
  return { draws: toNumber('draws', draws, DRAWS_SPEC), seed: toNumber('seed', seed, SEED_SPEC) };
}

/**
 * Probability (0–1) that a metric meets a threshold when every parameter with Low and High
 * is drawn from a triangular distribution (Low, Value, High). Same seed, same answer.
 * #N/A with the reason and the probability bounds when some draws have no value.
 * @customfunction CONFIDENCE
 * @param parameters Parameter table: Name, Value and optionally Unit, Low, High, Owner, Source...
 * @param names Parameter names to override (held fixed, not drawn); may be empty.
 * @param values Override values in canonical units, one per name; may be empty.
 * @param metric Metric name, e.g. "frt_attainment" (see LBF.METRICS).
 * @param comparison One of "<", "<=", ">", ">=": the condition that counts as meeting.
 * @param threshold Threshold in the metric's unit, e.g. 0.9 or 90%.
 * @param [draws] Number of draws, 1 to 100,000 (default 1,000); each draw runs the model once.
 * @param [seed] Whole number 0 to 4,294,967,295 (default 1).
 * @returns The share of draws that meet the threshold.
 */
export function confidence(
  parameters: any[][],
  names: any[][],
  values: any[][],
  metric: string,
  comparison: string,
  threshold: number,
  draws?: number,
  seed?: number,
): any {
  return guard(() => {
    const name = checkModelMetric('metric', metric);
    const result = scenarioConfidence(
      source(parameters, names, values),
      name,
      parseComparison('comparison', comparison),
      readThreshold('threshold', name, threshold),
      settings(draws, seed),
    );
    return completeProbability(result, name);
  });
}

/**
 * P10, P50 and P90 of a metric over triangular draws of every parameter with Low and High
 * (percentiles as Excel's PERCENTILE.INC). #N/A with the reason when some draws have no value.
 * @customfunction RANGE
 * @param parameters Parameter table: Name, Value and optionally Unit, Low, High, Owner, Source...
 * @param names Parameter names to override (held fixed, not drawn); may be empty.
 * @param values Override values in canonical units, one per name; may be empty.
 * @param metric Metric name, e.g. "cost_per_week" (see LBF.METRICS).
 * @param [draws] Number of draws, 1 to 100,000 (default 1,000).
 * @param [seed] Whole number 0 to 4,294,967,295 (default 1).
 * @returns One row: P10, P50, P90 in the metric's unit.
 */
export function range(
  parameters: any[][],
  names: any[][],
  values: any[][],
  metric: string,
  draws?: number,
  seed?: number,
): any[][] {
  return guard(() => {
    const name = checkModelMetric('metric', metric);
    const result = scenarioRange(source(parameters, names, values), name, settings(draws, seed));
    return [completeRange(result, name)];
  }) as any[][];
}

function pickParameter(raw: unknown): string {
  const typed = normalizeName(typeof raw === 'string' ? raw : '');
  if (PARAMETER_BY_NAME.has(typed)) return typed;
  if (typed === '') return fail({ code: 'required', argument: 'parameter' });
  return fail({
    code: 'unknownName',
    argument: 'parameter',
    value: raw,
    details: {
      suggestion: nearestName(
        typed,
        PARAMETERS.map((d) => d.name),
      ),
    },
  });
}

/**
 * The value of one parameter, within its Low and High (or the low and high given), at which
 * a metric reaches a threshold; found by bisection to 1e-9 of the range after checking the
 * response is monotone. #N/A with the reason when it is not monotone or never crosses.
 * @customfunction BREAKEVEN
 * @param parameters Parameter table: Name, Value and optionally Unit, Low, High, Owner, Source...
 * @param names Parameter names to override; may be empty.
 * @param values Override values in canonical units, one per name; may be empty.
 * @param parameter The parameter to vary, e.g. "inhouse_fte".
 * @param metric Metric name, e.g. "frt_attainment".
 * @param threshold Threshold in the metric's unit.
 * @param [low] Lowest value to search, canonical unit (default: the parameter's Low).
 * @param [high] Highest value to search, canonical unit (default: the parameter's High).
 * @returns The parameter's break-even value, in its canonical unit.
 */
export function breakeven(
  parameters: any[][],
  names: any[][],
  values: any[][],
  parameter: string,
  metric: string,
  threshold: number,
  low?: number,
  high?: number,
): any {
  return guard(() => {
    const name = checkModelMetric('metric', metric);
    const range = { low: toOptionalNumber('low', low), high: toOptionalNumber('high', high) };
    return scenarioBreakEven(
      source(parameters, names, values),
      pickParameter(parameter),
      name,
      readThreshold('threshold', name, threshold),
      range,
    ).value;
  });
}

const TRADEOFF_HEADER = [
  'option',
  'cost_per_week',
  'quality_index',
  'efficiency_index',
  'score',
  'dominated',
  'recommended',
  'note',
];

/**
 * Cost versus quality over options: each option's cost per week, quality, efficiency and
 * score, which options are dominated, the recommended one under the quality weight and the
 * hard constraints, and a last row with the quality weight at which the choice would flip.
 * @customfunction TRADEOFF
 * @param parameters Parameter table shared by the options (budget_per_week must be set).
 * @param optionNames Option names, e.g. A, B, C, as a column or a row.
 * @param optionOverrideNames Parameter names the options change, e.g. inhouse_fte, outsourced_fte.
 * @param optionOverrideValues A row per option (a column if names form a row); blank = table value.
 * @param [qualityWeight] Quality's weight in the score, 0 to 1 (default: table's quality_weight).
 * @param [constraints] Hard constraints, e.g. "cost_per_week<=50000; frt_attainment>=90%".
 * @returns Header, a row per option, then "flip weight": nearest weight where the choice changes.
 */
export function tradeoff(
  parameters: any[][],
  optionNames: any[][],
  optionOverrideNames: any[][],
  optionOverrideValues: any[][],
  qualityWeight?: number,
  constraints?: any[][],
): any[][] {
  return guard(() => {
    const table = parseParameterTable(parameters as unknown[][]);
    const options = readOptions(optionNames, optionOverrideNames, optionOverrideValues);
    const weight = toOptionalNumber('qualityWeight', qualityWeight, {
      min: 0,
      max: 1,
      share: true,
    });
    return tradeoffTable(scenarioTradeoff(table, options, weight, constraints ?? null));
  }) as any[][];
}

function tradeoffTable(result: Tradeoff): (string | number | boolean)[][] {
  const rows = result.rows.map((r) => [
    r.name,
    r.costPerWeek,
    r.qualityIndex,
    r.efficiencyIndex,
    r.score,
    r.dominatedBy !== undefined,
    r.recommended,
    [r.dominatedBy && `dominated by ${r.dominatedBy}`, ...r.broken.map((c) => `fails ${c}`)]
      .filter(Boolean)
      .join('; '),
  ]);
  return [TRADEOFF_HEADER, ...rows, flipRow(result)];
}

function flipRow(result: Tradeoff): (string | number)[] {
  const blanks = ['', '', '', '', ''];
  if (result.recommended === undefined) {
    return ['flip weight', '', ...blanks, 'no option meets every constraint'];
  }
  const { flipAbove: above, flipBelow: below, qualityWeight: w } = result;
  const nearest = [above, below]
    .filter((f) => f !== undefined)
    .sort((a, b) => Math.abs(a.weight - w) - Math.abs(b.weight - w))[0];
  const say = (f: typeof above, way: string) =>
    f ? `${f.from} → ${f.to} ${way} ${Number(f.weight.toFixed(4))}` : `none ${way}`;
  const note = `at weight ${w}: ${say(below, 'below')}; ${say(above, 'above')}`;
  return ['flip weight', nearest ? nearest.weight : 'none in [0, 1]', ...blanks, note];
}
