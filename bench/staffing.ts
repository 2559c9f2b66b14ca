// Bench for issue 2: LBF.AGENTS per call across offered loads, Erlang C and A.
import { measure, type BenchRow } from './harness';
import { agentsFunction, staffingCurveFunction } from '../src/functions/staffing';

const INTERVAL_MINUTES = 30;
const AHT_SECONDS = 180;
const TARGET_SECONDS = 20;
const SERVICE_LEVEL = 0.8;
const PATIENCE_SECONDS = 300;
/** Issue 2: under 1 ms per call up to 1,000 Erlangs with Erlang C. */
const TARGET_MS_ERLANG_C = 1;

/** Contacts per 30-minute interval that offer `erlangs` at AHT 180 s. */
function contactsFor(erlangs: number): number {
  return (erlangs * INTERVAL_MINUTES * 60) / AHT_SECONDS;
}

/** Median time of one call, measured over batches so microsecond calls time well. */
function perCall(name: string, calls: number, run: () => unknown, targetMs?: number): BenchRow {
  const row = measure(
    name,
    () => {
      for (let i = 0; i < calls; i += 1) run();
    },
    { targetMs: targetMs === undefined ? undefined : targetMs * calls },
  );
  return { ...row, medianMs: row.medianMs / calls, targetMs };
}

export function staffingBench(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const erlangs of [10, 100, 1000, 10000]) {
    const contacts = contactsFor(erlangs);
    const calls = erlangs >= 10000 ? 2 : 20;
    const label = erlangs.toLocaleString('en-US');
    rows.push(
      perCall(
        `LBF.AGENTS, Erlang C, ${label} Erlangs`,
        calls,
        () =>
          agentsFunction(contacts, INTERVAL_MINUTES, AHT_SECONDS, TARGET_SECONDS, SERVICE_LEVEL),
        erlangs <= 1000 ? TARGET_MS_ERLANG_C : undefined,
      ),
    );
    rows.push(
      perCall(`LBF.AGENTS, Erlang A (patience 300 s), ${label} Erlangs`, calls, () =>
        agentsFunction(
          contacts,
          INTERVAL_MINUTES,
          AHT_SECONDS,
          TARGET_SECONDS,
          SERVICE_LEVEL,
          null,
          PATIENCE_SECONDS,
        ),
      ),
    );
  }
  rows.push(
    perCall(
      '1,000-row staffing table at 10-1,000 Erlangs (Erlang C)',
      1,
      () => {
        for (let row = 1; row <= 1000; row += 1) {
          agentsFunction(row, INTERVAL_MINUTES, AHT_SECONDS, TARGET_SECONDS, SERVICE_LEVEL);
        }
      },
      1000,
    ),
  );
  rows.push(
    perCall('LBF.STAFFINGCURVE default 11 rows, 100 Erlangs, Erlang A', 5, () =>
      staffingCurveFunction(
        contactsFor(100),
        INTERVAL_MINUTES,
        AHT_SECONDS,
        TARGET_SECONDS,
        PATIENCE_SECONDS,
      ),
    ),
  );
  return rows;
}
