/** Sections 1–6 of the decision log: what is decided, on which numbers. */
import type { RecordContent } from '../../core/record/sections';
import type { PlanCell } from '../plan';
import { formatForUnit } from './formats';
import { SECTION_TITLES } from './sectionTitles';
import type { SheetBuilder } from './sheetBuilder';

/** Table names are unique per workbook: every log table carries this prefix. */
export interface SectionContext {
  b: SheetBuilder;
  content: RecordContent;
  tablePrefix: string;
  /** The log's sheet, for chart series references. */
  sheetName: string;
}

export function heading(b: SheetBuilder, index: number): void {
  b.gap();
  b.line([SECTION_TITLES[index]], 'section');
}

const list = (items: string[]): string => (items.length ? items.join(', ') : '(none)');

export function objective({ b, content }: SectionContext): void {
  heading(b, 0);
  b.field('Objective', content.objective.objective);
  b.field('Decision question', content.objective.decisionQuestion);
}

export function scope({ b, content }: SectionContext): void {
  heading(b, 1);
  b.field('Teams', list(content.scope.teams));
  b.field('Channels', list(content.scope.channels));
  b.field('Regions', list(content.scope.regions));
  b.field('Horizon (weeks)', content.scope.horizonWeeks, 'integer');
}

export function metrics({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 2);
  const table = b.table(
    `${tablePrefix}_Metrics`,
    ['Metric', 'Label', 'Baseline', 'Unit', 'Period', 'Source'],
    content.metrics.map((m) => [m.metric, m.label, m.baseline, m.unit, m.period, m.source]),
  );
  content.metrics.forEach((m, i) => b.format(table.row + 1 + i, 2, formatForUnit(m.unit)));
}

export function keyInputs({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 3);
  const rows: PlanCell[][] = content.keyInputs.map((k) => [
    k.parameter,
    k.category,
    k.value,
    k.unit,
    k.low,
    k.high,
    k.owner,
    k.source,
    k.qualityNote,
    k.refreshCadence ?? '',
    k.validated ? 'yes' : 'no',
  ]);
  const table = b.table(
    `${tablePrefix}_Inputs`,
    [
      'Parameter',
      'Category',
      'Value',
      'Unit',
      'Low',
      'High',
      'Owner',
      'Source',
      'Quality note',
      'Refresh',
      'Validated',
    ],
    rows,
  );
  content.keyInputs.forEach((k, i) => {
    const format = formatForUnit(k.unit);
    for (const column of [2, 4, 5]) b.format(table.row + 1 + i, column, format);
  });
}

export function assumptions({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 4);
  const a = content.assumptions;
  b.line(['Assumptions'], 'label');
  b.table(
    `${tablePrefix}_Assumptions`,
    ['Assumption', 'Owner'],
    a.assumptions.map((x) => [x.statement, x.owner]),
  );
  b.line(['Data owners'], 'label');
  b.table(
    `${tablePrefix}_DataOwners`,
    ['Dataset', 'Owner'],
    a.dataOwners.map((x) => [x.dataset, x.owner]),
  );
  b.line(['Data-quality gaps'], 'label');
  b.table(
    `${tablePrefix}_QualityGaps`,
    ['Dataset', 'Gap', 'Impact', 'Planned fix'],
    a.qualityGaps.map((x) => [x.dataset, x.gap, x.impact, x.plannedFix]),
  );
}

export function scenarios({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 5);
  const s = content.scenarios;
  b.line(['Scenario ranges (Low / High)'], 'label');
  const ranges = b.table(
    `${tablePrefix}_Ranges`,
    ['Parameter', 'Low', 'Base', 'High', 'Unit'],
    s.ranges.map((r) => [r.parameter, r.low, r.base, r.high, r.unit]),
  );
  s.ranges.forEach((r, i) => {
    for (const column of [1, 2, 3]) b.format(ranges.row + 1 + i, column, formatForUnit(r.unit));
  });
  b.line(['Trigger points'], 'label');
  const points = b.table(
    `${tablePrefix}_TriggerPoints`,
    ['Parameter', 'Value', 'Unit', 'Meaning'],
    s.triggerPoints.map((t) => [t.parameter, t.value, t.unit, t.meaning]),
  );
  s.triggerPoints.forEach((t, i) => b.format(points.row + 1 + i, 1, formatForUnit(t.unit)));
}
