/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WizardServices } from '../../src/taskpane/services/types';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

captureLog();

describe('Step 4, Scenarios', () => {
  it('wants the scenarios written before Next', async () => {
    const user = userEvent.setup();
    const services = fakeServices({}, draftAt(3));
    await renderPane(services, 4);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Write the scenarios before going on.')).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Write scenarios, projection and charts' }),
    );
    await screen.findByText('Scenario table, projection and charts written to LBF Scenarios.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Step 5 of 7');
  });

  it('refuses duplicate names and a bad override line, and will not write them', async () => {
    const draft = draftAt(3);
    draft.scenarios = {
      ...draft.scenarios,
      options: [
        { name: 'A', description: '', overrides: 'inhouse_fte = 12' },
        { name: 'a', description: '', overrides: 'outsourced_fte = 4\noutsourced_fte four' },
      ],
    };
    await renderPane(fakeServices({}, draft), 4);
    expect(screen.getByText('Option names must be unique.')).toBeTruthy();
    expect(
      screen.getByText('Option a, line 2: write name = value, e.g. outsourced_fte = 6.'),
    ).toBeTruthy();
    const write = screen.getByRole('button', { name: 'Write scenarios, projection and charts' });
    expect(write.hasAttribute('disabled')).toBe(true);
  });

  it('shows a shared or duplicate override under the option and will not write it', async () => {
    const draft = draftAt(3);
    draft.scenarios = {
      ...draft.scenarios,
      options: [
        { name: 'A', description: '', overrides: 'outsourced_fte = 16\noutsourced_fte = 0' },
        { name: 'B', description: '', overrides: 'inhouse_fte = 12\nbudget_per_week = 1000000' },
      ],
    };
    const services = fakeServices({}, draft);
    await renderPane(services, 4);
    const fields = screen.getAllByLabelText(/^Overrides/);
    expect(fields[0].getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        'Option A, line 2: outsourced_fte is already set on line 1; keep one line per name.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Option B, line 2: options cannot change budget_per_week: /),
    ).toBeTruthy();
    const write = screen.getByRole('button', { name: 'Write scenarios, projection and charts' });
    expect(write.hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('adds option C after A and B, and keeps at least two', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, draftAt(3)), 4);
    expect(screen.queryByRole('button', { name: /^Remove option/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    expect(
      screen.getAllByLabelText(/^Option name/).map((e) => (e as HTMLInputElement).value),
    ).toEqual(['A', 'B', 'C']);
    expect(screen.getAllByRole('button', { name: /^Remove option/ })).toHaveLength(3);
  });

  it('shows progress of a confidence run and stops it on Cancel', async () => {
    const user = userEvent.setup();
    const runConfidence: WizardServices['runConfidence'] = (_d, onProgress, signal) =>
      new Promise((_resolve, reject) => {
        onProgress({ done: 300, total: 2000 });
        signal.addEventListener('abort', () =>
          reject(Object.assign(new Error('x'), { name: 'AbortError' })),
        );
      });
    const draft = draftAt(3);
    draft.scenarios.confidence = { ...draft.scenarios.confidence, threshold: '2000' };
    await renderPane(fakeServices({ runConfidence }, draft), 4);
    screen.getByRole('button', { name: 'Run confidence' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('progressbar', { name: '300 of 2000 draws' })).toBeTruthy();
    // The Run button is gone: focus is on Cancel, not on the page body.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    await screen.findByText('Confidence run cancelled.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Run confidence' }));
  });

  it('shows each option’s probability and percentiles after a run', async () => {
    const user = userEvent.setup();
    const runConfidence = jest.fn(async () => [
      { option: 'A', probability: 0.625, p10: 1500, p50: 1900, p90: 2400 },
    ]);
    const draft = draftAt(3);
    draft.scenarios.confidence = { ...draft.scenarios.confidence, threshold: '2000' };
    await renderPane(fakeServices({ runConfidence }, draft), 4);
    await user.click(screen.getByRole('button', { name: 'Run confidence' }));
    const row = (await screen.findByRole('rowheader', { name: 'A' })).closest('tr') as HTMLElement;
    // Focus moves to the results when the run is done.
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Confidence results' }));
    // 0.625 shows as 63 % (rounded half up); values of 100 or more show without decimals.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['63 %', '1500', '1900', '2400']);
  });
});
