import { erlangC } from '../../../src/core/queueing';
import { LbfError } from '../../../src/core/errors';
import reference from './fixtures/reference.json';

describe('erlangC', () => {
  it('gives P(wait) 0.1741319336 for 14 agents at 10 Erlangs (issue 2)', () => {
    expect(erlangC(14, 10)).toBeCloseTo(0.1741319336, 10);
  });

  it.each(reference.erlangC)(
    'matches the factorial formula (mpmath, 60 digits) at $agents agents, $loadErlangs Erlangs',
    ({ agents, loadErlangs, waitProbability }) => {
      expect(Math.abs(erlangC(agents, loadErlangs) / waitProbability - 1)).toBeLessThan(1e-12);
    },
  );

  it.each([
    [10, 10, 11],
    [9.5, 10, 11],
    [3, 7.5, 8],
  ])('refuses %d agents at %d Erlangs, naming %d as the smallest stable count', (n, a, min) => {
    let error: unknown;
    try {
      erlangC(n, a);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LbfError);
    const lbf = error as LbfError;
    expect(lbf.code).toBe('unstableLoad');
    expect(lbf.details).toEqual({ load: a, minAgents: min });
    expect(lbf.message).toContain(`Use at least ${min} agents`);
  });

  it('accepts agents just above the load', () => {
    const wait = erlangC(10.0001, 10);
    expect(wait).toBeGreaterThan(0.999);
    expect(wait).toBeLessThanOrEqual(1);
  });

  it('is 0 with no load', () => {
    expect(erlangC(0, 0)).toBe(0);
    expect(erlangC(5, 0)).toBe(0);
  });
});
