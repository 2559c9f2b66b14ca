import { parseParameterTable } from '../../../src/core/params';
import { errorOf } from './helpers';

/** Canonical value of one row `[name, value, unit]` (plus context rows). */
function canonical(name: string, value: unknown, unit: string, extra: unknown[][] = []) {
  const rows = parseParameterTable([...extra, [name, value, unit]]).rows;
  return rows.find((r) => r.name === name)?.value;
}

describe('volume units (tickets_per_week, canonical tickets per week)', () => {
  it.each([
    // per open hour: × support_hours_per_week (default 40): 25 × 40 = 1000
    ['per hour', 25, 1000],
    ['tickets/hour', 25, 1000],
    // calendar day: × 7
    ['per day', 100, 700],
    ['tickets a day', 100, 700],
    ['daily', 100, 700],
    // business day: × business_days_per_week (default 5)
    ['per business day', 100, 500],
    ['tickets per working day', 100, 500],
    ['per week', 700, 700],
    ['weekly', 700, 700],
    ['', 700, 700],
    // a month is 52/12 weeks: 5200 per month × 12/52 = 1200 per week
    ['per month', 5200, 1200],
    ['monthly', 5200, 1200],
    // a quarter is 13 weeks: 13,000 / 13 = 1000
    ['per quarter', 13000, 1000],
    // a year is 52 weeks: 52,000 / 52 = 1000
    ['per year', 52000, 1000],
    ['tickets/annum', 52000, 1000],
  ])('reads %j: %d → %d per week', (unit, value, expected) => {
    expect(canonical('tickets_per_week', value, unit)).toBeCloseTo(expected, 9);
  });

  it('converts per business day with the table’s business_days_per_week (6: 100 × 6)', () => {
    const extra = [['business_days_per_week', 6]];
    expect(canonical('tickets_per_week', 100, 'per business day', extra)).toBe(600);
  });

  it('converts per hour with the table’s support_hours_per_week (50: 10 × 50)', () => {
    const extra = [['support_hours_per_week', 50]];
    expect(canonical('chats_per_week', 10, 'per hour', extra)).toBe(500);
  });

  it('reads support hours per business day as × business days (10 h × 5 = 50)', () => {
    expect(canonical('support_hours_per_week', 10, 'hours per business day')).toBe(50);
  });
});

describe('time units', () => {
  it.each([
    ['ticket_aht_minutes', 720, 'seconds', 12],
    ['ticket_aht_minutes', 720, 's', 12],
    ['ticket_aht_minutes', 12, 'minutes', 12],
    ['ticket_aht_minutes', 12, 'min', 12],
    ['ticket_aht_minutes', 0.2, 'hours', 12],
    ['chat_patience_seconds', 2, 'minutes', 120],
    ['frt_target_hours', 90, 'minutes', 1.5],
    ['frt_target_hours', 1, 'day', 24],
    // backlog_days_target is in days: 48 hours = 2 days
    ['backlog_days_target', 48, 'hours', 2],
    ['backlog_days_target', 3, 'days', 3],
    ['inhouse_hours_per_fte', 8, 'hours per business day', 40],
    ['inhouse_hours_per_fte', 37.5, 'hours/week', 37.5],
  ])('%s: %d %s → %d', (name, value, unit, expected) => {
    expect(canonical(name, value, unit)).toBeCloseTo(expected, 12);
  });
});

describe('shares and %', () => {
  it.each([
    ['inhouse_shrinkage', 25, '%', 0.25],
    ['inhouse_shrinkage', 0.25, '', 0.25],
    ['inhouse_shrinkage', '25%', '', 0.25],
    // "25%" text with Unit % as well is still 25 %, not 0.25 %
    ['inhouse_shrinkage', '25%', '%', 0.25],
    ['live_sl_target', 80, 'percent', 0.8],
  ])('%s: %j with unit %j → %d', (name, value, unit, expected) => {
    expect(canonical(name, value, unit)).toBeCloseTo(expected as number, 12);
  });

  it('compounds a monthly growth to weekly: (1 + 0.05)^(12/52) − 1', () => {
    const expected = Math.pow(1.05, 12 / 52) - 1; // 0.011322…
    expect(canonical('volume_growth_per_week', 5, '% per month')).toBeCloseTo(expected, 12);
    expect(canonical('volume_growth_per_week', '5%', 'per month')).toBeCloseTo(expected, 12);
  });
});

describe('money units', () => {
  it.each([
    ['inhouse_cost_per_hour', 30, 'USD/hour', 30],
    ['inhouse_cost_per_hour', 30, '$ per hour', 30],
    ['budget_per_week', 52000, 'per month', 12000],
    ['budget_per_week', 520000, 'EUR per year', 10000],
    ['outsourced_cost_per_ticket', 4, 'per ticket', 4],
    ['hire_cost_per_fte', 3000, 'GBP', 3000],
  ])('%s: %d %s → %d', (name, value, unit, expected) => {
    expect(canonical(name, value, unit)).toBeCloseTo(expected, 9);
  });
});

describe('counts', () => {
  it.each([
    ['inhouse_fte', 12, 'FTE', 12],
    ['horizon_weeks', 13, 'weeks', 13],
    ['opening_backlog', 400, 'tickets', 400],
    ['peak_factor', 1.3, 'x', 1.3],
    ['routing', 'inhouse_first', 'choice', 'inhouse_first'],
  ])('%s accepts %j with unit %j', (name, value, unit, expected) => {
    expect(canonical(name, value, unit)).toBe(expected);
  });
});

describe('units that do not fit', () => {
  it.each([
    ['tickets_per_week', 'minutes'],
    ['ticket_aht_minutes', 'per week'],
    ['inhouse_fte', 'hours'],
    ['inhouse_shrinkage', 'per month'],
    ['inhouse_cost_per_hour', 'per month'],
    ['tickets_per_week', '%'],
    ['routing', 'minutes'],
    ['ticket_aht_minutes', 'furlongs'],
  ])('%s refuses %j and names the units that fit', (name, unit) => {
    const e = errorOf(() => parseParameterTable([[name, 1, unit]]));
    expect(e.code).toBe('badUnit');
    expect(e.message).toContain(`Unit "${unit}" does not fit ${name} (row 1)`);
  });

  it('lists the volume units in the message', () => {
    const e = errorOf(() => parseParameterTable([['tickets_per_week', 1, 'minutes']]));
    expect(e.message).toBe(
      'Unit "minutes" does not fit tickets_per_week (row 1); use per ' +
        'hour, day, business day, week, month, quarter or year (blank = per week).',
    );
  });
});
