import {
  digitDateToMinutes,
  excelSerialToMinutes,
  minutesToExcelSerial,
  parseTimestamp,
  timeOfDayToMinutes,
  wallMinutes,
} from '../../../src/core/baseline';
import { at } from './helpers';

// Excel serials below are what Excel's =DATE(...)+TIME(...) gives in the 1900 system:
// 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 25569 = 1970-01-01, 42429 = 2016-02-29.
describe('excelSerialToMinutes', () => {
  it.each([
    [25569, at(1970, 1, 1)],
    [25569.5, at(1970, 1, 1, 12)],
    [42429 + 76 / 1440, at(2016, 2, 29, 1, 16)],
    [45292, at(2024, 1, 1)],
    [61, at(1900, 3, 1)],
    [59, at(1900, 2, 28)],
    [1, at(1900, 1, 1)],
  ])('reads serial %d', (serial, expected) => {
    expect(excelSerialToMinutes(serial)).toBeCloseTo(expected, 6);
  });

  it.each([0, 0.5, 60, 60.25, -3, 2958466, NaN])(
    'refuses %d (no date, phantom leap day, out of range)',
    (serial) => {
      expect(excelSerialToMinutes(serial)).toBeNaN();
    },
  );

  it('writes back the serial it read', () => {
    expect(minutesToExcelSerial(at(2016, 2, 29, 1, 16))).toBeCloseTo(42429 + 76 / 1440, 9);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['29/2/2016 01:16', true, at(2016, 2, 29, 1, 16)],
    ['2/29/2016 01:16', false, at(2016, 2, 29, 1, 16)],
    ['3/4/2016 1:05 PM', true, at(2016, 4, 3, 13, 5)],
    ['3/4/2016 12:05 AM', false, at(2016, 3, 4, 0, 5)],
    ['5.3.2016 12:00', true, at(2016, 3, 5, 12)],
    ['13/1/2016', true, at(2016, 1, 13)],
    ['2016-02-29 01:16', true, at(2016, 2, 29, 1, 16)],
    ['2016-02-29T01:16:30', true, at(2016, 2, 29, 1, 16) + 0.5],
    ['2016-02-29T01:16:00Z', true, at(2016, 2, 29, 1, 16)],
    ['2016-02-29T03:16:00+02:00', true, at(2016, 2, 29, 1, 16)],
    ['990201 7:02:47', true, at(1999, 2, 1, 7, 2) + 47 / 60],
    ['19990201', true, at(1999, 2, 1)],
    [990201, true, at(1999, 2, 1)],
    [42429.5, true, at(2016, 2, 29, 12)],
  ])('reads %j (dayFirst %s)', (cell, dayFirst, expected) => {
    expect(parseTimestamp(cell, dayFirst)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['31/4/2016'],
    ['29/2/2015 10:00'],
    ['2016-13-01'],
    ['25:00'],
    ['soon'],
    ['1/2/16'],
    ['2016-02-29 24:01'],
    ['13/13/2016'],
    [true],
    ['990230'],
  ])('refuses %j', (cell) => {
    expect(parseTimestamp(cell as string, true)).toBeNaN();
  });
});

describe('digitDateToMinutes', () => {
  it("reads yymmdd with Excel's pivot: 00–29 are 20yy, 30–99 are 19yy", () => {
    expect(digitDateToMinutes('990201')).toBe(at(1999, 2, 1));
    expect(digitDateToMinutes('300101')).toBe(at(1930, 1, 1));
    expect(digitDateToMinutes('291231')).toBe(at(2029, 12, 31));
  });
});

describe('timeOfDayToMinutes', () => {
  it.each([
    ['7:02:47', 7 * 60 + 2 + 47 / 60],
    ['0:00:00', 0],
    ['23:59', 23 * 60 + 59],
    ['12:30 PM', 12 * 60 + 30],
    ['12:30 AM', 30],
    [0.75, 18 * 60],
  ])('reads %j', (cell, minutes) => {
    expect(timeOfDayToMinutes(cell)).toBeCloseTo(minutes, 6);
  });

  it.each([['7:60'], ['13:00 PM'], [1.2], ['noon']])('refuses %j', (cell) => {
    expect(timeOfDayToMinutes(cell)).toBeNaN();
  });
});

describe('wallMinutes', () => {
  it('counts from 1970-01-01 00:00 with no time zone', () => {
    expect(wallMinutes(1970, 1, 2, 0, 30, 0)).toBe(1470);
  });
});
