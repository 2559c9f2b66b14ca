/**
 * The layout of the `LBF Decision` sheet: the labels of its `Field | Value`
 * block and the titles and columns of its sections. docs/workbook-contract.md
 * documents the same table; keep them together.
 */
import type { SectionSpec } from './sectionedSheet';

export const DECISION_SHEET = 'LBF Decision';

/** Field key → the label written in column A. */
export const DECISION_FIELDS = {
  objective: 'Objective',
  decisionQuestion: 'Decision question',
  teams: 'Teams',
  channels: 'Channels',
  regions: 'Regions',
  owner: 'Owner',
  qualityWeightRationale: 'Quality weight rationale',
  monitoringCadence: 'Monitoring cadence',
  nextReviewDate: 'Next review date',
  selectedOption: 'Selected option',
  rationale: 'Rationale',
} as const;

export type DecisionFieldKey = keyof typeof DECISION_FIELDS;

const optional = { required: false } as const;

/** Sections, in the order the example writes them. */
export const DECISION_SECTIONS: SectionSpec[] = [
  {
    key: 'metrics',
    title: 'Metrics',
    columns: [
      { key: 'metric', header: 'Metric' },
      { key: 'label', header: 'Label', ...optional },
      { key: 'baseline', header: 'Baseline' },
      { key: 'unit', header: 'Unit' },
      { key: 'period', header: 'Period', ...optional },
      { key: 'source', header: 'Source' },
    ],
  },
  {
    key: 'keyInputs',
    title: 'Key inputs',
    columns: [
      { key: 'parameter', header: 'Parameter' },
      { key: 'category', header: 'Category' },
      { key: 'refresh', header: 'Refresh cadence' },
      { key: 'validated', header: 'Validated' },
    ],
  },
  {
    key: 'assumptions',
    title: 'Assumptions',
    columns: [
      { key: 'statement', header: 'Statement' },
      { key: 'owner', header: 'Owner' },
    ],
  },
  {
    key: 'dataOwners',
    title: 'Data owners',
    columns: [
      { key: 'dataset', header: 'Dataset' },
      { key: 'owner', header: 'Owner' },
    ],
  },
  {
    key: 'qualityGaps',
    title: 'Data-quality gaps',
    columns: [
      { key: 'dataset', header: 'Dataset' },
      { key: 'gap', header: 'Gap' },
      { key: 'impact', header: 'Impact', ...optional },
      { key: 'plannedFix', header: 'Planned fix', ...optional },
    ],
  },
  {
    key: 'triggerPoints',
    title: 'Trigger points',
    columns: [
      { key: 'parameter', header: 'Parameter' },
      { key: 'value', header: 'Value' },
      { key: 'unit', header: 'Unit' },
      { key: 'meaning', header: 'Meaning' },
    ],
  },
  {
    key: 'constraints',
    title: 'Constraints',
    columns: [
      { key: 'description', header: 'Description' },
      { key: 'kind', header: 'Kind' },
    ],
  },
  {
    key: 'hardConstraints',
    title: 'Hard constraints',
    columns: [
      { key: 'metric', header: 'Metric' },
      { key: 'comparison', header: 'Comparison' },
      { key: 'threshold', header: 'Threshold' },
      { key: 'unit', header: 'Unit', ...optional },
    ],
  },
  {
    key: 'dependencies',
    title: 'Dependencies',
    columns: [
      { key: 'description', header: 'Description' },
      { key: 'owner', header: 'Owner' },
    ],
  },
  {
    key: 'approvals',
    title: 'Approvals',
    columns: [
      { key: 'approver', header: 'Approver' },
      { key: 'role', header: 'Role' },
      { key: 'status', header: 'Status' },
      { key: 'date', header: 'Date' },
      { key: 'comment', header: 'Comment', ...optional },
    ],
  },
  {
    key: 'risks',
    title: 'Risks',
    columns: [
      { key: 'risk', header: 'Risk' },
      { key: 'likelihood', header: 'Likelihood' },
      { key: 'impact', header: 'Impact' },
      { key: 'mitigation', header: 'Mitigation' },
      { key: 'owner', header: 'Owner' },
    ],
  },
  {
    key: 'checkpoints',
    title: 'Checkpoints',
    columns: [
      { key: 'date', header: 'Date' },
      { key: 'milestone', header: 'Milestone' },
      { key: 'done', header: 'Done' },
    ],
  },
  {
    key: 'reviewTriggers',
    title: 'Review triggers',
    columns: [
      { key: 'metric', header: 'Metric' },
      { key: 'comparison', header: 'Comparison' },
      { key: 'threshold', header: 'Threshold' },
      { key: 'unit', header: 'Unit', ...optional },
      { key: 'action', header: 'Action' },
    ],
  },
  {
    key: 'evidence',
    title: 'Evidence',
    columns: [
      { key: 'source', header: 'Source' },
      { key: 'shows', header: 'Shows' },
      { key: 'date', header: 'Date' },
      { key: 'location', header: 'Location' },
    ],
  },
];
