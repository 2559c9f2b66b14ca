/** Sections 7–12 of the decision log: options, governance, decision, follow-up. */
import type { RecordVersion } from '../../core/record/record';
import type { TablePlan } from '../plan';
import { formatForUnit, isoDateToSerial } from './formats';
import { heading, type SectionContext } from './sectionsA';
import type { RangeRef } from '../address';
import { dateToSerial } from '../values';

/** Charts sit right of the widest table; render moves them there once it is known. */
export const CHART_COLUMN = 12;
const CHART_HEIGHT_ROWS = 18;

/** Metric keys used by the scatter chart (MODEL.md section 4). */
const COST_METRIC = 'cost_per_week';
const QUALITY_METRIC = 'quality_index';

function metricKeys(ctx: SectionContext): { metric: string; unit: string }[] {
  const seen = new Map<string, string>();
  for (const o of ctx.content.options)
    for (const m of o.metrics) {
      if (!seen.has(m.metric)) seen.set(m.metric, m.unit);
    }
  return [...seen].map(([metric, unit]) => ({ metric, unit }));
}

/**
 * Options one per row (what they change and what they trade), then their
 * metric snapshot one metric per row and one column per option, so twenty
 * metrics make the log longer, not wider (it prints one page wide).
 */
export function options(ctx: SectionContext): void {
  const { b, content, tablePrefix } = ctx;
  heading(b, 6);
  b.table(
    `${tablePrefix}_Options`,
    [
      'Option',
      'Name',
      'Description',
      'Overrides',
      'Cost efficiency',
      'Service quality',
      'Decision',
    ],
    content.options.map((o) => [
      o.id,
      o.name,
      o.description,
      o.overrides.map(overrideText).join('; '),
      o.costEfficiency,
      o.serviceQuality,
      o.id === content.decision.selectedOptionId ? 'selected' : '',
    ]),
  );
  metricSnapshot(ctx);
  chartData(ctx);
}

function metricSnapshot(ctx: SectionContext): void {
  const { b, content, tablePrefix } = ctx;
  const keys = metricKeys(ctx);
  if (!keys.length) return;
  b.line(['Metric snapshot per option'], 'label');
  const table = b.table(
    `${tablePrefix}_OptionMetrics`,
    ['Metric', 'Unit', ...content.options.map((o) => `Option ${o.id}`)],
    keys.map((k) => [
      k.metric,
      k.unit,
      ...content.options.map((o) => o.metrics.find((m) => m.metric === k.metric)?.value ?? null),
    ]),
  );
  keys.forEach((k, i) => {
    const format = formatForUnit(k.unit);
    content.options.forEach((_, c) => b.format(table.row + 1 + i, 2 + c, format));
  });
}

/** Units that name a kind of value rather than a quantity: not written after a choice. */
const NOT_UNITS = /^(choice|option|text|name|yes\/no|boolean|flag)$/i;

/**
 * An override as the log writes it: `agents = 4 FTE`, but `routing =
 * inhouse_first` (a choice has no unit to show).
 * @example overrideText({ parameter: 'routing', value: 'inhouse_first', unit: 'choice' })
 * // 'routing = inhouse_first'
 */
export function overrideText(o: {
  parameter: string;
  value: number | string;
  unit: string;
}): string {
  const unit = o.unit.trim();
  const showUnit = unit !== '' && typeof o.value === 'number' && !NOT_UNITS.test(unit);
  return `${o.parameter} = ${o.value}${showUnit ? ` ${unit}` : ''}`;
}

function columnRef(t: TablePlan, sheet: string, column: number): RangeRef {
  return { sheet, row: t.row + 1, column: t.column + column, rows: t.rows.length, columns: 1 };
}

function chartData(ctx: SectionContext): void {
  const { b, content, tablePrefix, sheetName: sheet } = ctx;
  const withBacklog = content.options.filter((o) => o.backlogByWeek.length > 0);
  const top = b.row;
  if (withBacklog.length) {
    b.line(['Chart data: backlog by week (tickets)'], 'label');
    const weeks = Math.max(...withBacklog.map((o) => o.backlogByWeek.length));
    const t = b.table(
      `${tablePrefix}_BacklogByWeek`,
      ['Week', ...withBacklog.map((o) => o.id)],
      Array.from({ length: weeks }, (_, w) => [
        w + 1,
        ...withBacklog.map((o) => o.backlogByWeek[w] ?? null),
      ]),
      ['integer', ...withBacklog.map(() => 'integer' as const)],
    );
    b.charts.push({
      kind: 'line',
      title: 'Backlog by week per option',
      row: top,
      column: CHART_COLUMN,
      xAxisTitle: 'Week',
      yAxisTitle: 'Backlog (tickets)',
      series: withBacklog.map((o, i) => ({
        name: `${o.id} ${o.name}`,
        x: columnRef(t, sheet, 0),
        y: columnRef(t, sheet, i + 1),
      })),
    });
  }
  scatterData(ctx, sheet, top + CHART_HEIGHT_ROWS);
}

function scatterData(ctx: SectionContext, sheet: string, chartRow: number): void {
  const { b, content, tablePrefix } = ctx;
  const value = (o: (typeof content.options)[number], key: string) =>
    o.metrics.find((m) => m.metric === key)?.value ?? null;
  const points = content.options.filter(
    (o) => value(o, COST_METRIC) !== null && value(o, QUALITY_METRIC) !== null,
  );
  if (!points.length) return;
  b.line(['Chart data: cost per week against quality index'], 'label');
  const t = b.table(
    `${tablePrefix}_CostQuality`,
    ['Option', 'Cost per week', 'Quality index'],
    points.map((o) => [o.id, value(o, COST_METRIC), value(o, QUALITY_METRIC)]),
    [undefined, 'money', 'decimal1'],
  );
  b.charts.push({
    kind: 'scatter',
    title: 'Cost per week against quality index',
    row: chartRow,
    column: CHART_COLUMN,
    xAxisTitle: 'Cost per week',
    yAxisTitle: 'Quality index (0–100)',
    series: points.map((o, i) => ({
      name: `${o.id} ${o.name}`,
      x: { sheet, row: t.row + 1 + i, column: t.column + 1, rows: 1, columns: 1 },
      y: { sheet, row: t.row + 1 + i, column: t.column + 2, rows: 1, columns: 1 },
    })),
  });
}

export function governance({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 7);
  const g = content.governance;
  b.line(['Constraints'], 'label');
  b.table(
    `${tablePrefix}_Constraints`,
    ['Constraint', 'Kind'],
    g.constraints.map((c) => [c.description, c.kind]),
  );
  b.line(['Dependencies'], 'label');
  b.table(
    `${tablePrefix}_Dependencies`,
    ['Dependency', 'Owner'],
    g.dependencies.map((d) => [d.description, d.owner]),
  );
  b.line(['Approvals'], 'label');
  b.table(
    `${tablePrefix}_Approvals`,
    ['Approver', 'Role', 'Status', 'Date', 'Comment'],
    g.approvals.map((a) => [a.approver, a.role, a.status, isoDateToSerial(a.date), a.comment]),
    [undefined, undefined, undefined, 'date'],
  );
}

export function risks({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 8);
  const r = content.risks;
  b.table(
    `${tablePrefix}_Risks`,
    ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner'],
    r.risks.map((x) => [x.risk, x.likelihood, x.impact, x.mitigation, x.owner]),
  );
  b.field('Monitoring cadence', r.monitoringCadence ?? '(not set)');
  b.field('Next review', isoDateToSerial(r.nextReviewDate) ?? '(not set)', 'date');
}

export function decision({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 9);
  const d = content.decision;
  b.field('Quality weight', d.qualityWeight, 'weight');
  b.field('Weight rationale', d.qualityWeightRationale);
  b.field(
    'Weight at which the recommendation changes',
    d.switchingQualityWeight ?? '(none between 0 and 1)',
    'weight',
  );
  b.line(['Hard constraints'], 'label');
  b.table(
    `${tablePrefix}_HardConstraints`,
    ['Metric', 'Comparison', 'Threshold', 'Unit'],
    d.hardConstraints.map((h) => [h.metric, h.comparison, h.threshold, h.unit]),
  );
  b.field('Recommendation', d.recommendation);
  b.field('Selected option', d.selectedOptionId ?? '(none yet)');
  b.field('Rationale', d.rationale);
}

export function ownership({ b, content, tablePrefix }: SectionContext): void {
  heading(b, 10);
  const o = content.ownership;
  b.field('Owner', o.owner);
  b.line(['Timeline checkpoints'], 'label');
  b.table(
    `${tablePrefix}_Checkpoints`,
    ['Date', 'Milestone', 'Done'],
    o.checkpoints.map((c) => [isoDateToSerial(c.date), c.milestone, c.done ? 'yes' : 'no']),
    ['date'],
  );
  b.line(['Review triggers'], 'label');
  b.table(
    `${tablePrefix}_Triggers`,
    ['Metric', 'Comparison', 'Threshold', 'Unit', 'Action'],
    o.reviewTriggers.map((t) => [t.metric, t.comparison, t.threshold, t.unit, t.action]),
  );
}

export function evidence(
  { b, content, tablePrefix }: SectionContext,
  versions: readonly RecordVersion[],
): void {
  heading(b, 11);
  b.line(['Evidence log'], 'label');
  b.table(
    `${tablePrefix}_Evidence`,
    ['Source', 'What it shows', 'Date', 'Range or link'],
    content.evidence.map((e) => [e.source, e.shows, isoDateToSerial(e.date), e.location]),
    [undefined, undefined, 'date'],
  );
  b.line(['Version history'], 'label');
  b.table(
    `${tablePrefix}_Versions`,
    ['Version', 'Published (UTC)', 'Author', 'Summary', 'SHA-256', 'Previous SHA-256'],
    versions.map((v) => [
      v.number,
      dateToSerial(new Date(v.timestamp)),
      v.author,
      v.summary,
      v.hash,
      v.previousHash,
    ]),
    ['integer', 'datetime'],
  );
}
