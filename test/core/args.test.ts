import { isBlank, parseNumberText, toNumber, toOptionalNumber } from '../../src/core/args';
import { LbfError } from '../../src/core/errors';

function errorOf(f: () => unknown): LbfError {
  try {
    f();
  } catch (e) {
    if (e instanceof LbfError) return e;
    throw e;
  }
  throw new Error('expected an LbfError');
}

describe('parseNumberText', () => {
  it.each([
    ['1,200', 1200],
    ['25%', 0.25],
    [' 12.5 ', 12.5],
    ['-3', -3],
    ['1e3', 1000],
    ['80 %', 0.8],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['abc', '1,20', '12..5', '', '%', '1,2345'])('refuses %j', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe('isBlank', () => {
  it('treats null, undefined and blank text as omitted', () => {
    expect([null, undefined, '', '  '].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, false, 'x'].map(isBlank)).toEqual([false, false, false]);
  });
});

describe('toNumber', () => {
  it('uses the fallback for an omitted argument (Excel passes null)', () => {
    expect(toNumber('from', null, { fallback: 7 })).toBe(7);
    expect(toOptionalNumber('from', null)).toBeUndefined();
  });

  it('names a missing required argument', () => {
    expect(errorOf(() => toNumber('agents', null)).message).toBe(
      'agents is required but is missing. Enter a value.',
    );
  });

  it('refuses text and booleans, naming what it got', () => {
    const e = errorOf(() => toNumber('agents', 'ten', { min: 0 }));
    expect(e.argument).toBe('agents');
    expect(e.message).toBe('agents must be a number; got "ten". Write a number ≥ 0.');
    expect(errorOf(() => toNumber('agents', true)).message).toContain('got TRUE');
  });

  it('accepts the bound itself and refuses just past it', () => {
    expect(toNumber('share', 1, { min: 0, max: 1 })).toBe(1);
    expect(toNumber('share', 0, { min: 0, max: 1 })).toBe(0);
    expect(errorOf(() => toNumber('share', -0.0001, { min: 0, max: 1 })).code).toBe('outOfRange');
    expect(errorOf(() => toNumber('n', 0, { min: 0, minExclusive: true })).message).toBe(
      'n must be a number > 0; got 0.',
    );
  });

  it('explains a percentage typed as a whole number', () => {
    const e = errorOf(() => toNumber('serviceLevel', 80, { min: 0, max: 1, share: true }));
    expect(e.message).toBe(
      'serviceLevel is a share between 0 and 1; got 80. Write 0.8 or 80 %, not 80.',
    );
  });

  it('refuses a fraction where a whole number is needed', () => {
    expect(errorOf(() => toNumber('weeks', 2.5, { integer: true })).code).toBe('notInteger');
  });
});
