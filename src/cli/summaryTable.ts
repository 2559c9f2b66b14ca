/** The short table `lbf run` prints: one line per option. */
import type { Evaluation } from './evaluate';

export const SUMMARY_HEADER = [
  'option',
  'backlog',
  'FRT h',
  'resolution',
  'cost/week',
  'quality',
  'score',
  'recommended',
];

function number(value: number | boolean | null | undefined, digits: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function percent(value: number | boolean | null | undefined): string {
  return typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : 'n/a';
}

/** Rows of text cells, header first. */
export function summaryRows(e: Evaluation): string[][] {
  const byName = new Map(e.tradeoff.rows.map((r) => [r.name, r]));
  return [
    SUMMARY_HEADER,
    ...e.runs.map((r) => {
      const m = r.run.metrics;
      const t = byName.get(r.option.id);
      return [
        `${r.option.id} ${r.option.name}`,
        number(m.backlog_end, 0),
        number(m.frt_hours, 1),
        percent(m.resolution_rate),
        number(m.cost_per_week, 0),
        number(m.quality_index, 1),
        number(t?.score, 1),
        t?.recommended ? 'yes' : '',
      ];
    }),
  ];
}

/** Aligns rows into columns: text left, numbers right. */
export function formatTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((row, i) =>
    row
      .map((cell, c) => {
        const numeric = i > 0 && /^[-\d.,%]+$|^n\/a$/.test(cell);
        return numeric ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
      })
      .join('  ')
      .trimEnd(),
  );
}
