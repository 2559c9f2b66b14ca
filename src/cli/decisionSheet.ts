/**
 * Reads the `LBF Decision` sheet into the parts of a decision record that an
 * analyst writes (text, approvals, triggers, evidence …). The parts LBF
 * computes (options, metrics snapshots, recommendation) are added by `run`.
 */
import {
  cadences,
  inputCategories,
  type Cadence,
  type InputCategory,
  type RecordContent,
} from '../core/record';
import {
  readBoolean,
  readChoice,
  readIsoDate,
  readList,
  readNumber,
  readRequiredNumber,
  readRequiredText,
  readText,
} from './cellReaders';
import { METRIC_NAMES } from '../core/model';
import { PARAMETER_BY_NAME, PARAMETERS, nearestName, normalizeName } from '../core/params';
import { checkMetricName, parseComparison } from '../core/triggers';
import { inputError, withLocation } from './cliError';
import { thresholdInMetricUnit } from './metricUnits';
import { DECISION_FIELDS, DECISION_SECTIONS, type DecisionFieldKey } from './decisionLayout';
import { readSectionedSheet, type SectionRow } from './sectionedSheet';
import type { Grid } from './sheetGrid';

/** How one parameter is kept: category, refresh cadence and whether it was validated. */
export interface KeyInputMeta {
  category: InputCategory;
  refreshCadence: Cadence | null;
  validated: boolean;
}

type C = RecordContent;

/** What the sheet gives: every analyst-written part of the record. */
export interface DecisionInput {
  objective: C['objective'];
  scope: Omit<C['scope'], 'horizonWeeks'>;
  metrics: C['metrics'];
  keyInputMeta: Map<string, KeyInputMeta>;
  assumptions: C['assumptions'];
  triggerPoints: C['scenarios']['triggerPoints'];
  governance: C['governance'];
  risks: C['risks'];
  qualityWeightRationale: string;
  hardConstraints: C['decision']['hardConstraints'];
  selectedOptionId: string | null;
  rationale: string;
  ownership: C['ownership'];
  evidence: C['evidence'];
}

const LEVELS = ['low', 'medium', 'high'] as const;
const STATUSES = ['pending', 'approved', 'rejected'] as const;

/** Reads and checks the sheet; every problem names the cell and the fix. */
export function readDecisionSheet(grid: Grid): DecisionInput {
  const sheet = readSectionedSheet(grid, DECISION_FIELDS, DECISION_SECTIONS);
  const field = (key: DecisionFieldKey) => sheet.fields[key]?.value ?? null;
  const where = (key: DecisionFieldKey) => sheet.fields[key]?.where ?? grid.sheet;
  const rows = (key: string): SectionRow[] => sheet.sections[key] ?? [];
  return {
    objective: {
      objective: readText(field('objective')),
      decisionQuestion: readText(field('decisionQuestion')),
    },
    scope: {
      teams: readList(field('teams')),
      channels: readList(field('channels')),
      regions: readList(field('regions')),
    },
    metrics: rows('metrics').map(readMetric),
    keyInputMeta: new Map(rows('keyInputs').map(readKeyInputMeta)),
    assumptions: {
      assumptions: rows('assumptions').map((r) => ({
        statement: req(r, 'statement', 'Statement'),
        owner: readText(r.cells.owner),
      })),
      dataOwners: rows('dataOwners').map((r) => ({
        dataset: req(r, 'dataset', 'Dataset'),
        owner: readText(r.cells.owner),
      })),
      qualityGaps: rows('qualityGaps').map((r) => ({
        dataset: req(r, 'dataset', 'Dataset'),
        gap: req(r, 'gap', 'Gap'),
        impact: readText(r.cells.impact),
        plannedFix: readText(r.cells.plannedFix),
      })),
    },
    triggerPoints: rows('triggerPoints').map((r) => ({
      parameter: req(r, 'parameter', 'Parameter'),
      unit: readText(r.cells.unit),
      value: readRequiredNumber(r.cells.value, r.where('value'), 'Value'),
      meaning: readText(r.cells.meaning),
    })),
    governance: {
      constraints: rows('constraints').map((r) => ({
        description: req(r, 'description', 'Description'),
        kind:
          readChoice(r.cells.kind, r.where('kind'), 'Kind', ['hard', 'soft'] as const) ?? 'soft',
      })),
      dependencies: rows('dependencies').map((r) => ({
        description: req(r, 'description', 'Description'),
        owner: readText(r.cells.owner),
      })),
      approvals: rows('approvals').map(readApproval),
    },
    risks: {
      risks: rows('risks').map(readRisk),
      monitoringCadence:
        readChoice(
          field('monitoringCadence'),
          where('monitoringCadence'),
          'Monitoring cadence',
          cadences,
        ) ?? null,
      nextReviewDate: readIsoDate(
        field('nextReviewDate'),
        where('nextReviewDate'),
        'Next review date',
      ),
    },
    qualityWeightRationale: readText(field('qualityWeightRationale')),
    hardConstraints: rows('hardConstraints').map(readRule),
    selectedOptionId: readText(field('selectedOption')) || null,
    rationale: readText(field('rationale')),
    ownership: {
      owner: readText(field('owner')),
      checkpoints: rows('checkpoints').map((r) => ({
        date: readIsoDate(r.cells.date, r.where('date'), 'Date') ?? missing(r, 'date', 'Date'),
        milestone: req(r, 'milestone', 'Milestone'),
        done: readBoolean(r.cells.done, r.where('done'), 'Done'),
      })),
      reviewTriggers: rows('reviewTriggers').map((r) => ({
        ...readRule(r),
        action: req(r, 'action', 'Action'),
      })),
    },
    evidence: rows('evidence').map((r) => ({
      source: req(r, 'source', 'Source'),
      shows: readText(r.cells.shows),
      date: readIsoDate(r.cells.date, r.where('date'), 'Date'),
      location: readText(r.cells.location),
    })),
  };
}

function req(row: SectionRow, key: string, column: string): string {
  return readRequiredText(row.cells[key] ?? null, row.where(key), column);
}

function missing(row: SectionRow, key: string, column: string): never {
  return inputError(`${row.where(key)} (${column}) is empty; write a date YYYY-MM-DD.`);
}

function readMetric(r: SectionRow): C['metrics'][number] {
  return {
    metric: req(r, 'metric', 'Metric'),
    label: readText(r.cells.label ?? null),
    baseline: readNumber(r.cells.baseline, r.where('baseline'), 'Baseline') ?? null,
    unit: readText(r.cells.unit),
    period: readText(r.cells.period ?? null),
    source: readText(r.cells.source),
  };
}

function readKeyInputMeta(r: SectionRow): [string, KeyInputMeta] {
  const category =
    readChoice(r.cells.category, r.where('category'), 'Category', inputCategories) ?? 'other';
  return [
    keyInputName(r),
    {
      category,
      refreshCadence:
        readChoice(r.cells.refresh, r.where('refresh'), 'Refresh cadence', cadences) ?? null,
      validated: readBoolean(r.cells.validated, r.where('validated'), 'Validated'),
    },
  ];
}

function keyInputName(r: SectionRow): string {
  const typed = req(r, 'parameter', 'Parameter');
  const name = normalizeName(typed);
  if (PARAMETER_BY_NAME.has(name)) return name;
  const suggestion = nearestName(
    name,
    PARAMETERS.map((d) => d.name),
  );
  return inputError(
    `${r.where('parameter')} (Parameter): ${JSON.stringify(typed)} is not a ` +
      `parameter name${suggestion ? `; did you mean ${suggestion}?` : '.'} Key inputs are ` +
      'parameters of "LBF Parameters" (LBF.PARAMETERS() lists every name).',
  );
}

function readApproval(r: SectionRow): C['governance']['approvals'][number] {
  return {
    approver: req(r, 'approver', 'Approver'),
    role: readText(r.cells.role),
    status: readChoice(r.cells.status, r.where('status'), 'Status', STATUSES) ?? 'pending',
    date: readIsoDate(r.cells.date, r.where('date'), 'Date'),
    comment: readText(r.cells.comment ?? null),
  };
}

function readRisk(r: SectionRow): C['risks']['risks'][number] {
  const level = (key: string, column: string) =>
    readChoice(r.cells[key], r.where(key), column, LEVELS) ?? 'medium';
  return {
    risk: req(r, 'risk', 'Risk'),
    likelihood: level('likelihood', 'Likelihood'),
    impact: level('impact', 'Impact'),
    mitigation: readText(r.cells.mitigation),
    owner: readText(r.cells.owner),
  };
}

function readRule(r: SectionRow): C['decision']['hardConstraints'][number] {
  const comparison = withLocation(r.where('comparison'), () =>
    parseComparison('Comparison', r.cells.comparison),
  );
  const metric = withLocation(r.where('metric'), () =>
    checkMetricName('metric', req(r, 'metric', 'Metric'), METRIC_NAMES),
  );
  const typed = readRequiredNumber(r.cells.threshold, r.where('threshold'), 'Threshold');
  const { threshold, unit } = thresholdInMetricUnit(
    metric,
    typed,
    readText(r.cells.unit ?? null),
    r.where('unit'),
    r.where('threshold'),
  );
  return { metric, comparison, threshold, unit };
}
