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

  it('reads percent text only for shares or where the spec says percent', () => {
    // "25%" is 25/100 = 0.25 for a share; for a count or seconds it is refused.
    expect(toNumber('serviceLevel', '25%', { min: 0, max: 1, share: true })).toBe(0.25);
    expect(toNumber('growth', '25%', { percent: true })).toBe(0.25);
    expect(toNumber('threshold', '25%')).toBe(0.25); // no spec: any number, percent included
    const e = errorOf(() => toNumber('contacts', '50%', { min: 0, hint: 'Write 100.' }));
    expect(e.code).toBe('percentText');
    expect(e.message).toBe(
      'contacts takes a plain number, not a percentage; got "50%". Write 100.',
    );
    expect(errorOf(() => toNumber('targetSeconds', '20%', { min: 0 })).message).toBe(
      'targetSeconds takes a plain number, not a percentage; got "20%". Write a number ≥ 0.',
    );
  });

  it('suggests 30 % for 30 only when 0.3 itself is accepted', () => {
    const shrinkage = { min: 0, max: 1, maxExclusive: true, share: true, hint: 'Below 1.' };
    expect(errorOf(() => toNumber('shrinkage', 30, shrinkage)).code).toBe('percentAsWhole');
    // 100/100 = 1 is not < 1, so "write 1 or 100 %" would be wrong: the range error instead.
    const e = errorOf(() => toNumber('shrinkage', 100, shrinkage));
    expect(e.code).toBe('outOfRange');
    expect(e.message).toBe('shrinkage must be a number ≥ 0 and < 1; got 100. Below 1.');
    // 0.5/100 would be below a minimum of 0.01: no percent suggestion for 50 either.
    expect(errorOf(() => toNumber('x', 50, { min: 0.6, max: 1, share: true })).code).toBe(
      'outOfRange',
    );
  });

  it('names an Excel error value passed in place of a number', () => {
    // Excel passes a cell error as a CustomFunctions.Error with code "#N/A" (or the
    // runtime's name, notAvailable); ExcelJS as { error: "#REF!" }.
    for (const [raw, shown] of [
      [{ code: '#N/A', message: 'x' }, '"#N/A"'],
      [{ code: 'notAvailable' }, '"#N/A"'],
      [{ error: '#REF!' }, '"#REF!"'],
      ['#DIV/0!', '"#DIV/0!"'],
    ] as const) {
      const e = errorOf(() => toNumber('agents', raw, { min: 0 }));
      expect(e.code).toBe('cellError');
      expect(e.message).toBe(
        `agents refers to a cell holding the error ${shown}; fix that cell first.`,
      );
    }
  });

  it('says "Write a number." with no stray space when the spec has no bounds', () => {
    expect(errorOf(() => toNumber('threshold', 'abc')).message).toBe(
      'threshold must be a number; got "abc". Write a number.',
    );
    expect(errorOf(() => toNumber('weeks', 'abc', { integer: true })).message).toBe(
      'weeks must be a number; got "abc". Write a whole number.',
    );
  });
});
