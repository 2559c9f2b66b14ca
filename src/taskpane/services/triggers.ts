/**
 * "Check triggers": the review triggers against the mapped actuals. Actuals
 * are either a header row of metric names with one row per period (the last
 * filled row is the latest, as `lbf check` reads them) or two columns,
 * metric and value.
 */
import { METRIC_NAMES } from '../../core/model';
import { evaluateTriggers, makeTrigger, type Actuals } from '../../core/triggers';
import type { CellValues, Workbook } from '../../workbook';
import { parseNumberInput } from '../state/parse';
import type { TriggerOutcome, WizardDraft } from '../state/types';
import { readRef, refOf } from './ranges';

const KNOWN = new Set<string>(METRIC_NAMES);

/** `frt_hours (hours)` → `frt_hours`; undefined when not a metric name. */
function metricOf(cell: unknown): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const name = cell.trim().toLowerCase().split(/[\s(]/)[0];
  return KNOWN.has(name) ? name : undefined;
}

function numberOf(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string') return parseNumberInput(cell) ?? null;
  return null;
}

/** The latest actual of every metric the range holds. */
export function readActuals(values: CellValues): Actuals {
  const out: Record<string, number | null> = {};
  const longForm = values.filter((r) => metricOf(r[0]) !== undefined);
  if (longForm.length > 0 && (values[0]?.length ?? 0) <= 3 && !values[0]?.slice(1).some(metricOf)) {
    for (const r of longForm) out[metricOf(r[0]) as string] = numberOf(r[1]);
    return out;
  }
  const header = values[0] ?? [];
  const filled = values.slice(1).filter((r) => r.some((c) => c !== null && c !== ''));
  const last = filled[filled.length - 1] ?? [];
  header.forEach((h, c) => {
    const metric = metricOf(h);
    if (metric) out[metric] = numberOf(last[c]);
  });
  return out;
}

/** Each trigger of the draft, OK / FIRED / no data, against the mapped actuals. */
export async function checkTriggers(
  workbook: Workbook,
  draft: WizardDraft,
): Promise<TriggerOutcome[]> {
  const actuals = readActuals(await readRef(workbook, refOf(draft.publish.actuals.address)));
  const triggers = draft.publish.triggers.map((t) =>
    makeTrigger({ ...t, threshold: parseNumberInput(t.threshold) }, METRIC_NAMES),
  );
  return evaluateTriggers(triggers, actuals).map((r) => ({
    metric: r.trigger.metric,
    actual: r.actual ?? null,
    status: r.status === 'FIRED' ? 'fired' : r.status === 'OK' ? 'ok' : 'noData',
    action: r.trigger.action,
  }));
}
