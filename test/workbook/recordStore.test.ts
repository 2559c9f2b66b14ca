import {
  RECORD_FORMAT_MARKER,
  chunkText,
  readRecordCells,
  recordSheetPlan,
  type CellValues,
} from '../../src/workbook';

describe('chunkText', () => {
  it('cuts at the size and keeps the remainder', () => {
    expect(chunkText('abcde', 2)).toEqual(['ab', 'cd', 'e']);
    expect(chunkText('', 2)).toEqual([]);
  });

  it('never splits a surrogate pair: the pair moves to the next chunk', () => {
    expect(chunkText('ab😀c', 3)).toEqual(['ab', '😀c']);
  });
});

describe('recordSheetPlan and readRecordCells', () => {
  /** The cells a reader would see: what the plan writes, row by row. */
  function cellsOf(json: string): CellValues {
    const plan = recordSheetPlan(json);
    const rows: CellValues = [];
    for (const block of plan.blocks) {
      block.values.forEach((line, r) => {
        rows[block.row + r] = line as CellValues[number];
      });
    }
    return rows;
  }

  it('lays out marker, count, length and hash in row 1, chunks below in column A', () => {
    const cells = cellsOf('{"a":1}');
    // SHA-256 of {"a":1}, as computed by `printf '{"a":1}' | sha256sum`.
    expect(cells[0]).toEqual([
      RECORD_FORMAT_MARKER,
      1,
      7,
      '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    ]);
    expect(cells[1]).toEqual(['{"a":1}']);
  });

  it('is a very hidden sheet that replaces any earlier copy', () => {
    expect(recordSheetPlan('{}')).toMatchObject({
      name: 'LBF_Record',
      mode: 'replace',
      visibility: 'veryHidden',
    });
  });

  it('reassembles what it laid out', () => {
    const json = JSON.stringify({ long: 'q'.repeat(65_000) });
    expect(readRecordCells(cellsOf(json))).toBe(json);
  });

  it.each<[string, (c: CellValues) => void, string]>([
    [
      'a missing marker',
      (c) => {
        c[0][0] = 'something else';
      },
      'cell A1 should hold the marker',
    ],
    [
      'a missing chunk',
      (c) => {
        c[2] = [null];
      },
      'cell A3 should hold part 2 of 3',
    ],
    [
      'a shortened chunk',
      (c) => {
        c[2] = [String(c[2][0]).slice(1)];
      },
      'expected 65011 characters',
    ],
    [
      'an edited chunk',
      (c) => {
        c[2] = [String(c[2][0]).replace('q', 'Q')];
      },
      'does not match its SHA-256',
    ],
  ])('refuses a store with %s, saying what is damaged', (_case, damage, message) => {
    const cells = cellsOf(JSON.stringify({ long: 'q'.repeat(65_000) }));
    damage(cells);
    expect(() => readRecordCells(cells)).toThrow(message);
  });
});
