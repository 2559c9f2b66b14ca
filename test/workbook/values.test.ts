import {
  dateToSerial,
  formatForUnit,
  isCellError,
  serialToDate,
  toErrorCode,
} from '../../src/workbook';

describe('dateToSerial and serialToDate', () => {
  // Excel: =DATE(2024,1,1) is 45292; =DATE(1900,3,1) is 61 (after the 1900 leap-year bug).
  it.each([
    ['2024-01-01T00:00:00Z', 45_292],
    ['1900-03-01T00:00:00Z', 61],
    ['2025-04-02T12:00:00Z', 45_749.5],
  ])('%s is serial %d', (iso, serial) => {
    expect(dateToSerial(new Date(iso))).toBe(serial);
    expect(serialToDate(serial).toISOString()).toBe(new Date(iso).toISOString());
  });
});

describe('isCellError and toErrorCode', () => {
  it('knows Excel error values and nothing else', () => {
    expect(isCellError({ error: '#N/A' })).toBe(true);
    expect(isCellError({ error: 'N/A' })).toBe(false);
    expect(isCellError('#N/A')).toBe(false);
    expect(toErrorCode(' #div/0! ')).toBe('#DIV/0!');
    expect(toErrorCode('#OOPS')).toBeUndefined();
  });
});

describe('formatForUnit', () => {
  it.each([
    ['share', 'percent1'],
    ['%', 'percent1'],
    ['hours', 'hours'],
    ['h', 'hours'],
    ['seconds', 'seconds'],
    ['money per week', 'money'],
    ['tickets', 'integer'],
    ['FTE', 'decimal1'],
    ['index', 'decimal1'],
    ['index 0–100', 'decimal1'],
    ['money/week', 'money'],
    ['TRUE/FALSE', 'boolean'],
    ['widgets', 'decimal2'],
  ])('formats %j as %s', (unit, format) => {
    expect(formatForUnit(unit)).toBe(format);
  });
});
