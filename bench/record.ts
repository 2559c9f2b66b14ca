// Decision record, decision-log render and the two adapters (issue 5).
import { measure, type BenchRow } from './harness';
import {
  emptyContent,
  publishVersion,
  sha256Hex,
  verifyHistory,
  emptyRecord,
} from '../src/core/record';
import { renderDecisionLog } from '../src/workbook/decisionLog';
import { batchOps, planOps } from '../src/excel/ops';
import { XlsxWorkbook } from '../src/xlsx';

async function measureAsync(
  name: string,
  run: () => Promise<unknown>,
  repeats = 7,
  note?: string,
): Promise<BenchRow> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)], note };
}

function sampleRecord() {
  const content = emptyContent();
  content.options = ['A', 'B', 'C'].map((id) => ({
    id,
    name: `Option ${id}`,
    description: 'bench',
    overrides: [],
    metrics: [
      { metric: 'cost_per_week', value: 20_000, unit: 'money per week' },
      { metric: 'quality_index', value: 70, unit: 'index' },
    ],
    backlogByWeek: Array.from({ length: 52 }, (_, w) => 600 - w),
    costEfficiency: '',
    serviceQuality: '',
  }));
  content.evidence = Array.from({ length: 200 }, (_, i) => ({
    source: `Source ${i}`,
    shows: 'x'.repeat(80),
    date: '2025-01-01',
    location: 'A1:B2',
  }));
  let versions = publishVersion([], content, 'bench', 'v1', new Date(0));
  for (let v = 2; v <= 20; v += 1)
    versions = publishVersion(versions, content, 'bench', `v${v}`, new Date(v));
  return { ...emptyRecord(), content, versions };
}

export async function recordBench(): Promise<BenchRow[]> {
  const megabyte = 'a'.repeat(1_000_000);
  const record = sampleRecord();
  const plan = renderDecisionLog(record, { addinVersion: 'bench', includeRecord: true });
  const bigRows = Array.from({ length: 400 }, () => ['x'.repeat(30_000)]);
  const bigPlan = {
    sheets: [
      { name: 'Big', mode: 'create' as const, blocks: [{ row: 0, column: 0, values: bigRows }] },
    ],
  };
  const batches = batchOps(planOps(bigPlan, { sheets: [], names: [] })).length;
  return [
    measure('sha256Hex, 1,000,000 characters', () => sha256Hex(megabyte), { repeats: 5 }),
    measure('verifyHistory, 20 versions', () => verifyHistory(record.versions), { repeats: 5 }),
    measure('renderDecisionLog, 3 options x 52 weeks, 200 evidence rows', () =>
      renderDecisionLog(record, { addinVersion: 'bench', includeRecord: true }),
    ),
    measure(
      'Office ops for a 12 MB plan (plan + batch)',
      () => batchOps(planOps(bigPlan, { sheets: [], names: [] })),
      { repeats: 5, note: `${batches} write batches, ${batches + 1} syncs` },
    ),
    await measureAsync('ExcelJS: execute that log + record, save to bytes', async () => {
      const book = XlsxWorkbook.create();
      await book.execute(plan);
      return book.save();
    }),
  ];
}
