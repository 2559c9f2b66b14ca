/**
 * A small benchmark harness: runs a case repeatedly and reports the median
 * time per call, so figures are stable on a shared two-core machine.
 */
export interface BenchRow {
  name: string;
  medianMs: number;
  /** Target in milliseconds, when the issue sets one. */
  targetMs?: number;
  note?: string;
}

export function measure(
  name: string,
  run: () => unknown,
  options: { repeats?: number; targetMs?: number; note?: string } = {},
): BenchRow {
  const repeats = options.repeats ?? 21;
  run(); // warm-up: the first call pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)],
    targetMs: options.targetMs,
    note: options.note,
  };
}

export function printRows(title: string, rows: BenchRow[]): void {
  process.stdout.write(`\n${title}\n`);
  for (const row of rows) {
    const target =
      row.targetMs === undefined
        ? ''
        : ` (target < ${row.targetMs} ms: ` + `${row.medianMs < row.targetMs ? 'met' : 'MISSED'})`;
    const note = row.note ? `  ${row.note}` : '';
    process.stdout.write(
      `  ${row.name.padEnd(58)} ${row.medianMs.toFixed(3).padStart(10)} ms` + `${target}${note}\n`,
    );
  }
}
