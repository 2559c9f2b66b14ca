import { agentsRequired, erlangA, maxAgentsSearched } from '../../../src/core/queueing';
import { LbfError } from '../../../src/core/errors';
import reference from './fixtures/reference.json';

const issueLoad = { contactsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180 };

function errorOf(f: () => unknown): LbfError {
  try {
    f();
  } catch (e) {
    if (e instanceof LbfError) return e;
    throw e;
  }
  throw new Error('expected an LbfError');
}

describe('agentsRequired with Erlang C', () => {
  it('needs 14 agents for 80 % in 20 s at 10 Erlangs (issue 2), bound by service level', () => {
    const answer = agentsRequired(issueLoad, { targetSeconds: 20, serviceLevel: 0.8 });
    expect(answer.agents).toBe(14);
    expect(answer.binding).toBe('serviceLevel');
    expect(answer.result.serviceLevel).toBeCloseTo(0.8883500192, 10);
  });

  it('needs 15 agents with a maximum occupancy of 0.70: 10/14 = 0.714 > 0.70 ≥ 10/15', () => {
    const answer = agentsRequired(issueLoad, {
      targetSeconds: 20,
      serviceLevel: 0.8,
      maxOccupancy: 0.7,
    });
    expect(answer).toMatchObject({ agents: 15, binding: 'occupancy' });
  });

  it.each(reference.erlangCRequired)(
    'matches an exact-factorial scan (mpmath) for $contacts contacts, SL $serviceLevel ' +
      'in $targetSeconds s',
    (row) => {
      const load = {
        contactsPerInterval: row.contacts,
        intervalMinutes: row.intervalMinutes,
        ahtSeconds: row.ahtSeconds,
      };
      const answer = agentsRequired(load, row);
      expect(answer.agents).toBe(row.agents);
      expect(Math.abs(answer.result.serviceLevel - row.serviceLevelAtAgents)).toBeLessThan(1e-9);
    },
  );

  it('solves 10,000 Erlangs without overflow (10,013 agents, as the mpmath scan)', () => {
    const answer = agentsRequired(
      { contactsPerInterval: 100000, intervalMinutes: 30, ahtSeconds: 180 },
      { targetSeconds: 20, serviceLevel: 0.8 },
    );
    expect(answer.agents).toBe(10013);
    expect(Number.isFinite(answer.result.asaSeconds)).toBe(true);
  });

  it('meets an ASA target: ASA = P(wait)·AHT/(n − A) ≤ 5 s needs 15 agents', () => {
    // At 14 agents ASA is 7.836 s (issue 2); 15 agents: P(wait) 0.0889 → 0.0889·180/5 = 3.2 s.
    const answer = agentsRequired(issueLoad, {
      targetSeconds: 20,
      serviceLevel: 0.8,
      asaSeconds: 5,
    });
    expect(answer).toMatchObject({ agents: 15, binding: 'asa' });
    expect(answer.result.asaSeconds).toBeLessThanOrEqual(5);
  });

  it("reports 'none' when the smallest stable count already meets every target", () => {
    // 11 agents at 10 Erlangs: SL(0 s) = 1 − 0.682 = 0.318 ≥ 0.3.
    const answer = agentsRequired(issueLoad, { targetSeconds: 0, serviceLevel: 0.3 });
    expect(answer).toMatchObject({ agents: 11, binding: 'none' });
  });

  it('needs zero agents for zero contacts, with service level 1', () => {
    const answer = agentsRequired(
      { ...issueLoad, contactsPerInterval: 0 },
      { targetSeconds: 20, serviceLevel: 0.8 },
    );
    expect(answer).toMatchObject({ agents: 0, binding: 'none' });
    expect(answer.result.serviceLevel).toBe(1);
  });

  it('refuses a maximum abandonment without a patience, naming maxAbandon', () => {
    const e = errorOf(() =>
      agentsRequired(issueLoad, { targetSeconds: 20, serviceLevel: 0.8, maxAbandonShare: 0.05 }),
    );
    expect(e.argument).toBe('maxAbandon');
    expect(e.message).toContain('give patienceSeconds');
  });

  it('refuses a service level of 80 meant as 80 %', () => {
    const e = errorOf(() => agentsRequired(issueLoad, { targetSeconds: 20, serviceLevel: 80 }));
    expect(e.code).toBe('percentAsWhole');
    expect(e.message).toBe(
      'serviceLevel is a share between 0 and 1; got 80. Write 0.8 or 80 %, not 80.',
    );
  });

  it('says a target no count within the search bound reaches is unreachable', () => {
    // Bound ⌈A + 20·√A + 100⌉ = ⌈10,000 + 2,000 + 100⌉ = 12,100 at 10,000 Erlangs, where
    // Erlang C's ASA is still about 1e-90 s, so an ASA of 1e-200 s is out of reach.
    expect(maxAgentsSearched(10000)).toBe(12100);
    const e = errorOf(() =>
      agentsRequired(
        { contactsPerInterval: 100000, intervalMinutes: 30, ahtSeconds: 180 },
        { targetSeconds: 20, serviceLevel: 0.8, asaSeconds: 1e-200 },
      ),
    );
    expect(e.code).toBe('unreachableTarget');
    expect(e.argument).toBe('asaSeconds');
    expect(e.message).toBe(
      'No agent count up to 12100 meets asaSeconds = 1e-200. Relax the target.',
    );
  });
});

describe('agentsRequired with Erlang A', () => {
  const patience = { targetSeconds: 20, serviceLevel: 0.8, patienceSeconds: 300 };

  it('needs 13 agents at 10 Erlangs with 300 s patience: SL(12) < 0.8 ≤ SL(13)', () => {
    const answer = agentsRequired(issueLoad, patience);
    expect(answer).toMatchObject({ agents: 13, binding: 'serviceLevel' });
    const at = (agents: number) =>
      erlangA({ agents, loadErlangs: 10, ahtSeconds: 180, patienceSeconds: 300, targetSeconds: 20 })
        .serviceLevel;
    expect(at(12)).toBeLessThan(0.8);
    expect(at(13)).toBeGreaterThanOrEqual(0.8);
  });

  it('meets a maximum abandonment, reporting it as binding when it sets the count', () => {
    // At 13 agents abandonment is 0.02496 (fixture chain, 14 agents: 0.013984), so ≤ 0.015
    // needs 14.
    const answer = agentsRequired(issueLoad, { ...patience, maxAbandonShare: 0.015 });
    expect(answer).toMatchObject({ agents: 14, binding: 'abandonment' });
    expect(answer.result.abandonShare).toBeCloseTo(0.013984, 6);
  });

  it("gives one agent and binding 'none' when every target is met by any count", () => {
    // A service level of 0 is met at any count; under load the solver never answers 0.
    const answer = agentsRequired(issueLoad, { ...patience, serviceLevel: 0 });
    expect(answer).toMatchObject({ agents: 1, binding: 'none' });
  });

  it('says which target is out of reach under Erlang A too', () => {
    expect(() => agentsRequired(issueLoad, { ...patience, asaSeconds: 1e-300 })).toThrow(
      'No agent count up to 174 meets asaSeconds = 1e-300. Relax the target.',
    );
  });

  it('staffs 10,000 Erlangs below the load: abandonment carries the rest', () => {
    const answer = agentsRequired(
      { contactsPerInterval: 100000, intervalMinutes: 30, ahtSeconds: 180 },
      patience,
    );
    expect(answer.agents).toBeLessThan(10000);
    expect(answer.result.serviceLevel).toBeGreaterThanOrEqual(0.8);
    // Fluid limit: abandonment ≈ 1 − n/A when n < A.
    expect(answer.result.abandonShare).toBeCloseTo(1 - answer.agents / 10000, 3);
  });

  it('with patience → 0 staffs the loss system: B(n, 10) ≤ 0.01 needs 18 agents', () => {
    // Closed-form Erlang B at 10 Erlangs: B(17) = 0.012949 > 0.01 ≥ B(18) = 0.0071424, and
    // every waiting contact hangs up at once, so abandonment = B(n, A) (SL 1 − B ≥ 0.5).
    const answer = agentsRequired(issueLoad, {
      targetSeconds: 20,
      serviceLevel: 0.5,
      patienceSeconds: 1e-20,
      maxAbandonShare: 0.01,
    });
    expect(answer).toMatchObject({ agents: 18, binding: 'abandonment' });
    expect(answer.result.abandonShare).toBeCloseTo(0.007142438157899781, 12);
  });

  it('staffs a million Erlangs with a 1e6 s patience (its deep-overload probes were refused)', () => {
    const load = { contactsPerInterval: 1e7, intervalMinutes: 30, ahtSeconds: 180 };
    const targets = { targetSeconds: 20, serviceLevel: 0.8, patienceSeconds: 1e6 };
    const answer = agentsRequired(load, targets);
    // Minimal: SL(n − 1) < 0.8 ≤ SL(n) for the Erlang A measures (checked against mpmath).
    const sl = (agents: number) =>
      erlangA({
        agents,
        loadErlangs: 1e6,
        ahtSeconds: 180,
        patienceSeconds: 1e6,
        targetSeconds: 20,
      }).serviceLevel;
    expect(sl(answer.agents - 1)).toBeLessThan(0.8);
    expect(sl(answer.agents)).toBeGreaterThanOrEqual(0.8);
    // Abandonment only helps, so Erlang A needs no more than Erlang C; and the service
    // level is at most n/A (flow balance), so at least 0.8·A = 800,000.
    const erlangC = agentsRequired(load, { targetSeconds: 20, serviceLevel: 0.8 }).agents;
    expect(answer.agents).toBeLessThanOrEqual(erlangC);
    expect(answer.agents).toBeGreaterThan(800000);
  });

  it('names patience, load and agents when a queue is too long to sum', () => {
    const e = errorOf(() =>
      erlangA({
        agents: 0,
        loadErlangs: 10000,
        ahtSeconds: 180,
        patienceSeconds: 1e9,
        targetSeconds: 20,
      }),
    );
    expect(e.code).toBe('queueTooLong');
    expect(e.message).toBe(
      'patienceSeconds = 1000000000 s is too long for an offered load ' +
        'of 10000 Erlangs at 0 agents: more than 4000000 contacts would be waiting, more than ' +
        'LBF can sum. Use a shorter patience or fewer contacts per interval.',
    );
  });
});
