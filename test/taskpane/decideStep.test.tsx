/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decideConstraints } from '../../src/taskpane/services/decide';
import type { TradeoffView } from '../../src/taskpane/services/types';
import { captureLog, draftAt, fakeServices, renderPane } from './fakeServices';

captureLog();

const VIEW: TradeoffView = {
  points: [
    {
      name: 'A',
      costPerWeek: 40_000,
      qualityIndex: 70,
      score: 85,
      dominated: false,
      feasible: true,
    },
    {
      name: 'B',
      costPerWeek: 50_000,
      qualityIndex: 90,
      score: 86,
      dominated: false,
      feasible: true,
    },
  ],
  recommended: 'B',
  flip: { weight: 0.55, to: 'A' },
};

function decideDraft(weight: number) {
  const draft = draftAt(4);
  draft.decide = { ...draft.decide, qualityWeight: weight };
  return draft;
}

describe('Step 5, Decide', () => {
  it('shows the recommendation, the flip weight and the compact table', async () => {
    await renderPane(fakeServices({ tradeoff: jest.fn(async () => VIEW) }, decideDraft(0.6)), 5);
    await screen.findByText('Recommended: B');
    expect(screen.getByText('The recommendation changes to A at weight 0.55.')).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /A: 40000 per week, quality 70.0; B: 50000 per week/ }),
    ).toBeTruthy();
  });

  it('needs a selected option and a rationale', async () => {
    const user = userEvent.setup();
    await renderPane(fakeServices({ tradeoff: jest.fn(async () => VIEW) }, decideDraft(0.5)), 5);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText('Required.')).toHaveLength(2);
  });

  it.each([
    [0.2, true],
    [0.25, false],
    [0.75, false],
    [0.8, true],
  ])('at weight %s asks for a full-sentence rationale: %s', async (weight, asks) => {
    const user = userEvent.setup();
    const draft = decideDraft(weight);
    draft.decide = { ...draft.decide, selected: 'A', rationale: 'Cheapest.' };
    await renderPane(fakeServices({ tradeoff: jest.fn(async () => VIEW) }, draft), 5);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const message = screen.queryByText(/needs a rationale of a full sentence/);
    if (asks) expect(message).toBeTruthy();
    else await screen.findByText('Step 6 of 7');
  });

  it.each([
    ['budgetCapPerWeek', 'abc', 'A budget per week above 0, e.g. 50,000.'],
    ['budgetCapPerWeek', '0', 'A budget per week above 0, e.g. 50,000.'],
    [
      'minFrtAttainment',
      '120%',
      'A share from 0 to 1, or a percentage up to 100 %; got 120%. For 80 % write 0.8 or 80%.',
    ],
    [
      'minFrtAttainment',
      '1.5',
      'A share from 0 to 1, or a percentage up to 100 %; got 1.5. For 80 % write 0.8 or 80%.',
    ],
  ])('refuses %s = %s under the field alone', async (key, text, message) => {
    const user = userEvent.setup();
    const draft = decideDraft(0.5);
    draft.decide = { ...draft.decide, selected: 'A', rationale: 'ok', [key]: text };
    const tradeoff = jest.fn(async () => VIEW);
    await renderPane(fakeServices({ tradeoff }, draft), 5);
    // Shown as soon as it is there, before Next, and only once.
    await waitFor(() => expect(tradeoff).toHaveBeenCalled());
    expect(screen.getAllByText(message)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText(message)).toHaveLength(1);
    // The field's own message is the one alert; no second box, no Retry.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('leaves a refused constraint out of the trade-off rather than word it twice', () => {
    const draft = decideDraft(0.5);
    expect(
      decideConstraints({ ...draft.decide, budgetCapPerWeek: '0', minFrtAttainment: '1.5' }),
    ).toEqual([]);
    expect(
      decideConstraints({ ...draft.decide, budgetCapPerWeek: '50,000', minFrtAttainment: '80%' })
        .length,
    ).toBe(2);
  });

  // jsdom does not move a range input on arrow keys; the browser test presses ArrowRight.
  it('moves the quality weight in steps of 0.05: slider position 11 of 20 is 0.55', async () => {
    const services = fakeServices({ tradeoff: jest.fn(async () => VIEW) }, decideDraft(0.5));
    await renderPane(services, 5);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '11' } });
    expect(screen.getAllByText('55 % quality, 45 % cost').length).toBeGreaterThan(0);
  });
});
