import { parseParameterTable, scenarioFromTable, type Scenario } from '../../../src/core/params';

/**
 * A scenario from name → value pairs (canonical units), on top of a small
 * base: 1 week, 1000 tickets, 12-minute AHT, 5 in-house FTE × 40 h at 50 %
 * shrinkage = 100 productive hours = 500 tickets a week.
 */
export function scenarioOf(values: Record<string, number | string> = {}): Scenario {
  const base: Record<string, number | string> = {
    horizon_weeks: 1,
    tickets_per_week: 1000,
    ticket_aht_minutes: 12,
    inhouse_fte: 5,
    inhouse_shrinkage: 0.5,
  };
  const rows = Object.entries({ ...base, ...values }).map(([name, value]) => [name, value]);
  return scenarioFromTable(parseParameterTable(rows));
}
