import {
  cellA1,
  columnLetters,
  definedNameProblem,
  parseA1,
  quoteSheetName,
  rangeA1,
  refA1,
  safeDefinedName,
  safeSheetName,
  sheetNameProblem,
} from '../../src/workbook';

describe('columnLetters', () => {
  // Excel's own headings: Z is column 26, AA 27, ZZ 702, XFD (the last) 16,384.
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('column index %i is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });
});

describe('rangeA1 and parseA1', () => {
  it('writes rectangles and single cells', () => {
    expect(rangeA1(0, 0, 2, 3)).toBe('A1:C2');
    expect(rangeA1(4, 27, 1, 1)).toBe('AB5');
    expect(cellA1(1, 1, true)).toBe('$B$2');
  });

  it('reads addresses with or without sheet and dollar signs', () => {
    expect(parseA1("'My sheet'!$B$2:D10")).toEqual({ row: 1, column: 1, rows: 9, columns: 3 });
    expect(parseA1('D10:B2')).toEqual({ row: 1, column: 1, rows: 9, columns: 3 });
    expect(parseA1('XFD1048576')).toEqual({ row: 1_048_575, column: 16_383, rows: 1, columns: 1 });
  });

  it.each(['', 'A', '1', 'A1:B2:C3', 'R1C1', 'A1-B2', 'T0', 'XFE1', 'A1048577'])(
    'refuses %j',
    (text) => {
      expect(parseA1(text)).toBeUndefined();
    },
  );
});

describe('quoteSheetName and refA1', () => {
  it.each([
    ['Params', 'Params'],
    ['My Sheet', "'My Sheet'"],
    ["Bob's", "'Bob''s'"],
    ['A1', "'A1'"],
    ['2025', "'2025'"],
  ])('quotes %j as %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it('writes a full absolute reference', () => {
    expect(refA1({ sheet: 'Q3 plan', row: 1, column: 0, rows: 39, columns: 8 })).toBe(
      "'Q3 plan'!$A$2:$H$40",
    );
  });
});

describe('sheetNameProblem', () => {
  it.each(['Sheet1', 'x'.repeat(31), "It's fine", 'Données 2025'])('accepts %j', (name) => {
    expect(sheetNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['x'.repeat(32), 'is longer than 31 characters'],
    ...[':', '\\', '/', '?', '*', '[', ']'].map((ch) => [
      `a${ch}b`,
      'contains one of : \\ / ? * [ ]',
    ]),
    ["'quoted", 'starts or ends with an apostrophe'],
    ['History', 'is reserved by Excel (History)'],
  ])('refuses %j: %s', (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});

describe('safeSheetName', () => {
  it.each([
    ['Q3: costs/quality?', 'Q3_ costs_quality_'],
    ['[draft] *final*', '_draft_ _final_'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet'],
    ['history', 'history_'],
    ['tab\there', 'tab here'],
    ['A very long decision log sheet name indeed', 'A very long decision log sheet '],
  ])('turns %j into %j', (text, name) => {
    expect(safeSheetName(text)).toBe(name);
    expect(sheetNameProblem(safeSheetName(text))).toBeUndefined();
  });

  it('adds (2), (3) to stay unique, ignoring case as Excel does', () => {
    expect(safeSheetName('Log', ['log'])).toBe('Log (2)');
    expect(safeSheetName('Log', ['Log', 'LOG (2)'])).toBe('Log (3)');
  });

  it('keeps a suffixed long name within 31 characters', () => {
    const long = 'x'.repeat(40);
    expect(safeSheetName(long, ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('never cuts an emoji in half at the 31-character edge', () => {
    const name = safeSheetName(`${'a'.repeat(30)}😀`);
    expect(name).toBe('a'.repeat(30));
  });
});

describe('definedNameProblem and safeDefinedName', () => {
  it.each(['LBF_Params', '_x', 'Sales.2025', 'T0', 'XFE1'])('accepts %j', (name) => {
    expect(definedNameProblem(name)).toBeUndefined();
  });

  it.each(['1abc', 'has space', 'A1', 'XFD100', 'R', 'c', 'R1C1', 'R2C'])('refuses %j', (name) => {
    expect(definedNameProblem(name)).toBeDefined();
  });

  it.each([
    ['LBF options 2024', 'LBF_options_2024'],
    ['2024 plan', '_2024_plan'],
    ['A1', 'A1_'],
  ])('turns %j into %j', (text, name) => {
    expect(safeDefinedName(text)).toBe(name);
  });
});
