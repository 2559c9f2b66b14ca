/**
 * Builds the content of the next decision-record version from the run: the
 * analyst's text (from the stored record, which takes precedence, or else the
 * LBF Decision sheet) plus what LBF computed (key-input snapshot, ranges,
 * option metrics, recommendation, model definitions).
 */
import { METRICS, type ScenarioRun } from '../core/model';
import { PARAMETER_BY_NAME, type ParameterRow, type Scenario } from '../core/params';
import {
  emptyContent,
  type InputCategory,
  type KeyInput,
  type OptionEntry,
  type RecordContent,
} from '../core/record';
import type { DecisionInput, KeyInputMeta } from './decisionSheet';
import type { Evaluation, OptionRun } from './evaluate';
import { computeTriggerPoints, mergeTriggerPoints } from './triggerPoints';

const CATEGORY_RULES: [RegExp, InputCategory][] = [
  [/^self_serve/, 'self_serve'],
  [/escalation_rate$/, 'escalation'],
  [/cost|budget/, 'cost'],
  [/_target|_target_hours$|^quality_weight$|^live_answer_seconds$|^live_max_occupancy$/, 'targets'],
  [/^(chats|calls)_|^(chat|call)_|^live_|^support_hours|^peak_factor$/, 'live'],
  [/^(inhouse|outsourced|tier2)_|^routing$|_aht_minutes$/, 'staffing'],
  [/^tickets_|volume_growth|backlog|^horizon|business_days/, 'demand'],
];

/** The record category of a parameter when the analyst did not give one. */
export function defaultCategory(parameter: string): InputCategory {
  return CATEGORY_RULES.find(([re]) => re.test(parameter))?.[1] ?? 'other';
}

function keyInputs(rows: readonly ParameterRow[], meta: Map<string, KeyInputMeta>): KeyInput[] {
  return rows.map((row) => {
    const m = meta.get(row.name);
    return {
      parameter: row.name,
      category: m?.category ?? defaultCategory(row.name),
      value: row.value,
      unit: PARAMETER_BY_NAME.get(row.name)?.unit ?? '',
      low: row.low ?? null,
      high: row.high ?? null,
      owner: row.owner ?? '',
      source: row.source ?? '',
      qualityNote: row.note ?? '',
      refreshCadence: m?.refreshCadence ?? null,
      validated: m?.validated ?? false,
    };
  });
}

function ranges(rows: readonly ParameterRow[]): RecordContent['scenarios']['ranges'] {
  return rows
    .filter((r) => r.low !== undefined && r.high !== undefined && typeof r.value === 'number')
    .map((r) => ({
      parameter: r.name,
      low: r.low as number,
      base: r.value as number,
      high: r.high as number,
      unit: PARAMETER_BY_NAME.get(r.name)?.unit ?? '',
    }));
}

const fmt = (value: number | boolean | null, digits = 0): string =>
  typeof value === 'number'
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits })
    : value === null
      ? 'n/a'
      : String(value);

function metricValue(value: number | boolean | null): number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function optionEntry(r: OptionRun, e: Evaluation): OptionEntry {
  const m = r.run.metrics;
  return {
    id: r.option.id,
    name: r.option.name,
    description: r.option.description,
    overrides: Object.keys(r.option.overrides).map((parameter) => ({
      parameter,
      value: r.scenario[parameter as keyof Scenario] as number | string,
      unit: PARAMETER_BY_NAME.get(parameter)?.unit ?? '',
    })),
    metrics: METRICS.map((d) => ({ metric: d.name, value: metricValue(m[d.name]), unit: d.unit })),
    backlogByWeek: backlogByWeek(r.run),
    costEfficiency:
      `Cost ${fmt(m.cost_per_week)} a week; efficiency index ` +
      `${fmt(m.efficiency_index, 1)} against a budget of ${fmt(e.base.budget_per_week ?? null)}.`,
    serviceQuality:
      `Quality index ${fmt(m.quality_index, 1)}; FRT ${fmt(m.frt_hours, 1)} h, ` +
      `${fmt(percent(m.frt_attainment), 1)} % within target; backlog at the end ` +
      `${fmt(m.backlog_end)} tickets.`,
  };
}

function percent(value: number | boolean | null): number | null {
  return typeof value === 'number' ? value * 100 : null;
}

function backlogByWeek(run: ScenarioRun): number[] {
  return run.projection.weeks.map((w) => w.backlogT1Tickets + w.backlogT2Tickets);
}

function recommendation(e: Evaluation): string {
  const t = e.tradeoff;
  if (!t.recommended) {
    return 'No option meets every hard constraint; relax a constraint or add an option.';
  }
  const row = t.rows.find((r) => r.recommended);
  const run = e.runs.find((r) => r.option.id === t.recommended);
  const flips = [
    t.flipBelow &&
      `below a quality weight of ${fmt(t.flipBelow.weight, 3)} ` +
        `option ${t.flipBelow.to} would be recommended`,
    t.flipAbove && `above ` + `${fmt(t.flipAbove.weight, 3)} option ${t.flipAbove.to}`,
  ].filter(Boolean);
  return (
    `Option ${t.recommended} (${run?.option.name ?? ''}): the highest score ` +
    `(${fmt(row?.score ?? null, 1)}) at a quality weight of ${t.qualityWeight} among the ` +
    'options meeting every hard constraint' +
    (flips.length ? `; ${flips.join('; ')}.` : '; no other weight changes the choice.')
  );
}

function switchingWeight(e: Evaluation): number | null {
  const { flipAbove, flipBelow, qualityWeight } = e.tradeoff;
  const candidates = [flipAbove?.weight, flipBelow?.weight].filter(
    (w): w is number => w !== undefined,
  );
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) =>
    Math.abs(b - qualityWeight) < Math.abs(a - qualityWeight) ? b : a,
  );
}

function modelInfo(s: Scenario, version: string): RecordContent['model'] {
  const live = (s.calls_per_week ?? 0) > 0 || (s.chats_per_week ?? 0) > 0;
  const patience = s.call_patience_seconds !== undefined || s.chat_patience_seconds !== undefined;
  return {
    addinVersion: version,
    liveQueueModel: !live ? 'none' : patience ? 'erlangA' : 'erlangC',
    serviceLevelDefinition:
      'Share of all offered live contacts answered within ' +
      `${s.live_answer_seconds ?? 'live_answer_seconds'} s; abandoned contacts count as not ` +
      'answered.',
    units:
      'Weeks of 7 days; times in hours unless the name says otherwise (FRT in ' +
      "business hours); shares 0–1; money in the workbook's currency.",
  };
}

/** The analyst-written parts of a record content, from the LBF Decision sheet. */
export function writtenParts(input: DecisionInput): RecordContent {
  const c = emptyContent();
  return {
    ...c,
    objective: input.objective,
    scope: { ...input.scope, horizonWeeks: c.scope.horizonWeeks },
    metrics: input.metrics,
    assumptions: input.assumptions,
    scenarios: { ranges: [], triggerPoints: input.triggerPoints },
    governance: input.governance,
    risks: input.risks,
    decision: {
      ...c.decision,
      qualityWeightRationale: input.qualityWeightRationale,
      hardConstraints: input.hardConstraints,
      selectedOptionId: input.selectedOptionId,
      rationale: input.rationale,
    },
    ownership: input.ownership,
    evidence: input.evidence,
  };
}

/**
 * The content of the next version.
 * @param written the stored record's content (precedence) or null
 * @param input the LBF Decision sheet, used when nothing is stored
 */
export function buildContent(
  written: RecordContent | null,
  input: DecisionInput | null,
  e: Evaluation,
  version: string,
): RecordContent {
  const base = written ?? (input ? writtenParts(input) : emptyContent());
  const meta = new Map<string, KeyInputMeta>(input?.keyInputMeta ?? []);
  for (const k of written?.keyInputs ?? []) {
    meta.set(k.parameter, {
      category: k.category,
      refreshCadence: k.refreshCadence,
      validated: k.validated,
    });
  }
  return {
    ...base,
    scope: { ...base.scope, horizonWeeks: e.base.horizon_weeks },
    keyInputs: keyInputs(e.table.rows, meta),
    scenarios: {
      ranges: ranges(e.table.rows),
      triggerPoints: mergeTriggerPoints(
        base.scenarios.triggerPoints,
        computeTriggerPoints(e, base.decision.hardConstraints),
      ),
    },
    options: e.runs.map((r) => optionEntry(r, e)),
    decision: {
      ...base.decision,
      qualityWeight: e.base.quality_weight,
      switchingQualityWeight: switchingWeight(e),
      recommendation: recommendation(e),
    },
    model: modelInfo(e.base, version),
  };
}
