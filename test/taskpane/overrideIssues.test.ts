import { overridesIssue } from '../../src/taskpane/state/overrideIssues';

describe('overridesIssue', () => {
  it('accepts numbers, percentages and choices within their ranges', () => {
    expect(
      overridesIssue('B', 'outsourced_fte = 16\nself_serve_target = 35%\nrouting = inhouse_first'),
    ).toBeUndefined();
  });

  // Issue 8 defect 1: an option that moved its own scoring inputs won the trade-off.
  it.each([
    ['budget_per_week = 1000000', 'budget_per_week', 'measured against one budget'],
    ['frt_target_hours = 1000', 'frt_target_hours', 'one first-response target'],
    ['quality_weight = 0', 'quality_weight', 'with one quality weight'],
    ['horizon_weeks = 4', 'horizon_weeks', 'over the same horizon'],
  ])('refuses %s, a scoring input every option shares', (line, name, reason) => {
    const issue = overridesIssue('B', `outsourced_fte = 16\n${line}`);
    expect(issue?.startsWith(`Option B, line 2: options cannot change ${name}: `)).toBe(true);
    expect(issue).toContain(reason);
    expect(issue).toContain(`Set ${name} once in the parameter table.`);
  });

  it('refuses a second line for the same name (defect 4)', () => {
    expect(overridesIssue('B', 'outsourced_fte = 16\noutsourced_fte = 0')).toBe(
      'Option B, line 2: outsourced_fte is already set on line 1; keep one line per name.',
    );
  });

  it('names an unknown parameter with the nearest known name (defect 6)', () => {
    expect(overridesIssue('C', 'outsorced_fte = 4')).toBe(
      'Option C, line 1: outsorced_fte is not a parameter name; did you mean outsourced_fte? ' +
        'LBF.PARAMETERS() lists every name.',
    );
  });

  it('takes a share typed as a whole number for a percent: 80 → 0.8 or 80 % (defect 6)', () => {
    expect(overridesIssue('A', 'self_serve_target = 80')).toBe(
      'Option A, line 1: self_serve_target is a share between 0 and 1; got 80. ' +
        'Write 0.8 or 80 %, not 80.',
    );
  });

  it('refuses a choice that is not one', () => {
    expect(overridesIssue('A', 'routing = fastest')).toBe(
      'Option A, line 1: routing must be one of balanced or inhouse_first; got "fastest".',
    );
  });

  it('names the line it cannot read', () => {
    expect(overridesIssue('A', 'inhouse_fte = 3\nInhouse FTE 4')).toBe(
      'Option A, line 2: write name = value, e.g. outsourced_fte = 6.',
    );
  });
});
