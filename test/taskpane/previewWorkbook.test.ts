/**
 * The preview's workbook: a typed selection it cannot read must not leave the
 * previous range selected for "Use selection" (issue 8, defect 3).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDateFormat, PreviewWorkbook } from '../../src/taskpane/preview/previewWorkbook';
import { createServices } from '../../src/taskpane/services/createServices';

const EXAMPLE = readFileSync(resolve(__dirname, '../../examples/lbf-example.xlsx'));

async function preview() {
  const bytes = EXAMPLE.buffer.slice(EXAMPLE.byteOffset, EXAMPLE.byteOffset + EXAMPLE.length);
  const workbook = await PreviewWorkbook.load(bytes as ArrayBuffer, 'lbf-example.xlsx');
  return { workbook, services: createServices(workbook, { addinVersion: '0.1.0' }) };
}

describe('PreviewWorkbook selection', () => {
  it('refuses "garbage!!" typed after a good range, and maps nothing', async () => {
    const { workbook, services } = await preview();
    workbook.select({ sheet: 'Ticket Baseline', address: 'F4:F8' });
    workbook.refuseSelection('garbage!!');
    const message =
      'Cannot read "garbage!!" as a range. Type a sheet and range, e.g. \'Ticket Log\'!B1:B500.';
    expect(workbook.selectionProblem()).toBe(message);
    await expect(services.getSelection()).rejects.toThrow(message);
    expect((await workbook.listNames()).some((n) => n.name === 'LBF_Backlog')).toBe(false);
  });

  it('takes a range again once one is selected', async () => {
    const { workbook, services } = await preview();
    workbook.refuseSelection('garbage!!');
    workbook.select({ sheet: 'Ticket Baseline', address: 'F4:F8' });
    expect(workbook.selectionProblem()).toBeNull();
    expect(await services.getSelection()).toBe("'Ticket Baseline'!F4:F8");
  });

  it('counts writes, not selections, as work to keep, until the file is saved', async () => {
    const { workbook, services } = await preview();
    workbook.select({ sheet: 'Ticket Baseline', address: 'F4:F8' });
    expect(workbook.unsaved).toBe(false);
    await services.mapRange('backlog', "'Ticket Baseline'!F4:F8");
    expect(workbook.unsaved).toBe(true);
    await workbook.save();
    expect(workbook.unsaved).toBe(false);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy-mm-dd hh:mm', true],
    ['d mmm', true],
    ['[$-409]h:mm AM/PM', true],
    ['0.00', false],
    ['#,##0', false],
    ['0 "days"', false],
    ['[Red]0.0', false],
    ['General', false],
    [undefined, false],
  ])('%s shows a date: %s', (format, isDate) => {
    expect(isDateFormat(format)).toBe(isDate);
  });

  it('finds the date column of the example Ticket Baseline (Week starting, A5)', async () => {
    const { workbook } = await preview();
    const cells = workbook.dateCells('Ticket Baseline', 5, 3);
    // A5 holds 42429 (2016-02-29) under the header "Week starting"; B5 is "Days observed".
    expect([cells[4][0], cells[4][1]]).toEqual([true, false]);
  });
});
