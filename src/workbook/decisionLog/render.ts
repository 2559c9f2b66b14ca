/**
 * The decision-log sheet, rendered from the record as a write plan (pure):
 * a header with the record version, the add-in version and the model
 * definitions, the pitfall warnings, then the twelve sections in template
 * order with Excel tables for the lists. User text stays text (plan strings
 * are never formulas).
 */
import { checkPitfalls } from '../../core/record/pitfalls';
import { verifyHistory } from '../../core/record/history';
import { serializeRecord, type DecisionRecord } from '../../core/record/record';
import { dateToSerial } from '../values';
import type { RecordContent } from '../../core/record/sections';
import { safeDefinedName, safeSheetName } from '../address';
import type { SheetPlan, WritePlan } from '../plan';
import { recordSheetPlan } from '../recordStore';
import * as A from './sectionsA';
import * as B from './sectionsB';
import { SheetBuilder } from './sheetBuilder';

export const DEFAULT_LOG_SHEET = 'LBF Decision Log';
export const DEFAULT_TABLE_PREFIX = 'LBF_Log';
/**
 * Title, record version, add-in version and the history check stay in view
 * while scrolling and repeat at the top of every printed page.
 */
export const LOG_FROZEN_ROWS = 4;

export interface RenderOptions {
  /** Version of the add-in or command line doing the rendering, e.g. 0.1.0. */
  addinVersion: string;
  sheetName?: string;
  tablePrefix?: string;
  /** Also store the record itself (very hidden sheet) in the same plan. */
  includeRecord?: boolean;
}

const QUEUE_MODELS: Record<RecordContent['model']['liveQueueModel'], string> = {
  erlangC: 'Erlang C (M/M/n, callers wait indefinitely)',
  erlangA: 'Erlang A (M/M/n+M, callers abandon after a mean patience)',
  none: 'none (no live channels)',
};

function header(b: SheetBuilder, record: DecisionRecord, addinVersion: string): void {
  const { objective } = record.content;
  const last = record.versions[record.versions.length - 1];
  b.line(
    [`Decision log: ${objective.decisionQuestion || objective.objective || 'untitled decision'}`],
    'title',
  );
  if (last) {
    const published = dateToSerial(new Date(last.timestamp));
    b.line(
      ['Record version', last.number, 'published (UTC)', published, `by ${last.author}`],
      'label',
      [undefined, 'integer', undefined, 'datetime'],
    );
  } else b.line(['Record version', 'draft (not published)'], 'label');
  b.line(['Add-in version', `LBF ${addinVersion}`], 'label');
  historyStatus(b, record);
}

/** One line saying whether the version history verifies, styled to stand out. */
function historyStatus(b: SheetBuilder, record: DecisionRecord): void {
  const n = record.versions.length;
  const check = verifyHistory(record.versions);
  if (n === 0) {
    b.line(['History: no version published yet'], 'note');
  } else if (check.ok) {
    const versions = n === 1 ? '1 version' : `${n} versions`;
    b.line([`History verified: ${versions}, chain intact`], 'good');
  } else {
    const first = check.problems[0];
    const more = check.problems.length - 1;
    const tail = more ? ` (and ${more} more problem${more === 1 ? '' : 's'}, listed below)` : '';
    b.line([`History BROKEN at version ${first.number}: ${first.message}${tail}`], 'warning');
  }
}

function modelDefinitions(b: SheetBuilder, content: RecordContent): void {
  const m = content.model;
  b.gap();
  b.line(['Model definitions'], 'section');
  b.field('Live queue model', QUEUE_MODELS[m.liveQueueModel]);
  b.field('Service level definition', m.serviceLevelDefinition || '(not recorded)');
  b.field('Units', m.units || '(not recorded)');
  b.field('Metrics computed by', m.addinVersion ? `LBF ${m.addinVersion}` : '(not recorded)');
}

function warnings(b: SheetBuilder, record: DecisionRecord): void {
  const pitfalls = checkPitfalls(record.content).map((w) => w.message);
  const history = verifyHistory(record.versions).problems.map((p) => p.message);
  const all = [...history, ...pitfalls];
  b.gap();
  b.line([`Warnings (${all.length})`], 'section');
  if (all.length === 0) b.line(['No pitfalls found.'], 'note');
  for (const message of all) b.paragraph(message, 'warning');
}

/**
 * Table names are unique per workbook: a log on another sheet gets its own
 * prefix (LBF_ plus the sheet name) so two logs can live side by side.
 */
function defaultPrefix(sheetName: string | undefined): string {
  return sheetName === undefined || sheetName === DEFAULT_LOG_SHEET
    ? DEFAULT_TABLE_PREFIX
    : `LBF_${sheetName}`;
}

/** The decision-log sheet alone. */
export function renderDecisionLogSheet(record: DecisionRecord, options: RenderOptions): SheetPlan {
  const sheetName = safeSheetName(options.sheetName ?? DEFAULT_LOG_SHEET);
  const b = new SheetBuilder();
  const ctx = {
    b,
    content: record.content,
    sheetName,
    tablePrefix: safeDefinedName(options.tablePrefix ?? defaultPrefix(options.sheetName)),
  };
  header(b, record, options.addinVersion);
  modelDefinitions(b, record.content);
  warnings(b, record);
  for (const section of [
    A.objective,
    A.scope,
    A.metrics,
    A.keyInputs,
    A.assumptions,
    A.scenarios,
    B.options,
    B.governance,
    B.risks,
    B.decision,
    B.ownership,
  ])
    section(ctx);
  B.evidence(ctx, record.versions);
  // Charts go one column right of the widest table, so they never cover a cell.
  const chartColumn = Math.max(B.CHART_COLUMN, b.columnsUsed() + 1);
  const charts = b.charts.map((chart) => ({ ...chart, column: chartColumn }));
  return {
    name: sheetName,
    mode: 'replace',
    visibility: 'visible',
    activate: true,
    blocks: b.blocks,
    tables: b.tables,
    formats: b.formats,
    charts,
    columnWidths: b.columnWidths(),
    frozenRows: LOG_FROZEN_ROWS,
    pageSetup: { orientation: 'landscape', fitToPagesWide: 1, printTitleRows: LOG_FROZEN_ROWS },
  };
}

/**
 * The write plan of the decision log (and, with `includeRecord`, the stored
 * record), from the record alone.
 * @example renderDecisionLog(emptyRecord(), { addinVersion: '0.1.0' }).sheets[0].name
 * // 'LBF Decision Log'
 */
export function renderDecisionLog(record: DecisionRecord, options: RenderOptions): WritePlan {
  const sheets = [renderDecisionLogSheet(record, options)];
  if (options.includeRecord) sheets.push(recordSheetPlan(serializeRecord(record)));
  return { sheets };
}
