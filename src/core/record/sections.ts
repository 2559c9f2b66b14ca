/**
 * The twelve sections of the decision-record template, each a typed zod
 * schema (no free-form blobs). Text fields hold what the analyst typed; the
 * decision-log sheet writes them as text, never as formulas.
 */
import { z } from 'zod';
import type { Comparison } from '../triggers/comparison';

const text = z.string();
const name = z.string().min(1);
/** A calendar date as `YYYY-MM-DD`; null while not yet known. */
export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: 'a date written YYYY-MM-DD, e.g. 2025-03-31',
});
const share = z.number().min(0).max(1);
const finite = z.number().refine(Number.isFinite, { message: 'a finite number' });

export const cadences = ['weekly', 'fortnightly', 'monthly'] as const;
/** The comparisons of src/core/triggers, so a trigger here is a trigger there. */
export const comparisons = ['<', '<=', '>', '>='] as const satisfies readonly Comparison[];
export const inputCategories = [
  'self_serve',
  'staffing',
  'escalation',
  'demand',
  'live',
  'cost',
  'targets',
  'other',
] as const;

/** 1. Objective and the decision question. */
export const objectiveSection = z.strictObject({
  objective: text,
  decisionQuestion: text,
});

/** 2. Scope and horizon. */
export const scopeSection = z.strictObject({
  teams: z.array(name),
  channels: z.array(name),
  regions: z.array(name),
  horizonWeeks: z.number().int().min(1).max(520),
});

/** 3. One baselined metric: backlog, first response time, resolution rate, live SL. */
export const metricBaseline = z.strictObject({
  /** Metric key as in the model (`backlog_end`, `frt_hours`, `resolution_rate`, …). */
  metric: name,
  label: text,
  /** Baseline value in `unit`; null while not baselined. */
  baseline: finite.nullable(),
  unit: text,
  /** The period the baseline covers, e.g. `2025-01-06 to 2025-03-30`. */
  period: text,
  source: text,
});

/** 4. One key input: a row of the parameter table, snapshotted. */
export const keyInput = z.strictObject({
  parameter: name,
  category: z.enum(inputCategories),
  value: z.union([finite, text]),
  unit: text,
  low: finite.nullable(),
  high: finite.nullable(),
  owner: text,
  source: text,
  qualityNote: text,
  /** How often the owner refreshes it; null when nobody does. */
  refreshCadence: z.enum(cadences).nullable(),
  /** True once the value has been checked against data by its owner. */
  validated: z.boolean(),
});

/** 5. Baseline assumptions, data owners and documented data-quality gaps. */
export const assumptionsSection = z.strictObject({
  assumptions: z.array(z.strictObject({ statement: name, owner: text })),
  dataOwners: z.array(z.strictObject({ dataset: name, owner: text })),
  qualityGaps: z.array(
    z.strictObject({
      dataset: name,
      gap: name,
      impact: text,
      plannedFix: text,
    }),
  ),
});

/** 6. Scenario ranges (Low / High) and trigger points. */
export const scenariosSection = z.strictObject({
  ranges: z.array(
    z.strictObject({
      parameter: name,
      low: finite,
      base: finite,
      high: finite,
      unit: text,
    }),
  ),
  triggerPoints: z.array(
    z.strictObject({
      parameter: name,
      value: finite,
      unit: text,
      meaning: text,
    }),
  ),
});

/** 7. One option (A, B, C …): overrides, metric snapshot, trade-off statement. */
export const optionEntry = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]{0,3}$/, { message: 'an option letter such as A, B or C' }),
  name: name,
  description: text,
  overrides: z.array(
    z.strictObject({ parameter: name, value: z.union([finite, text]), unit: text }),
  ),
  metrics: z.array(z.strictObject({ metric: name, value: finite.nullable(), unit: text })),
  /** Weekly backlog (tickets, weeks 1 … H) for the backlog chart; empty if not run. */
  backlogByWeek: z.array(finite),
  costEfficiency: text,
  serviceQuality: text,
});

/** 8. Constraints, dependencies and governance approvals. */
export const governanceSection = z.strictObject({
  constraints: z.array(z.strictObject({ description: name, kind: z.enum(['hard', 'soft']) })),
  dependencies: z.array(z.strictObject({ description: name, owner: text })),
  approvals: z.array(
    z.strictObject({
      approver: name,
      role: text,
      status: z.enum(['pending', 'approved', 'rejected']),
      date: isoDate.nullable(),
      comment: text,
    }),
  ),
});

const level = z.enum(['low', 'medium', 'high']);

/** 9. Risks, mitigations and the monitoring cadence. */
export const risksSection = z.strictObject({
  risks: z.array(
    z.strictObject({
      risk: name,
      likelihood: level,
      impact: level,
      mitigation: text,
      owner: text,
    }),
  ),
  monitoringCadence: z.enum(cadences).nullable(),
  nextReviewDate: isoDate.nullable(),
});

/** A metric compared with a threshold: a hard constraint or a review trigger. */
export const metricRule = z.strictObject({
  metric: name,
  comparison: z.enum(comparisons),
  threshold: finite,
  unit: text,
});

/** 10. Decision criteria, recommendation, selected option and rationale. */
export const decisionSection = z.strictObject({
  /** Weight of the quality index in the score, 0–1 (MODEL.md section 4). */
  qualityWeight: share,
  qualityWeightRationale: text,
  /** Quality weight at which the recommended option would change; null if none in 0–1. */
  switchingQualityWeight: share.nullable(),
  hardConstraints: z.array(metricRule),
  recommendation: text,
  selectedOptionId: z.string().nullable(),
  rationale: text,
});

/** 11. Owner, timeline checkpoints and review triggers. */
export const ownershipSection = z.strictObject({
  owner: text,
  checkpoints: z.array(z.strictObject({ date: isoDate, milestone: name, done: z.boolean() })),
  reviewTriggers: z.array(metricRule.extend({ action: name })),
});

/** 12. Evidence log (the version history lives beside the content). */
export const evidenceEntry = z.strictObject({
  source: name,
  shows: text,
  date: isoDate.nullable(),
  /** A workbook range (`'Call log'!A1:F900`) or a link. */
  location: text,
});

/** Which model produced the option snapshots, shown in the log. */
export const modelInfo = z.strictObject({
  addinVersion: text,
  liveQueueModel: z.enum(['erlangC', 'erlangA', 'none']),
  serviceLevelDefinition: text,
  units: text,
});

/** The content of a record: the twelve template sections plus the model used. */
export const recordContent = z.strictObject({
  objective: objectiveSection,
  scope: scopeSection,
  metrics: z.array(metricBaseline),
  keyInputs: z.array(keyInput),
  assumptions: assumptionsSection,
  scenarios: scenariosSection,
  options: z.array(optionEntry),
  governance: governanceSection,
  risks: risksSection,
  decision: decisionSection,
  ownership: ownershipSection,
  evidence: z.array(evidenceEntry),
  model: modelInfo,
});

export type RecordContent = z.infer<typeof recordContent>;
export type MetricBaseline = z.infer<typeof metricBaseline>;
export type KeyInput = z.infer<typeof keyInput>;
export type OptionEntry = z.infer<typeof optionEntry>;
export type MetricRule = z.infer<typeof metricRule>;
export type ReviewTrigger = RecordContent['ownership']['reviewTriggers'][number];
export type Approval = RecordContent['governance']['approvals'][number];
export type EvidenceEntry = z.infer<typeof evidenceEntry>;
export type Cadence = (typeof cadences)[number];
export type InputCategory = (typeof inputCategories)[number];
