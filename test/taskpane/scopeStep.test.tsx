/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushPendingSaves } from '../../src/taskpane/hooks/pendingSaves';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

captureLog();

describe('Step 1, Scope', () => {
  it('keeps Next on step 1 and marks every missing field when nothing is entered', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices(), 1);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Fix the fields marked below to go on.')).toBeTruthy();
    // Objective, decision question and owner are required; the horizon default 26 is fine.
    expect(screen.getAllByText('Required.')).toHaveLength(3);
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
  });

  it.each([
    ['0', false],
    ['1', true],
    ['104', true],
    ['105', false],
    ['26.5', false],
    ['ten', false],
  ])('accepts a horizon of %s weeks: %s', async (weeks, ok) => {
    const user = userEvent.setup();
    const draft = draftAt(0);
    draft.scope = {
      ...draft.scope,
      objective: 'o',
      question: 'q',
      owner: 'w',
      horizonWeeks: weeks,
    };
    await renderPane(fakeServices({}, draft), 1);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    if (ok) await screen.findByText('Step 2 of 7');
    else expect(screen.getByText('A whole number of weeks from 1 to 104, e.g. 26.')).toBeTruthy();
  });

  it('goes to step 2 once filled, and saves the step in the workbook', async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    await renderPane(services, 1);
    await user.type(screen.getByLabelText(/^Objective/), 'Cut the backlog');
    await user.type(screen.getByLabelText(/^Decision question/), 'Hire or outsource?');
    await user.type(screen.getByLabelText(/^Decision owner/), 'Head of Support');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Step 2 of 7');
    await waitFor(() =>
      expect(services.saveDraft).toHaveBeenLastCalledWith(
        expect.objectContaining({
          step: 1,
          scope: expect.objectContaining({ owner: 'Head of Support' }),
        }),
      ),
    );
  });

  it('writes pending typing at once when flushed, as the preview does before Download', async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    await renderPane(services, 1);
    await user.type(screen.getByLabelText(/^Decision owner/), 'Ana');
    // The 600 ms typing pause has not passed: nothing is written yet.
    expect(services.saveDraft).not.toHaveBeenCalled();
    await act(() => flushPendingSaves());
    expect(services.saveDraft).toHaveBeenCalledTimes(1);
    expect(services.saveDraft).toHaveBeenLastCalledWith(
      expect.objectContaining({ scope: expect.objectContaining({ owner: 'Ana' }) }),
    );
  });
});
