import { businessMinutesBetween, parseHoursSpec, weekdayOf } from '../../../src/core/baseline';
import { at, errorOf } from './helpers';

// 2024-01-05 is a Friday, 2024-01-06 Saturday, 2024-01-08 Monday.
describe('parseHoursSpec', () => {
  it.each([
    ['Mon-Fri 09:00-17:00', 5 * 8 * 60],
    ['Mon-Fri 08:00-12:00 13:00-17:00; Sat 10:00-14:00', (5 * 8 + 4) * 60],
    ['Sun-Thu 07:00-24:00; Fri 07:00-14:00', (5 * 17 + 7) * 60],
    ['Mon,Wed,Fri 09:00-10:00', 3 * 60],
    ['Fri-Mon 10:00-11:00', 4 * 60],
    ['monday-friday 22:00-06:00', 5 * 8 * 60],
  ])('%j opens %d minutes a week', (spec, minutes) => {
    expect(parseHoursSpec(spec)?.openMinutesPerWeek).toBe(minutes);
  });

  it.each(['', '  ', '24/7', 'Calendar'])('%j means calendar hours', (spec) => {
    expect(parseHoursSpec(spec)).toBeUndefined();
  });

  it.each([
    ['Mon-Fri 9-17', '"Mon-Fri 9-17" should read like "Mon-Fri 09:00-17:00"'],
    ['Mon-Fry 09:00-17:00', '"Fry" is not a day name'],
    ['Mon 09:00-25:00', '25:00 is not a time'],
    ['Mon 09:00-09:00', 'window 09:00-09:00 is empty'],
    [';', 'it opens no hours at all'],
  ])('refuses %j: %s', (spec, reason) => {
    const e = errorOf(() => parseHoursSpec(spec));
    expect(e.argument).toBe('hoursSpec');
    expect(e.message).toContain(reason);
  });
});

describe('businessMinutesBetween', () => {
  const nineToFive = parseHoursSpec('Mon-Fri 09:00-17:00')!;

  it('counts Friday 16:00 → Monday 10:00 as 2 open hours (the weekend is closed)', () => {
    expect(businessMinutesBetween(nineToFive, at(2024, 1, 5, 16), at(2024, 1, 8, 10))).toBe(120);
  });

  it('counts nothing for a span wholly outside opening hours', () => {
    expect(businessMinutesBetween(nineToFive, at(2024, 1, 5, 18), at(2024, 1, 8, 8, 59))).toBe(0);
  });

  it('counts a whole week as 40 hours and keeps fractions of a minute', () => {
    expect(businessMinutesBetween(nineToFive, at(2024, 1, 1), at(2024, 1, 8))).toBe(2400);
    expect(
      businessMinutesBetween(nineToFive, at(2024, 1, 8, 9), at(2024, 1, 8, 9) + 0.5),
    ).toBeCloseTo(0.5, 9);
  });

  it('runs an overnight window into the next day', () => {
    const nights = parseHoursSpec('Fri 22:00-06:00')!;
    // Friday 23:00 → Saturday 07:00: open 23:00–06:00, 7 hours; Saturday from 06:00 is closed.
    expect(businessMinutesBetween(nights, at(2024, 1, 5, 23), at(2024, 1, 6, 7))).toBe(7 * 60);
  });
});

describe('weekdayOf', () => {
  it.each([
    [at(1970, 1, 1), 4],
    [at(2024, 1, 7, 23, 59), 0],
    [at(1999, 2, 1), 1],
    [at(1969, 12, 31), 3],
  ])('minute %d is weekday %d', (minutes, weekday) => {
    expect(weekdayOf(minutes)).toBe(weekday);
  });
});
