/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InputProblem } from '../../src/taskpane/services/errors';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

const log = captureLog();

describe('Step 2, Baseline', () => {
  it('needs all three metric ranges in ranges mode', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, draftAt(1)), 2);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText('Required.')).toHaveLength(3);
  });

  it('refuses an FRT target of 0 under its field alone, without calling Write', async () => {
    const user = userEvent.setup();
    const draft = draftAt(1);
    draft.baseline = {
      ...draft.baseline,
      mode: 'log',
      ticketLog: { address: "'Ticket Log'!A1:G9203" },
      frtTargetHours: '0',
    };
    const services = fakeServices({}, draft);
    await renderPane(services, 2);
    await user.click(screen.getByRole('button', { name: 'Write baseline table' }));
    expect(screen.getAllByText('A number above 0, e.g. 8.')).toHaveLength(1);
    expect(services.writeBaseline).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('refuses a typed address without a sheet', async () => {
    const user = userEvent.setup();
    const draft = draftAt(1);
    draft.baseline = {
      ...draft.baseline,
      backlog: { address: 'F4:F8' },
      frt: { address: 'Baseline!G4:G8' },
      resolution: { address: 'Baseline!J4:J8' },
    };
    await renderPane(fakeServices({}, draft), 2);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('A sheet and range, e.g. Tickets!A1:D400.')).toBeTruthy();
  });

  it('maps the selection, names it, and shows a shape problem on the spot', async () => {
    const user = userEvent.setup();
    const mapRange = jest
      .fn()
      .mockRejectedValueOnce(new InputProblem('Select one column (or one row) of values.'))
      .mockResolvedValueOnce({ address: "'Ticket Baseline'!F4:F8", name: 'LBF_Backlog' });
    await renderPane(fakeServices({ mapRange }, draftAt(1)), 2);
    const use = screen.getByRole('button', { name: 'Use selection: Ticket backlog by week' });
    await user.click(use);
    await screen.findByText('Select one column (or one row) of values.');
    expect(log).toEqual([
      {
        level: 'warn',
        message: 'Mapping Ticket backlog by week: Select one column (or one row) of values.',
      },
    ]);
    await user.click(use);
    await screen.findByText('Named LBF_Backlog');
    expect(mapRange).toHaveBeenLastCalledWith('backlog', "'Ticket Baseline'!F4:F8");
  });

  it('in log mode, wants the table written before Next, shows the quality report', async () => {
    const user = userEvent.setup();
    const draft = draftAt(1);
    draft.baseline = {
      ...draft.baseline,
      mode: 'log',
      ticketLog: { address: "'Ticket Log'!A1:G90" },
    };
    const writeBaseline = jest.fn(async () => ({
      sheet: 'LBF Baseline',
      rowsRead: 89,
      quality: [{ reason: 'end before start', rows: 2 }],
    }));
    await renderPane(fakeServices({ writeBaseline }, draft), 2);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Write the baseline table before going on.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Write baseline table' }));
    await screen.findByText('Baseline written to LBF Baseline from 89 rows.');
    expect(screen.getByText('2 rows: end before start')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Step 3 of 7');
  });

  it.each([['0'], ['-2'], ['eight']])('refuses an FRT target of %s hours', async (hours) => {
    const user = userEvent.setup();
    const draft = draftAt(1);
    draft.baseline = {
      ...draft.baseline,
      mode: 'log',
      ticketLog: { address: 'Log!A1:C9' },
      frtTargetHours: hours,
    };
    await renderPane(fakeServices({}, draft), 2);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('A number above 0, e.g. 8.')).toBeTruthy();
  });
});
