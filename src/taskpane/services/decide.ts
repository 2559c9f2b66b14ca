/** Step 5's trade-off and step 4's confidence run, on the options' scenarios. */
import { METRIC_NAMES, METRICS } from '../../core/model';
import { evaluateTradeoff, parseConstraints, type Constraint } from '../../core/tradeoff';
import {
  confidenceOf,
  DEFAULT_SEED,
  MAX_DRAWS,
  rangeOf,
  simulateScenarioAsync,
} from '../../core/uncertainty';
import type { Comparison } from '../../core/triggers';
import type { Workbook } from '../../workbook';
import { parseNumberInput } from '../state/parse';
import type { ConfidenceDraft, DecideDraft, WizardDraft } from '../state/types';
import { validateDecide } from '../state/validation';
import { S } from '../strings';
import { InputProblem } from './errors';
import { optionOverrides, readTable, runOptions } from './options';
import type { ConfidenceProgress, MetricChoice, TradeoffView } from './types';

const MIN_DRAWS = 100;

/** The hard constraints the Decide step's fields describe. */
export function decideConstraints(decide: DecideDraft): Constraint[] {
  const texts: string[] = [];
  // A field the step refuses (cap 0, attainment 1.5) is shown under the field only;
  // it is not passed on, where the core would word a second message about it.
  const refused = validateDecide(decide);
  const cap = parseNumberInput(decide.budgetCapPerWeek);
  if (cap !== undefined && !refused.budgetCapPerWeek) texts.push(`cost_per_week <= ${cap}`);
  const frt = parseNumberInput(decide.minFrtAttainment);
  if (frt !== undefined && !refused.minFrtAttainment) texts.push(`frt_attainment >= ${frt}`);
  return texts.length === 0 ? [] : parseConstraints(texts.join(';'), METRIC_NAMES);
}

/** The trade-off at the draft's quality weight and constraints. */
export async function tradeoff(workbook: Workbook, draft: WizardDraft): Promise<TradeoffView> {
  const { options } = await runOptions(workbook, draft);
  const result = evaluateTradeoff(
    options.map((o) => ({ name: o.name, metrics: o.run.metrics })),
    draft.decide.qualityWeight,
    decideConstraints(draft.decide),
  );
  const w = draft.decide.qualityWeight;
  const flips = [result.flipAbove, result.flipBelow].filter((f) => f !== undefined);
  flips.sort((a, b) => Math.abs(a.weight - w) - Math.abs(b.weight - w));
  return {
    points: result.rows.map((r) => ({
      name: r.name,
      costPerWeek: r.costPerWeek,
      qualityIndex: r.qualityIndex,
      score: r.score,
      dominated: r.dominatedBy !== undefined,
      feasible: r.broken.length === 0,
    })),
    recommended: result.recommended ?? null,
    flip: flips[0] ? { weight: flips[0].weight, to: flips[0].to } : null,
  };
}

function abortError(): Error {
  const e = new Error(S.scenarios.cancelled);
  e.name = 'AbortError';
  return e;
}

/** Confidence of every option meeting the draft's threshold, batch by batch. */
export async function runConfidence(
  workbook: Workbook,
  draft: WizardDraft,
  onProgress: (p: ConfidenceProgress) => void,
  signal: AbortSignal,
): Promise<NonNullable<ConfidenceDraft['result']>> {
  const c = draft.scenarios.confidence;
  const draws = parseNumberInput(c.draws);
  if (draws === undefined || !Number.isInteger(draws) || draws < MIN_DRAWS || draws > MAX_DRAWS) {
    throw new InputProblem(S.v.draws);
  }
  const threshold = parseNumberInput(c.threshold);
  if (threshold === undefined) throw new InputProblem(S.v.number);
  const table = await readTable(workbook, draft);
  const total = draws * draft.scenarios.options.length;
  const out: NonNullable<ConfidenceDraft['result']> = [];
  for (const [i, option] of draft.scenarios.options.entries()) {
    const source = { table, overrides: optionOverrides(draft, i) };
    const result = await simulateScenarioAsync(
      source,
      [c.metric],
      { draws, seed: DEFAULT_SEED },
      { signal, onProgress: (p) => onProgress({ done: i * draws + p.completedDraws, total }) },
    );
    if (result.cancelled) throw abortError();
    const sample = result.samples[c.metric];
    const range = rangeOf(sample);
    out.push({
      option: option.name,
      probability: confidenceOf(sample, c.comparison as Comparison, threshold).probability,
      p10: range.p10,
      p50: range.p50,
      p90: range.p90,
    });
  }
  onProgress({ done: total, total });
  return out;
}

/** Metrics offered in pickers: the model's numeric metrics, "name (unit)". */
export function metricChoices(): MetricChoice[] {
  return METRICS.filter((m) => m.name !== 'meets_targets').map((m) => ({
    name: m.name,
    label: `${m.name} (${m.unit})`,
  }));
}
