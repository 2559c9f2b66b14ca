/**
 * The decision record's content (issue 5's twelve sections) built from the
 * wizard's draft, the parameter table and the options' runs. Pure.
 */
import { METRIC_BY_NAME } from '../../core/model';
import { PARAMETER_BY_NAME, type ParameterRow } from '../../core/params';
import type { InputCategory, KeyInput, RecordContent } from '../../core/record';
import { isIsoDate, parseNumberInput, splitList } from '../state/parse';
import type { BaselineValues, WizardDraft } from '../state/types';
import { decideConstraints } from './decide';
import type { OptionRun } from './options';
import { TABLE_METRICS } from './scenarioPlan';

export interface ContentInputs {
  draft: WizardDraft;
  rows: ParameterRow[];
  options: OptionRun[];
  baseline: BaselineValues;
  recommended: string | null;
  switchingWeight: number | null;
  addinVersion: string;
}

const CATEGORY_PATTERNS: [RegExp, InputCategory][] = [
  [/^self_serve/, 'self_serve'],
  [/escalation/, 'escalation'],
  [/^(inhouse|outsourced|tier2)_|hire_cost/, 'staffing'],
  [/^(tickets_per_week|volume_growth|chats_per|calls_per|opening_)/, 'demand'],
  [/^(live_|chat_|call_|support_hours|peak_factor)/, 'live'],
  [/cost|budget/, 'cost'],
  [/target|frt_floor|quality_weight/, 'targets'],
];

/** The template's category of a parameter, by its name. */
export function categoryOf(name: string): InputCategory {
  return CATEGORY_PATTERNS.find(([re]) => re.test(name))?.[1] ?? 'other';
}

const dateOrNull = (text: string) => (isIsoDate(text) ? text.trim() : null);
const unitOf = (name: string) => METRIC_BY_NAME.get(name)?.unit ?? '';

/** The parameter table as the record's key inputs (section 4). */
export function keyInputs(draft: WizardDraft, rows: ParameterRow[]): KeyInput[] {
  const checked = draft.inputs.checked;
  const clean = !!checked && !checked.issues.some((i) => i.severity === 'error');
  return rows.map((r) => ({
    parameter: r.name,
    category: categoryOf(r.name),
    value: r.value,
    unit: r.unit ?? PARAMETER_BY_NAME.get(r.name)?.unit ?? '',
    low: r.low ?? null,
    high: r.high ?? null,
    owner: r.owner ?? '',
    source: r.source ?? '',
    qualityNote: r.note ?? '',
    // The owner refreshes an input at the decision's review cadence.
    refreshCadence: r.owner ? draft.publish.cadence : null,
    validated: clean && !!r.source,
  }));
}

function metrics(draft: WizardDraft, b: BaselineValues): RecordContent['metrics'] {
  const { period, source, mode } = draft.baseline;
  const from = (address: string) => source || address;
  return [
    {
      metric: 'backlog_end',
      label: 'Ticket backlog',
      baseline: b.backlog,
      unit: 'tickets',
      period,
      source: from(
        mode === 'ranges' ? draft.baseline.backlog.address : draft.baseline.ticketLog.address,
      ),
    },
    {
      metric: 'frt_hours',
      label: 'First response time',
      baseline: b.frtHours,
      unit: 'hours',
      period,
      source: from(
        mode === 'ranges' ? draft.baseline.frt.address : draft.baseline.ticketLog.address,
      ),
    },
    {
      metric: 'resolution_rate',
      label: 'Resolution rate',
      baseline: b.resolutionRate,
      unit: 'share',
      period,
      source: from(
        mode === 'ranges' ? draft.baseline.resolution.address : draft.baseline.ticketLog.address,
      ),
    },
  ];
}

function optionEntries(options: OptionRun[]): RecordContent['options'] {
  return options.map((o) => {
    const m = (name: string) => {
      const v = o.run.metrics[name as keyof typeof o.run.metrics];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    const fmt = (v: number | null, digits: number) => (v === null ? 'n/a' : v.toFixed(digits));
    return {
      id: o.id,
      name: o.name,
      description: o.description,
      overrides: Object.entries(o.overrides).map(([parameter, value]) => ({
        parameter,
        value,
        unit: PARAMETER_BY_NAME.get(parameter)?.unit ?? '',
      })),
      metrics: TABLE_METRICS.map((metric) => ({ metric, value: m(metric), unit: unitOf(metric) })),
      backlogByWeek: o.run.projection.weeks.map((w) => w.backlogT1Tickets + w.backlogT2Tickets),
      costEfficiency:
        `Cost per week ${fmt(m('cost_per_week'), 0)}; ` +
        `efficiency index ${fmt(m('efficiency_index'), 1)}.`,
      serviceQuality:
        `Quality index ${fmt(m('quality_index'), 1)}; ` +
        `FRT attainment ${fmt(m('frt_attainment'), 3)}.`,
    };
  });
}

function liveModel(rows: ParameterRow[]): RecordContent['model']['liveQueueModel'] {
  const value = (n: string) => rows.find((r) => r.name === n)?.value;
  const live = [value('chats_per_week'), value('calls_per_week')].some(
    (v) => typeof v === 'number' && v > 0,
  );
  if (!live) return 'none';
  const patience = [value('chat_patience_seconds'), value('call_patience_seconds')].some(
    (v) => v !== undefined,
  );
  return patience ? 'erlangA' : 'erlangC';
}

/** The record content for the draft. */
export function recordContent(x: ContentInputs): RecordContent {
  const { draft, rows, options } = x;
  const { scope, approvals, publish, decide } = draft;
  const selected = options.find((o) => o.name === decide.selected);
  const recommended = options.find((o) => o.name === x.recommended);
  return {
    objective: { objective: scope.objective, decisionQuestion: scope.question },
    scope: {
      teams: splitList(scope.teams),
      channels: splitList(scope.channels),
      regions: splitList(scope.regions),
      horizonWeeks: parseNumberInput(scope.horizonWeeks) ?? 26,
    },
    metrics: metrics(draft, x.baseline),
    keyInputs: keyInputs(draft, rows),
    assumptions: {
      assumptions: [],
      dataOwners: [],
      qualityGaps: (draft.baseline.written?.quality ?? []).map((q) => ({
        dataset: draft.baseline.ticketLog.address || 'log',
        gap: q.reason,
        impact: `${q.rows} rows skipped`,
        plannedFix: '',
      })),
    },
    scenarios: {
      ranges: rows
        .filter((r) => typeof r.value === 'number' && r.low !== undefined && r.high !== undefined)
        .map((r) => ({
          parameter: r.name,
          low: r.low as number,
          base: r.value as number,
          high: r.high as number,
          unit: PARAMETER_BY_NAME.get(r.name)?.unit ?? '',
        })),
      triggerPoints: [],
    },
    options: optionEntries(options),
    governance: {
      constraints: splitList(approvals.constraints.replace(/,/g, ';').replace(/;/g, '\n')).map(
        (description) => ({ description, kind: 'hard' as const }),
      ),
      dependencies: approvals.dependencies
        .split('\n')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((description) => ({ description, owner: '' })),
      approvals: approvals.approvers.map((a) => ({
        approver: a.name.trim(),
        role: a.role,
        status: a.status,
        date: dateOrNull(a.date),
        comment: a.comment,
      })),
    },
    risks: {
      risks: approvals.risks
        .filter((r) => r.risk.trim() !== '')
        .map((r) => ({
          risk: r.risk.trim(),
          likelihood: 'medium' as const,
          impact: 'medium' as const,
          mitigation: r.mitigation,
          owner: '',
        })),
      monitoringCadence: publish.cadence,
      nextReviewDate: dateOrNull(publish.nextReview),
    },
    decision: {
      qualityWeight: decide.qualityWeight,
      qualityWeightRationale: decide.rationale,
      switchingQualityWeight: x.switchingWeight,
      hardConstraints: decideConstraints(decide).map((c) => ({
        metric: c.metric,
        comparison: c.comparison,
        threshold: c.threshold,
        unit: unitOf(c.metric),
      })),
      recommendation: recommended
        ? `${recommended.id}: ${recommended.name}`
        : 'No option meets the hard constraints.',
      selectedOptionId: selected?.id ?? null,
      rationale: decide.rationale,
    },
    ownership: {
      owner: scope.owner,
      checkpoints: isIsoDate(publish.nextReview)
        ? [{ date: publish.nextReview.trim(), milestone: 'Next review', done: false }]
        : [],
      reviewTriggers: publish.triggers.map((t) => ({
        metric: t.metric,
        comparison: t.comparison,
        threshold: parseNumberInput(t.threshold) ?? 0,
        unit: unitOf(t.metric),
        action: t.action.trim(),
      })),
    },
    evidence: publish.evidence.map((e) => ({
      source: e.source.trim(),
      shows: e.shows,
      date: dateOrNull(e.date),
      location: e.link,
    })),
    model: {
      addinVersion: x.addinVersion,
      liveQueueModel: liveModel(rows),
      serviceLevelDefinition:
        'Share of all offered live contacts answered within live_answer_seconds',
      units: 'weeks; hours unless named; shares 0–1; money in the workbook currency',
    },
  };
}
