import { jsonBytes, splitRows } from '../../src/excel';
import { toOfficeValue } from '../../src/excel';

describe('jsonBytes', () => {
  it.each([
    ['plain text', [['abc', 1, true, null]]],
    ['accents, euro sign and an emoji', [['Coût €', '😀']]],
    ['quotes and line breaks', [['say "hi"\n']]],
  ])('counts the UTF-8 bytes of the JSON of %s, as Buffer.byteLength does', (_case, value) => {
    expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
  });
});

describe('splitRows', () => {
  it('cuts before the row that would pass the limit', () => {
    // Each ["xxxx"] row is 8 bytes of JSON, counted as 9 with its comma.
    const rows = [['xxxx'], ['xxxx'], ['xxxx'], ['xxxx'], ['xxxx']];
    expect(splitRows(rows, 18).map((p) => [p.start, p.rows.length])).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
  });

  it('gives a row larger than the limit a part of its own', () => {
    expect(splitRows([['a'], ['x'.repeat(50)], ['b']], 10).map((p) => p.rows.length)).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('toOfficeValue', () => {
  it.each<[string, Parameters<typeof toOfficeValue>[0], unknown]>([
    ['text behind the hidden text prefix', '=1+1', "'=1+1"],
    ['a number as is', 2.5, 2.5],
    ['a formula as its text', { formula: '=SUM(A1:A3)', result: 6 }, '=SUM(A1:A3)'],
    ['an error as its code', { error: '#N/A' }, '#N/A'],
    ['a blank as null (leave the cell alone)', null, null],
  ])('writes %s', (_case, cell, expected) => {
    expect(toOfficeValue(cell)).toEqual(expected);
  });
});
