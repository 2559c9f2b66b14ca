import { planProblems, type WritePlan } from '../../src/workbook';
import { XlsxWorkbook } from '../../src/xlsx';

const table = (name: string, header = ['a', 'b']) => ({
  name,
  row: 0,
  column: 0,
  header,
  rows: [[1, 2]],
});

describe('planProblems', () => {
  it('finds nothing wrong with a writable plan', () => {
    expect(
      planProblems({
        sheets: [{ name: 'Out', mode: 'create', blocks: [], tables: [table('LBF_Out')] }],
        names: [{ name: 'LBF_X', ref: { sheet: 'Out', row: 0, column: 0, rows: 1, columns: 1 } }],
      }),
    ).toEqual([]);
  });

  it('lists every problem at once, naming each sheet, table and name', () => {
    const plan: WritePlan = {
      sheets: [
        { name: 'a/b', mode: 'create', blocks: [] },
        {
          name: 'Out',
          mode: 'create',
          blocks: [{ row: 1_048_575, column: 0, values: [[1], [2]] }],
          tables: [table('A1'), table('LBF_T', ['x', 'X'])],
        },
        { name: 'OUT', mode: 'replace', blocks: [], tables: [table('lbf_t')] },
      ],
      names: [{ name: 'has space', ref: { sheet: 'Out', row: 0, column: 0, rows: 1, columns: 1 } }],
    };
    expect(planProblems(plan)).toEqual([
      'The name of sheet "a/b" contains one of : \\ / ? * [ ].',
      'A block on sheet "Out" at row 1048576 lies outside the sheet.',
      'Table name A1 on sheet "Out" looks like a cell address.',
      'Table LBF_T needs distinct, non-empty column headers.',
      'Sheet OUT appears twice in the plan.',
      'Table lbf_t appears twice in the plan.',
      'Workbook name has space must start with a letter or _ and hold only letters, ' +
        'digits, _ and full stops.',
    ]);
  });

  it('stops an adapter before it writes anything', async () => {
    const book = XlsxWorkbook.create();
    await expect(
      book.execute({
        sheets: [
          { name: 'Fine', mode: 'create', blocks: [] },
          { name: 'Bad?', mode: 'create', blocks: [] },
        ],
      }),
    ).rejects.toThrow('The write plan');
    expect(await book.listSheets()).toEqual([]);
  });
});
