import { evaluateQueue, type QueueInput } from '../../../src/core/queueing';
import { LbfError } from '../../../src/core/errors';

const issueInterval = { contactsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 };

function errorOf(f: () => unknown): LbfError {
  try {
    f();
  } catch (e) {
    if (e instanceof LbfError) return e;
    throw e;
  }
  throw new Error('expected an LbfError');
}

describe('evaluateQueue with Erlang C', () => {
  // Issue 2: 100 contacts per 30 minutes, AHT 180 s → A = 100 × 180 / 1800 = 10 Erlangs.
  const result = evaluateQueue({ ...issueInterval, agents: 14, targetSeconds: 20 });

  it('reproduces the issue 2 figures for 14 agents, target 20 s', () => {
    expect(result.model).toBe('erlangC');
    expect(result.offeredLoadErlangs).toBe(10);
    expect(result.waitProbability).toBeCloseTo(0.1741319336, 10);
    expect(result.serviceLevel).toBeCloseTo(0.8883500192, 10);
    expect(result.asaSeconds).toBeCloseTo(7.835937, 6);
    expect(result.occupancy).toBeCloseTo(0.7142857, 7); // 10 / 14
    expect(result.abandonShare).toBe(0);
  });

  it('gives 13 agents a service level below 0.80 (issue 2)', () => {
    const thirteen = evaluateQueue({ ...issueInterval, agents: 13, targetSeconds: 20 });
    expect(thirteen.serviceLevel).toBeLessThan(0.8);
  });

  it('treats an omitted target as 0 s: service level = 1 − P(wait)', () => {
    const r = evaluateQueue({ ...issueInterval, agents: 14 });
    expect(r.serviceLevel).toBeCloseTo(1 - 0.1741319336, 10);
  });

  it('gives zero contacts service level 1 and zeros elsewhere, even with zero agents', () => {
    for (const agents of [0, 5]) {
      expect(evaluateQueue({ ...issueInterval, contactsPerInterval: 0, agents })).toEqual({
        model: 'erlangC',
        offeredLoadErlangs: 0,
        waitProbability: 0,
        serviceLevel: 1,
        asaSeconds: 0,
        occupancy: 0,
        abandonShare: 0,
      });
    }
  });

  it('refuses agents at or below the load, naming the smallest stable count', () => {
    const e = errorOf(() => evaluateQueue({ ...issueInterval, agents: 10 }));
    expect(e.code).toBe('unstableLoad');
    expect(e.argument).toBe('agents');
    expect(e.details).toEqual({ load: 10, minAgents: 11 });
    expect(e.message).toBe(
      'agents = 10 cannot carry an offered load of 10 Erlangs: the queue grows without ' +
        'bound. Use at least 11 agents, or give a patience for Erlang A.',
    );
  });

  it.each<[string, Partial<QueueInput>, string]>([
    ['negative contacts', { contactsPerInterval: -1 }, 'contacts'],
    ['a zero interval', { intervalMinutes: 0 }, 'intervalMinutes'],
    ['a zero AHT', { ahtSeconds: 0 }, 'ahtSeconds'],
    ['negative agents', { agents: -2 }, 'agents'],
    ['a negative target', { targetSeconds: -5 }, 'targetSeconds'],
    ['a zero patience', { patienceSeconds: 0 }, 'patienceSeconds'],
    ['NaN agents', { agents: NaN }, 'agents'],
  ])('refuses %s, naming the argument', (_case, change, argument) => {
    const e = errorOf(() => evaluateQueue({ ...issueInterval, agents: 14, ...change }));
    expect(e.argument).toBe(argument);
  });
});

describe('evaluateQueue with Erlang A', () => {
  it('reproduces the issue 2 figures with a mean patience of 300 s', () => {
    const r = evaluateQueue({
      ...issueInterval,
      agents: 14,
      targetSeconds: 20,
      patienceSeconds: 300,
    });
    expect(r.model).toBe('erlangA');
    expect(r.waitProbability).toBeCloseTo(0.14526, 5);
    expect(r.abandonShare).toBeCloseTo(0.013984, 6);
    expect(r.occupancy).toBeCloseTo(0.704297, 6);
    expect(r.asaSeconds).toBeCloseTo(4.1951, 4);
    expect(r.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it('is stable below the load: everyone waits, a fixed share abandons', () => {
    const r = evaluateQueue({
      ...issueInterval,
      agents: 5,
      targetSeconds: 20,
      patienceSeconds: 300,
    });
    expect(r.waitProbability).toBeGreaterThan(0.99);
    // Fluid limit: 5 agents answer 5 of 10 Erlangs, so about half abandons.
    expect(r.abandonShare).toBeGreaterThan(0.49);
    expect(r.abandonShare).toBeLessThan(0.51);
    expect(r.occupancy).toBeGreaterThan(0.99);
  });

  it('gives zero contacts service level 1', () => {
    const r = evaluateQueue({
      ...issueInterval,
      contactsPerInterval: 0,
      agents: 0,
      patienceSeconds: 60,
      targetSeconds: 20,
    });
    expect(r).toMatchObject({ model: 'erlangA', serviceLevel: 1, abandonShare: 0, asaSeconds: 0 });
  });

  it('answers nobody with zero agents: all abandon', () => {
    const r = evaluateQueue({
      ...issueInterval,
      agents: 0,
      patienceSeconds: 60,
      targetSeconds: 20,
    });
    expect(r.serviceLevel).toBe(0);
    expect(r.abandonShare).toBeCloseTo(1, 12);
    expect(r.occupancy).toBe(0);
  });
});
