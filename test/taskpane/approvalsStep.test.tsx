/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApproverDraft } from '../../src/taskpane/state/types';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

captureLog();

function withApprover(approver: Partial<ApproverDraft>, risk = { risk: '', mitigation: '' }) {
  const draft = draftAt(5);
  draft.approvals = {
    ...draft.approvals,
    risks: [risk],
    approvers: [
      { name: 'Dana', role: 'VP', status: 'pending', date: '', comment: '', ...approver },
    ],
  };
  return draft;
}

describe('Step 6, Approvals', () => {
  it('needs each approver’s name and role', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, withApprover({ name: '', role: '' })), 6);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText('Required.')).toHaveLength(2);
  });

  it.each([
    ['approved', '', 'An approval or rejection needs its date.'],
    ['rejected', '', 'An approval or rejection needs its date.'],
    // 2025 is not a leap year: February has 28 days; 2024 was one (29 days).
    ['pending', '2025-02-30', 'There is no 2025-02-30: February 2025 has 28 days.'],
    ['pending', '2026-02-30', 'There is no 2026-02-30: February 2026 has 28 days.'],
    ['pending', '2024-02-30', 'There is no 2024-02-30: February 2024 has 29 days.'],
    ['pending', '2025-04-31', 'There is no 2025-04-31: April 2025 has 30 days.'],
    ['pending', '2025-13-01', 'A date as yyyy-mm-dd, e.g. 2025-07-01.'],
    ['approved', '01/07/2025', 'A date as yyyy-mm-dd, e.g. 2025-07-01.'],
  ] as const)('refuses status %s with date "%s"', async (status, date, message) => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, withApprover({ status, date })), 6);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('needs a mitigation for each risk named', async () => {
    const user = userEvent.setup();
    await renderPane(
      fakeServices({}, withApprover({}, { risk: 'Hiring is slow', mitigation: '' })),
      6,
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Each risk needs a mitigation.')).toBeTruthy();
  });

  it('goes on with an approval dated 2024-02-29 (a leap day)', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({}, withApprover({ status: 'approved', date: '2024-02-29' })), 6);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Step 7 of 7');
  });
});
