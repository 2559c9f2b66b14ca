import { MAX_CELL_CHARS, fitCellText } from '../../src/workbook';

/** A lone half of a surrogate pair anywhere in the text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('fitCellText', () => {
  it('Excel holds 32,767 characters (UTF-16 units) in a cell', () => {
    expect(MAX_CELL_CHARS).toBe(32_767);
  });

  it('leaves text of 32,767 characters alone', () => {
    const text = 'a'.repeat(32_767);
    expect(fitCellText(text)).toBe(text);
  });

  it('cuts 40,000 characters to 32,767 ending in a visible marker', () => {
    const marker = ' … [cut: 40,000 characters; full text in the decision record]';
    // 9 (" … [cut: ") + 6 ("40,000") + 13 (" characters; ") + 32 (the note) + 1 ("]")
    expect(marker.length).toBe(61);
    const out = fitCellText('a'.repeat(40_000), 'full text in the decision record');
    // 32,767 − 61 = 32,706 characters of the text, then the marker.
    expect(out).toBe('a'.repeat(32_706) + marker);
    expect(out.length).toBe(32_767);
  });

  it('says Excel holds at most 32,767 when no note is given', () => {
    const out = fitCellText('b'.repeat(32_768));
    const marker = ' … [cut: 32,768 characters; Excel holds at most 32,767 in a cell]';
    expect(out).toBe('b'.repeat(32_767 - marker.length) + marker);
  });

  it('cuts 51,000 UTF-16 units of emoji between two emoji', () => {
    const text = '😀'.repeat(25_500);
    expect(text.length).toBe(51_000);
    const marker = ' … [cut: 51,000 characters; full text in the decision record]';
    // 32,767 − 61 = 32,706 units: exactly 16,353 whole emoji.
    const out = fitCellText(text, 'full text in the decision record');
    expect(out).toBe('😀'.repeat(16_353) + marker);
    expect(LONE_SURROGATE.test(out)).toBe(false);
  });

  it('never cuts inside a surrogate pair', () => {
    // One ASCII letter first puts every emoji's high half at an odd index, so
    // 32,706 units would end on the high half of emoji 16,353: the cut keeps
    // 'x' and 16,352 whole emoji (32,705 units).
    const text = `x${'😀'.repeat(25_500)}`;
    const marker = ' … [cut: 51,001 characters; full text in the decision record]';
    const out = fitCellText(text, 'full text in the decision record');
    expect(out).toBe(`x${'😀'.repeat(16_352)}${marker}`);
    expect(out.length).toBe(32_766);
    expect(LONE_SURROGATE.test(out)).toBe(false);
  });
});
