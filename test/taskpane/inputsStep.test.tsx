/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

captureLog();

const mapped = () => {
  const draft = draftAt(2);
  draft.inputs = { parameters: { address: "'LBF Parameters'!A1:H38" } };
  return draft;
};

describe('Step 3, Inputs', () => {
  it('needs a parameter table', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, draftAt(2)), 3);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Required.')).toBeTruthy();
  });

  it('wants the inputs checked before Next', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, mapped()), 3);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Check the inputs before going on.')).toBeTruthy();
  });

  it('blocks on an error, lists warnings with their cells, and goes to a cell', async () => {
    const user = userEvent.setup();
    const checkInputs = jest.fn(async () => ({
      rows: 12,
      issues: [
        {
          severity: 'error' as const,
          message: 'inhouse_shrinkage is a share between 0 and 1; got 30.',
          cell: "'LBF Parameters'!B7",
        },
        {
          severity: 'warning' as const,
          message: 'tickets_per_week has no owner.',
          cell: "'LBF Parameters'!F2",
        },
      ],
    }));
    const services = fakeServices({ checkInputs }, mapped());
    await renderPane(services, 3);
    await user.click(screen.getByRole('button', { name: 'Check inputs' }));
    await screen.findByText('12 parameters read: 1 errors, 1 warnings.');
    await user.click(screen.getByRole('button', { name: "Go to 'LBF Parameters'!B7" }));
    expect(services.goTo).toHaveBeenCalledWith("'LBF Parameters'!B7");
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Fix the errors in the parameter table first.')).toBeTruthy();
  });

  it('goes on when the check finds warnings only', async () => {
    const user = userEvent.setup();
    const checkInputs = jest.fn(async () => ({
      rows: 3,
      issues: [{ severity: 'warning' as const, message: 'routing has no source.' }],
    }));
    await renderPane(fakeServices({ checkInputs }, mapped()), 3);
    await user.click(screen.getByRole('button', { name: 'Check inputs' }));
    await screen.findByText('3 parameters read: 0 errors, 1 warnings.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Step 4 of 7');
  });

  it('says where Create parameter table put the table', async () => {
    const user = userEvent.setup();
    const services = fakeServices({}, draftAt(2));
    await renderPane(services, 3);
    await user.click(screen.getByRole('button', { name: 'Create parameter table' }));
    await screen.findByText(
      "Parameter table created at 'LBF Parameters'!A1:H50 and named LBF_Params. Fill in " +
        'owner, source and note, then Check inputs.',
    );
    expect(services.createParameterTable).toHaveBeenCalledWith(26);
  });
});
