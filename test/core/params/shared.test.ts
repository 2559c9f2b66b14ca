import { PARAMETER_BY_NAME, SHARED_ACROSS_OPTIONS, sharedReason } from '../../../src/core/params';

// The eight inputs the trade-off scores every option with (issue 8, defect 1):
// the horizon, the budget the efficiency index divides by, the quality weight,
// and the targets quality is measured against.
const SCORING_INPUTS = [
  'horizon_weeks',
  'budget_per_week',
  'quality_weight',
  'frt_target_hours',
  'resolution_rate_target',
  'backlog_days_target',
  'live_sl_target',
  'live_answer_seconds',
];

describe('SHARED_ACROSS_OPTIONS', () => {
  it('names exactly the scoring inputs, each a catalogue parameter', () => {
    expect(Object.keys(SHARED_ACROSS_OPTIONS).sort()).toEqual([...SCORING_INPUTS].sort());
    for (const name of SCORING_INPUTS)
      expect([name, PARAMETER_BY_NAME.has(name)]).toEqual([name, true]);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SHARED_ACROSS_OPTIONS)).toBe(true);
  });
});

describe('sharedReason', () => {
  it.each([
    ['quality_weight', 'the trade-off weighs every option with one quality weight'],
    ['budget_per_week', 'the efficiency index of every option is measured against one budget'],
    ['frt_target_hours', 'quality is measured against one first-response target'],
  ])('gives the reason for %s', (name, reason) => {
    expect(sharedReason(name)).toBe(reason);
  });

  it.each(['outsourced_fte', 'self_serve_target', 'toString', 'constructor'])(
    'lets options change %s',
    (name) => {
      expect(sharedReason(name)).toBeUndefined();
    },
  );
});
