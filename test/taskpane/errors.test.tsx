/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { App } from '../../src/taskpane/components/App';
import { InputProblem } from '../../src/taskpane/services/errors';

const log = captureLog();

/** The rejection Office.js gives while a cell is being edited (OfficeExtension.Error.code). */
const cellEdit = Object.assign(new Error('The operation is not allowed in cell-edit mode.'), {
  code: 'InvalidOperationInCellEditMode',
});

describe('Excel errors in the pane', () => {
  it('shows a failed load with Retry, never a blank pane, and loads on Retry', async () => {
    const user = userEvent.setup();
    const loadDraft = jest.fn().mockRejectedValueOnce(cellEdit).mockResolvedValueOnce(draftAt(2));
    render(createElement(App, { services: fakeServices({ loadDraft }), theme: 'dark' }));
    await screen.findByText(
      'Excel is editing a cell. Press Enter or Esc in the sheet, then Retry.',
    );
    expect(log.map((l) => l.level)).toEqual(['error']);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Step 3 of 7');
  });

  it.each([
    [
      'AccessDenied',
      'The sheet is protected. Unprotect it (Review › Unprotect Sheet), then Retry.',
    ],
    ['ItemNotFound', 'The range or sheet no longer exists. Map it again, then Retry.'],
  ])('words Excel error %s for the analyst and retries the same call', async (code, message) => {
    const user = userEvent.setup();
    const draft = draftAt(1);
    draft.baseline = { ...draft.baseline, mode: 'log', ticketLog: { address: 'Log!A1:C9' } };
    const writeBaseline = jest
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error('denied'), { code }))
      .mockResolvedValueOnce({ sheet: 'LBF Baseline', rowsRead: 8, quality: [] });
    await renderPane(fakeServices({ writeBaseline }, draft), 2);
    await user.click(screen.getByRole('button', { name: 'Write baseline table' }));
    await screen.findByText(message);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Baseline written to LBF Baseline from 8 rows.');
    expect(writeBaseline).toHaveBeenCalledTimes(2);
    expect(writeBaseline.mock.calls[1]).toEqual(writeBaseline.mock.calls[0]);
  });

  it('shows a problem with the input without Retry: the same call would fail again', async () => {
    const user = userEvent.setup();
    const draft = draftAt(1);
    draft.baseline = { ...draft.baseline, mode: 'log', ticketLog: { address: 'Log!A1:C9' } };
    const writeBaseline = jest
      .fn()
      .mockRejectedValue(new InputProblem('The log needs a Created column.'));
    await renderPane(fakeServices({ writeBaseline }, draft), 2);
    await user.click(screen.getByRole('button', { name: 'Write baseline table' }));
    await screen.findByText('The log needs a Created column.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.queryByText('Excel could not do that')).toBeNull();
  });

  it('keeps the pane and offers Retry when saving fails', async () => {
    const user = userEvent.setup();
    const saveDraft = jest.fn().mockRejectedValueOnce(cellEdit).mockResolvedValue(undefined);
    const draft = draftAt(0);
    draft.scope = { ...draft.scope, objective: 'o', question: 'q', owner: 'w' };
    await renderPane(fakeServices({ saveDraft }, draft), 1);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText(
      'Excel is editing a cell. Press Enter or Esc in the sheet, then Retry.',
    );
    expect(screen.getByText('Step 2 of 7')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Saved in workbook');
  });
});

describe('a fault while rendering', () => {
  it('shows the error with Retry instead of a blank pane, and renders again on Retry', async () => {
    const user = userEvent.setup();
    // React reports a caught render error on console.error; here that report is expected.
    const reported = jest.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const metrics = () => {
      if (broken) throw new Error('metric catalogue unavailable');
      return [{ name: 'backlog_end', label: 'backlog_end (tickets)' }];
    };
    await renderPaneAt(fakeServices({ metrics }, draftAt(3)));
    await screen.findByText('metric catalogue unavailable');
    expect(log.map((l) => l.message)).toContain('The task pane failed to render');
    expect(reported).toHaveBeenCalled();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Step 4 of 7');
  });
});

async function renderPaneAt(services: ReturnType<typeof fakeServices>): Promise<void> {
  render(createElement(App, { services, theme: 'light' }));
}
