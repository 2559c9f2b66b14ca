import {
  MAX_WIDTH_CHARS,
  MIN_WIDTH_CHARS,
  WRAP_MIN_WIDTH_CHARS,
  fitColumn,
} from '../../src/workbook/decisionLog/sheetBuilder';
import { breakLines } from '../../src/workbook';

describe('fitColumn', () => {
  it('uses the bounds the log promises', () => {
    expect([MIN_WIDTH_CHARS, WRAP_MIN_WIDTH_CHARS, MAX_WIDTH_CHARS]).toEqual([8, 16, 50]);
  });

  it('sizes to the typical text, not to one long cell, and wraps that cell', () => {
    // Sorted lengths 10, 10, 10, 100: the 75th percentile is the 3rd (⌈0.75 × 4⌉) = 10,
    // + 2 padding = 12; 100 does not fit, so the column wraps at the 16-character floor.
    expect(fitColumn(2, { text: [100, 10, 10, 10], number: 0 })).toEqual({
      column: 2,
      widthChars: 16,
      wrap: true,
    });
  });

  it('fits short text exactly, never under 8 characters', () => {
    expect(fitColumn(0, { text: [30, 30, 30, 30], number: 0 })).toEqual({
      column: 0,
      widthChars: 32,
    });
    expect(fitColumn(1, { text: [5, 6], number: 0 })).toEqual({ column: 1, widthChars: 8 });
  });

  it('stops at 50 characters and wraps what is longer', () => {
    expect(fitColumn(3, { text: [80, 80, 80, 80], number: 0 })).toEqual({
      column: 3,
      widthChars: 50,
      wrap: true,
    });
  });

  it('keeps room for the widest number (12 characters + 2), so it never shows ####', () => {
    expect(fitColumn(4, { text: [4], number: 12 })).toEqual({ column: 4, widthChars: 14 });
  });
});

describe('breakLines', () => {
  it('breaks between words, each line at most the width', () => {
    expect(breakLines('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(breakLines('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('splits a word longer than the width', () => {
    expect(breakLines('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('keeps a short text whole', () => {
    expect(breakLines('short', 120)).toEqual(['short']);
  });
});
