/**
 * The wizard's draft: what the analyst has entered so far, step by step.
 * Form fields keep the text as typed (parsed on validation), so a half-typed
 * number survives a save and reopen. The draft is saved in the workbook
 * through the port; the decision record is built from it on Publish.
 */

/** Index of a step, 0 … 6. */
export type StepIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const STEP_COUNT = 7;

/** A workbook range mapped by the analyst and named `LBF_...`. */
export interface RangeMapping {
  /** Sheet-qualified A1 text, e.g. `Tickets!A1:D400`; '' when not mapped. */
  address: string;
}

export interface ScopeDraft {
  objective: string;
  question: string;
  teams: string;
  channels: string;
  regions: string;
  horizonWeeks: string;
  owner: string;
}

export type BaselineMode = 'ranges' | 'log';

/** A data-quality report line from a baseline run. */
export interface QualityLine {
  reason: string;
  rows: number;
}

/** Baseline values of the three framework metrics. */
export interface BaselineValues {
  backlog: number | null;
  frtHours: number | null;
  resolutionRate: number | null;
}

export interface BaselineDraft {
  mode: BaselineMode;
  backlog: RangeMapping;
  frt: RangeMapping;
  resolution: RangeMapping;
  ticketLog: RangeMapping;
  callLog: RangeMapping;
  frtTargetHours: string;
  period: string;
  source: string;
  /** Set when LBF has written the baseline table for the mapped log. */
  written?: {
    sheet: string;
    rowsRead: number;
    quality: QualityLine[];
    /** Baseline values the record keeps (null when the log cannot give one). */
    metrics?: BaselineValues;
  };
}

/** One problem or pitfall found in the inputs, pointing at a cell when it can. */
export interface InputIssue {
  severity: 'error' | 'warning';
  message: string;
  /** Sheet-qualified cell, e.g. `Parameters!B7`. */
  cell?: string;
}

export interface InputsDraft {
  parameters: RangeMapping;
  /** Result of the last check; undefined until checked. */
  checked?: { issues: InputIssue[]; rows: number };
}

export interface OptionOverride {
  name: string;
  value: string;
}

export interface OptionDraft {
  name: string;
  description: string;
  /** One `name = value` per line, as typed. */
  overrides: string;
}

export type Comparison = '<=' | '>=' | '<' | '>';

export interface ConfidenceDraft {
  metric: string;
  comparison: Comparison;
  threshold: string;
  draws: string;
  /** Probability per option name (0–1) and P10/P50/P90 of the metric. */
  result?: { option: string; probability: number; p10: number; p50: number; p90: number }[];
}

export interface ScenariosDraft {
  options: OptionDraft[];
  /** Set when the scenario table, projection and charts are written. */
  written?: { sheet: string };
  confidence: ConfidenceDraft;
}

export interface DecideDraft {
  qualityWeight: number;
  budgetCapPerWeek: string;
  minFrtAttainment: string;
  selected: string;
  rationale: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

export interface ApproverDraft {
  name: string;
  role: string;
  status: ApprovalStatus;
  /** yyyy-mm-dd or ''. */
  date: string;
  comment: string;
}

export interface RiskDraft {
  risk: string;
  mitigation: string;
}

export interface ApprovalsDraft {
  approvers: ApproverDraft[];
  /** One per line. */
  constraints: string;
  dependencies: string;
  risks: RiskDraft[];
}

export type Cadence = 'weekly' | 'fortnightly' | 'monthly';

export interface TriggerDraft {
  metric: string;
  comparison: Comparison;
  threshold: string;
  action: string;
}

export interface EvidenceDraft {
  source: string;
  shows: string;
  date: string;
  link: string;
}

export interface TriggerOutcome {
  metric: string;
  actual: number | null;
  status: 'ok' | 'fired' | 'noData';
  action: string;
}

export interface PublishDraft {
  cadence: Cadence;
  nextReview: string;
  triggers: TriggerDraft[];
  evidence: EvidenceDraft[];
  author: string;
  summary: string;
  actuals: RangeMapping;
  published?: { version: number; sheet: string; at: string };
  checked?: TriggerOutcome[];
}

export interface WizardDraft {
  /** Storage format version of the draft. */
  format: 1;
  step: StepIndex;
  scope: ScopeDraft;
  baseline: BaselineDraft;
  inputs: InputsDraft;
  scenarios: ScenariosDraft;
  decide: DecideDraft;
  approvals: ApprovalsDraft;
  publish: PublishDraft;
}

/** The keys of the draft that hold one step's data, in step order. */
export const STEP_KEYS = [
  'scope',
  'baseline',
  'inputs',
  'scenarios',
  'decide',
  'approvals',
  'publish',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];
