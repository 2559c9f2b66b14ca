import {
  PARAMETER_BY_NAME,
  scenarioFromTable,
  parseParameterTable,
} from '../../../src/core/params';
import { errorOf, REQUIRED_ROWS } from './helpers';

/*
 * Ranges that keep every model figure finite (issue: overflow killed whole
 * SCENARIO rows). Each bound is tested at the edge and just past it.
 */
const build = (over: Record<string, number>) =>
  scenarioFromTable(parseParameterTable(REQUIRED_ROWS), over);

describe('parameter ranges: ceilings and floors', () => {
  it.each([
    ['tickets_per_week', 1e9, 1.000001e9, 'a number ≥ 0 and ≤ 1000000000'],
    ['chats_per_week', 1e9, 2e9, 'a number ≥ 0 and ≤ 1000000000'],
    ['opening_backlog', 1e9, 1e10, 'a number ≥ 0 and ≤ 1000000000'],
    ['inhouse_fte', 1e6, 1000001, 'a number ≥ 0 and ≤ 1000000'],
    ['inhouse_new_hires', 1e6, 1e308, 'a number ≥ 0 and ≤ 1000000'],
    ['inhouse_cost_per_hour', 1e12, 1e308, 'a number ≥ 0 and ≤ 1000000000000'],
    ['self_serve_cost_per_week', 1e12, 1e308, 'a number ≥ 0 and ≤ 1000000000000'],
    ['budget_per_week', 1e12, 2e12, 'a number ≥ 0 and ≤ 1000000000000'],
  ])('%s accepts %d and refuses %d', (name, edge, past, range) => {
    expect(build({ [name]: edge, chat_aht_minutes: 5 })[name as 'tickets_per_week']).toBe(edge);
    const e = errorOf(() => build({ [name]: past, chat_aht_minutes: 5 }));
    expect(e.message).toBe(
      `${name} (override) must be ${range}; got ${past}. ` +
        `(${name} is in ${PARAMETER_BY_NAME.get(name)!.unit}.)`,
    );
  });

  it.each([
    ['ticket_aht_minutes', 0.1, 1e-310, 'a number ≥ 0.1 and ≤ 1440'],
    ['inhouse_hours_per_fte', 0.1, 1e-310, 'a number ≥ 0.1 and ≤ 168'],
    ['support_hours_per_week', 0.1, 0.0999, 'a number ≥ 0.1 and ≤ 168'],
    ['inhouse_aht_factor', 0.1, 0.05, 'a number ≥ 0.1 and ≤ 10'],
    ['chat_patience_seconds', 1, 0.5, 'a number ≥ 1 and ≤ 86400'],
  ])('%s accepts the floor %d and refuses %d below it', (name, edge, past, range) => {
    expect(build({ [name]: edge })[name as 'ticket_aht_minutes']).toBe(edge);
    expect(errorOf(() => build({ [name]: past })).message).toMatch(
      `${name} (override) must be ${range}; got ${past}.`,
    );
  });

  it('keeps 0 FTE and 0 tickets valid (a floor applies only where a value divides)', () => {
    expect(build({ inhouse_fte: 0, tickets_per_week: 0 }).inhouse_fte).toBe(0);
  });
});

describe('volume growth over the horizon', () => {
  it('refuses growth that takes a volume past 1e12 a week by the last week', () => {
    // 1000 × 2^519 = 1000 × 1.7161e156 ≈ 1.72e159 tickets in week 520.
    const e = errorOf(() => build({ volume_growth_per_week: 1, horizon_weeks: 520 }));
    expect(e.argument).toBe('volume_growth_per_week');
    expect(e.message).toBe(
      'volume_growth_per_week must be small enough that tickets_per_week (1000) stays at ' +
        'most 1000000000000 a week over horizon_weeks (520); compounded it reaches 1.72e+159 ' +
        'by week 520; got 1. Use a lower growth or a shorter horizon_weeks.',
    );
  });

  it('accepts growth just within the ceiling and refuses it just past', () => {
    // 1000 × (1 + g)^99 = 1e12 ⇔ g = 1e9^(1/99) − 1 = 0.23285…
    const g = Math.pow(1e9, 1 / 99) - 1;
    expect(build({ volume_growth_per_week: g * 0.999, horizon_weeks: 100 }).horizon_weeks).toBe(
      100,
    );
    expect(
      errorOf(() => build({ volume_growth_per_week: g * 1.001, horizon_weeks: 100 })).argument,
    ).toBe('volume_growth_per_week');
  });

  it('checks the largest volume: chats may be the one that grows too far', () => {
    const chats = { chats_per_week: 1e8, chat_aht_minutes: 5, volume_growth_per_week: 0.5 };
    // 1e8 × 1.5^19 = 1e8 × 2216.8 = 2.2e11 ≤ 1e12: accepted at 20 weeks;
    // 1e8 × 1.5^23 = 1e8 × 11222.7 = 1.12e12 > 1e12: refused at 24, naming chats_per_week.
    expect(build({ ...chats, horizon_weeks: 20 }).chats_per_week).toBe(1e8);
    expect(errorOf(() => build({ ...chats, horizon_weeks: 24 })).message).toMatch(
      /that chats_per_week \(100000000\) stays .* reaches 1\.12e\+12 by week 24;/,
    );
  });
});
