/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    ['budgetCapPerWeek', 'abc', 'A number above 0, e.g. 8.'],
    ['minFrtAttainment', '120%', 'A share from 0 to 1 or a percentage, e.g. 0.8 or 80%.'],
  ])('refuses %s = %s', async (key, text, message) => {
    const user = userEvent.setup();
    const draft = decideDraft(0.5);
    draft.decide = { ...draft.decide, selected: 'A', rationale: 'ok', [key]: text };
    await renderPane(fakeServices({ tradeoff: jest.fn(async () => VIEW) }, draft), 5);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(message)).toBeTruthy();
  });

  // jsdom does not move a range input on arrow keys; the browser test presses ArrowRight.
  it('moves the quality weight in steps of 0.05: slider position 11 of 20 is 0.55', async () => {
    const services = fakeServices({ tradeoff: jest.fn(async () => VIEW) }, decideDraft(0.5));
    await renderPane(services, 5);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '11' } });
    expect(screen.getAllByText('55 % quality, 45 % cost').length).toBeGreaterThan(0);
  });
});
