/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

captureLog();

function ready() {
  const draft = draftAt(6);
  draft.publish = {
    ...draft.publish,
    nextReview: '2025-08-01',
    author: 'Ana',
    summary: 'First',
    triggers: [
      { metric: 'backlog_end', comparison: '>', threshold: '1500', action: 'Review staffing' },
    ],
    actuals: { address: "'LBF Actuals'!A1:E3" },
  };
  return draft;
}

describe('Step 7, Publish and monitor', () => {
  it('will not publish without next review date, author and summary', async () => {
    const user = userEvent.setup();
    const services = fakeServices({}, draftAt(6));
    await renderPane(services, 7);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByText('A date as yyyy-mm-dd, e.g. 2025-07-01.')).toBeTruthy();
    expect(screen.getAllByText('Required.')).toHaveLength(2);
    expect(services.publish).not.toHaveBeenCalled();
  });

  it('refuses a trigger without a numeric threshold or an action', async () => {
    const user = userEvent.setup();
    const draft = ready();
    draft.publish.triggers = [
      { metric: 'backlog_end', comparison: '>', threshold: 'high', action: '' },
    ];
    const services = fakeServices({}, draft);
    await renderPane(services, 7);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByText('A number, e.g. 1,200 or 25%.')).toBeTruthy();
    expect(screen.getByText('Required.')).toBeTruthy();
    expect(services.publish).not.toHaveBeenCalled();
  });

  it('publishes, then checks the triggers against the actuals', async () => {
    const user = userEvent.setup();
    const checkTriggers = jest.fn(async () => [
      { metric: 'backlog_end', actual: 1743, status: 'fired' as const, action: 'Review staffing' },
    ]);
    const services = fakeServices({ checkTriggers }, ready());
    await renderPane(services, 7);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText('Version 1 published; decision log rendered on LBF Decision Log.');
    await user.click(screen.getByRole('button', { name: 'Check triggers' }));
    const table = await screen.findByRole('table', { name: 'Check triggers' });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['FIRED', 'Review staffing']);
    expect(within(table).getByRole('rowheader').textContent).toBe('backlog_end1743');
  });

  it('publishes once on a double-click, and disables Publish until it is done', async () => {
    let finish: () => void = () => {};
    const publish = jest.fn(
      () =>
        new Promise<{ version: number; sheet: string; at: string }>((resolve) => {
          finish = () => resolve({ version: 1, sheet: 'LBF Decision Log', at: 'x' });
        }),
    );
    const services = fakeServices({ publish }, ready());
    await renderPane(services, 7);
    const button = screen.getByRole('button', { name: 'Publish' });
    // Two clicks in one task, before React renders: what a fast double-click delivers.
    fireEvent.click(button);
    fireEvent.click(button);
    expect(publish).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(true);
    finish();
    await screen.findByText('Version 1 published; decision log rendered on LBF Decision Log.');
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(false);
  });

  it('checks triggers once on a double-click', async () => {
    let finish: () => void = () => {};
    const checkTriggers = jest.fn(
      () =>
        new Promise<[]>((resolve) => {
          finish = () => resolve([]);
        }),
    );
    await renderPane(fakeServices({ checkTriggers }, ready()), 7);
    const button = screen.getByRole('button', { name: 'Check triggers' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(checkTriggers).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Check triggers' }).hasAttribute('disabled')).toBe(
      true,
    );
    finish();
    await screen.findByRole('table', { name: 'Check triggers' });
  });

  it('clears an earlier version and FIRED result when the next Publish or check fails', async () => {
    const user = userEvent.setup();
    const draft = ready();
    draft.publish.published = { version: 2, sheet: 'LBF Decision Log', at: 'x' };
    draft.publish.checked = [
      { metric: 'backlog_end', actual: 1743, status: 'fired', action: 'Review staffing' },
    ];
    draft.publish.summary = 'Third';
    const gone = Object.assign(new Error('gone'), { code: 'ItemNotFound' });
    const services = fakeServices(
      {
        publish: jest.fn().mockRejectedValue(gone),
        checkTriggers: jest.fn().mockRejectedValue(gone),
      },
      draft,
    );
    await renderPane(services, 7);
    expect(
      screen.getByText('Version 2 published; decision log rendered on LBF Decision Log.'),
    ).toBeTruthy();
    expect(screen.getByText('FIRED')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText('The range or sheet no longer exists. Map it again, then Retry.');
    expect(screen.queryByText(/^Version 2 published/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Check triggers' }));
    await screen.findAllByText('The range or sheet no longer exists. Map it again, then Retry.');
    expect(screen.queryByText('FIRED')).toBeNull();
  });
});
