/**
 * What each step needs before Next: pure functions from a step's draft to the
 * problems keyed by field (`approvers.0.date`), worded from strings.ts.
 * An empty object means the step is complete.
 */
import { S } from '../strings';
import { overridesIssue } from './overrideIssues';
import { isIsoDate, isIsoShaped, parseNumberInput } from './parse';
import { parseRangeText } from './rangeText';
import type {
  ApprovalsDraft,
  BaselineDraft,
  DecideDraft,
  InputsDraft,
  PublishDraft,
  ScenariosDraft,
  ScopeDraft,
  WizardDraft,
  StepIndex,
} from './types';

export type FieldIssues = Record<string, string>;

const MAX_HORIZON_WEEKS = 104;
const EXTREME_LOW_WEIGHT = 0.2;
const EXTREME_HIGH_WEIGHT = 0.8;
/** A "full sentence" rationale: short enough to demand, long enough to mean something. */
const MIN_EXTREME_RATIONALE_CHARS = 20;

/** Why `text` is not a yyyy-mm-dd day: the wrong form, or a day the calendar lacks. */
function dateIssue(text: string): string {
  if (!isIsoShaped(text)) return S.v.date;
  const [year, month] = text.trim().split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return S.v.noSuchDay(text.trim(), month, year, days);
}

function required(issues: FieldIssues, key: string, text: string): void {
  if (text.trim() === '') issues[key] = S.v.required;
}

function address(issues: FieldIssues, key: string, text: string): void {
  if (text.trim() === '') issues[key] = S.v.required;
  else if (!parseRangeText(text)) issues[key] = S.v.address;
}

export function validateScope(d: ScopeDraft): FieldIssues {
  const issues: FieldIssues = {};
  required(issues, 'objective', d.objective);
  required(issues, 'question', d.question);
  required(issues, 'owner', d.owner);
  const weeks = parseNumberInput(d.horizonWeeks);
  const ok =
    weeks !== undefined && Number.isInteger(weeks) && weeks >= 1 && weeks <= MAX_HORIZON_WEEKS;
  if (!ok) issues.horizonWeeks = S.v.horizon;
  return issues;
}

export function validateBaseline(d: BaselineDraft): FieldIssues {
  const issues: FieldIssues = {};
  if (d.mode === 'ranges') {
    address(issues, 'backlog', d.backlog.address);
    address(issues, 'frt', d.frt.address);
    address(issues, 'resolution', d.resolution.address);
    return issues;
  }
  address(issues, 'ticketLog', d.ticketLog.address);
  if (d.callLog.address.trim() !== '' && !parseRangeText(d.callLog.address)) {
    issues.callLog = S.v.address;
  }
  const target = parseNumberInput(d.frtTargetHours);
  if (target === undefined || target <= 0) issues.frtTargetHours = S.v.positive;
  if (Object.keys(issues).length === 0 && !d.written) issues.write = S.v.writeFirst;
  return issues;
}

export function validateInputs(d: InputsDraft): FieldIssues {
  const issues: FieldIssues = {};
  address(issues, 'parameters', d.parameters.address);
  if (issues.parameters) return issues;
  if (!d.checked) issues.check = S.v.checkFirst;
  else if (d.checked.issues.some((i) => i.severity === 'error')) issues.check = S.v.inputErrors;
  return issues;
}

/** Problems with the options alone (used before writing them, too). */
export function validateOptions(d: ScenariosDraft): FieldIssues {
  const issues: FieldIssues = {};
  if (d.options.length < 2) issues.options = S.v.twoOptions;
  const seen = new Set<string>();
  d.options.forEach((option, i) => {
    const name = option.name.trim().toLowerCase();
    if (name === '') issues[`options.${i}.name`] = S.v.required;
    else if (seen.has(name)) issues[`options.${i}.name`] = S.v.uniqueName;
    seen.add(name);
    const overrides = overridesIssue(option.name.trim() || String(i + 1), option.overrides);
    if (overrides) issues[`options.${i}.overrides`] = overrides;
  });
  return issues;
}

export function validateScenarios(d: ScenariosDraft): FieldIssues {
  const issues = validateOptions(d);
  if (Object.keys(issues).length === 0 && !d.written) issues.write = S.v.scenariosFirst;
  return issues;
}

export function validateDecide(d: DecideDraft): FieldIssues {
  const issues: FieldIssues = {};
  required(issues, 'selected', d.selected);
  required(issues, 'rationale', d.rationale);
  const extreme = d.qualityWeight <= EXTREME_LOW_WEIGHT || d.qualityWeight >= EXTREME_HIGH_WEIGHT;
  if (extreme && !issues.rationale && d.rationale.trim().length < MIN_EXTREME_RATIONALE_CHARS) {
    issues.rationale = S.v.rationaleExtreme;
  }
  if (d.budgetCapPerWeek.trim() !== '') {
    const cap = parseNumberInput(d.budgetCapPerWeek);
    if (cap === undefined || cap <= 0) issues.budgetCapPerWeek = S.v.budget;
  }
  if (d.minFrtAttainment.trim() !== '') {
    const share = parseNumberInput(d.minFrtAttainment);
    if (share === undefined || share < 0 || share > 1) {
      issues.minFrtAttainment = S.v.attainment(d.minFrtAttainment.trim());
    }
  }
  return issues;
}

export function validateApprovals(d: ApprovalsDraft): FieldIssues {
  const issues: FieldIssues = {};
  d.approvers.forEach((a, i) => {
    required(issues, `approvers.${i}.name`, a.name);
    required(issues, `approvers.${i}.role`, a.role);
    if (a.date.trim() !== '' && !isIsoDate(a.date))
      issues[`approvers.${i}.date`] = dateIssue(a.date);
    else if (a.status !== 'pending' && a.date.trim() === '') {
      issues[`approvers.${i}.date`] = S.v.dateForStatus;
    }
  });
  if (d.approvers.length === 0) issues['approvers.0.name'] = S.v.required;
  d.risks.forEach((r, i) => {
    if (r.risk.trim() !== '' && r.mitigation.trim() === '') {
      issues[`risks.${i}.mitigation`] = S.v.mitigation;
    }
  });
  return issues;
}

export function validatePublish(d: PublishDraft): FieldIssues {
  const issues: FieldIssues = {};
  if (!isIsoDate(d.nextReview)) issues.nextReview = dateIssue(d.nextReview);
  d.triggers.forEach((t, i) => {
    required(issues, `triggers.${i}.metric`, t.metric);
    if (parseNumberInput(t.threshold) === undefined) issues[`triggers.${i}.threshold`] = S.v.number;
    required(issues, `triggers.${i}.action`, t.action);
  });
  d.evidence.forEach((e, i) => {
    required(issues, `evidence.${i}.source`, e.source);
    if (e.date.trim() !== '' && !isIsoDate(e.date))
      issues[`evidence.${i}.date`] = dateIssue(e.date);
  });
  required(issues, 'author', d.author);
  required(issues, 'summary', d.summary);
  return issues;
}

/** The problems of one step of a draft. */
export function validateStep(draft: WizardDraft, step: StepIndex): FieldIssues {
  switch (step) {
    case 0:
      return validateScope(draft.scope);
    case 1:
      return validateBaseline(draft.baseline);
    case 2:
      return validateInputs(draft.inputs);
    case 3:
      return validateScenarios(draft.scenarios);
    case 4:
      return validateDecide(draft.decide);
    case 5:
      return validateApprovals(draft.approvals);
    default:
      return validatePublish(draft.publish);
  }
}
