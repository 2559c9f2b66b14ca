import fc from 'fast-check';
import { clearLiveCache, project, runScenario } from '../../../src/core/model';
import { requiredAgents } from '../../../src/core/model/live';
import { agentsRequired, evaluateQueue } from '../../../src/core/queueing';
import { scenarioOf } from './helpers';
import { errorOf } from '../params/helpers';

/**
 * Independent Erlang C (MODEL.md §1), written out here: B(0) = 1,
 * B(k) = A·B(k−1)/(k + A·B(k−1)); C = n·B/(n − A·(1 − B));
 * SL = 1 − C·exp(−(n − A)·t/AHT); ASA = C·AHT/(n − A).
 */
function erlangC(n: number, load: number, ahtSeconds: number, targetSeconds: number) {
  let b = 1;
  for (let k = 1; k <= n; k += 1) b = (load * b) / (k + load * b);
  const wait = (n * b) / (n - load * (1 - b));
  return {
    sl: 1 - wait * Math.exp((-(n - load) * targetSeconds) / ahtSeconds),
    asa: (wait * ahtSeconds) / (n - load),
  };
}

function agentsFor(load: number, ahtSeconds: number, sl: number, targetSeconds: number) {
  let n = Math.floor(load) + 1;
  while (erlangC(n, load, ahtSeconds, targetSeconds).sl < sl) n += 1;
  return n;
}

// 8000 chats a week over 40 open hours = 200 an hour × 180 s = 10 Erlangs.
const chats = { chats_per_week: 8000, chat_aht_minutes: 3, inhouse_shrinkage: 0.3 };

describe('project: live channels first', () => {
  it('reserves agents × open hours for live, tickets get the rest', () => {
    const n = agentsFor(10, 180, 0.8, 20); // 14 agents for 80 % in 20 s at 10 Erlangs
    expect(n).toBe(14);
    // 25 FTE × 40 × 0.7 = 700 h; live 14 × 40 = 560 h; tickets 140 h × 60/12 = 700.
    const w = project(scenarioOf({ ...chats, inhouse_fte: 25 })).weeks[0];
    expect(w.liveAgentsRequired).toBe(14);
    expect(w.liveHoursReserved).toBe(560);
    expect(w.capacityInhouseTickets).toBeCloseTo(700, 9);
    const ref = erlangC(14, 10, 180, 20);
    expect(w.liveServiceLevel).toBeCloseTo(ref.sl, 9);
    expect(w.liveAsaSeconds).toBeCloseTo(ref.asa, 6);
    expect(w.liveAbandonShare).toBe(0);
  });

  it('staffs the busiest hour: peak_factor 1.5 → 300 chats an hour, 15 Erlangs', () => {
    const w = project(scenarioOf({ ...chats, inhouse_fte: 40, peak_factor: 1.5 })).weeks[0];
    expect(w.liveAgentsRequired).toBe(agentsFor(15, 180, 0.8, 20));
  });

  it('honours live_max_occupancy: 10 Erlangs at most 70 % busy needs 15 agents', () => {
    // 10/14 = 0.714 > 0.7; 10/15 = 0.667 ≤ 0.7
    const w = project(scenarioOf({ ...chats, inhouse_fte: 40, live_max_occupancy: 0.7 })).weeks[0];
    expect(w.liveAgentsRequired).toBe(15);
  });

  it('gives live every in-house hour when short; Erlang C with too few agents has SL 0', () => {
    // 10 FTE × 40 × 0.7 = 280 h = 7 agents < 10 Erlangs: unstable, no ASA, tickets get 0.
    const run = runScenario(scenarioOf({ ...chats, inhouse_fte: 10 }));
    const w = run.projection.weeks[0];
    expect([w.liveAgentsAvailable, w.liveHoursReserved]).toEqual([7, 280]);
    expect([w.liveServiceLevel, w.liveAsaSeconds, w.capacityInhouseTickets]).toEqual([0, null, 0]);
    expect(run.metrics.live_asa_seconds).toBeNull();
    expect(run.unavailable.live_asa_seconds).toContain('a live queue is unstable');
  });

  it('splits a shortfall in proportion to need and computes SL for the agents available', () => {
    // Both Erlang A: chats 10 Erlangs, patience 180 s; calls 4000 a week = 100/h × 300 s
    // = 8.33 Erlangs, patience 120 s. 15 FTE × 40 × 0.7 = 420 h = 10.5 agents, shared in
    // proportion to each channel's required agents (read from the solver's answer).
    const s = scenarioOf({
      ...chats,
      inhouse_fte: 15,
      calls_per_week: 4000,
      call_aht_minutes: 5,
      call_patience_seconds: 120,
      chat_patience_seconds: 180,
    });
    const w = project(s).weeks[0];
    const chatAgents = project(
      scenarioOf({ ...chats, inhouse_fte: 100, chat_patience_seconds: 180 }),
    ).weeks[0].liveAgentsRequired;
    const callAgents = w.liveAgentsRequired - chatAgents;
    const chatShare = (10.5 * chatAgents) / w.liveAgentsRequired;
    const callShare = (10.5 * callAgents) / w.liveAgentsRequired;
    const chat = evaluateQueue({
      contactsPerInterval: 200,
      intervalMinutes: 60,
      ahtSeconds: 180,
      agents: chatShare,
      targetSeconds: 20,
      patienceSeconds: 180,
    });
    const call = evaluateQueue({
      contactsPerInterval: 100,
      intervalMinutes: 60,
      ahtSeconds: 300,
      agents: callShare,
      targetSeconds: 20,
      patienceSeconds: 120,
    });
    expect(w.liveAgentsAvailable).toBeCloseTo(10.5, 9);
    expect(w.liveServiceLevel).toBeCloseTo(
      (8000 * chat.serviceLevel + 4000 * call.serviceLevel) / 12000,
      9,
    );
    expect(w.liveAbandonShare).toBeCloseTo(
      (8000 * chat.abandonShare + 4000 * call.abandonShare) / 12000,
      9,
    );
  });

  it('serves no live channel with no volume: live fields are not defined', () => {
    const w = project(scenarioOf()).weeks[0];
    expect([w.liveContacts, w.liveServiceLevel, w.liveHoursReserved]).toEqual([0, null, 0]);
  });
});

describe('requiredAgents: warm start from last week', () => {
  it('finds the same agents as a full search, for rising and falling loads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 5, max: 400, noNaN: true }), { minLength: 2, maxLength: 12 }),
        fc.constantFrom(undefined, 60, 240),
        fc.constantFrom(undefined, 0.85),
        (loads, patienceSeconds, maxOccupancy) => {
          clearLiveCache();
          const channel = { ahtSeconds: 300, patienceSeconds };
          const targets = { targetSeconds: 20, serviceLevel: 0.8, maxOccupancy };
          const memo = {};
          return loads.every((perHour) => {
            const warm = requiredAgents(perHour, channel, targets, memo).agents;
            const full = agentsRequired(
              { contactsPerInterval: perHour, intervalMinutes: 60, ahtSeconds: 300 },
              { ...targets, patienceSeconds },
            ).agents;
            return warm === full;
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('project: live targets that cannot be met', () => {
  it('names live_max_occupancy when no agent count within the search meets it', () => {
    // 10 Erlangs at most 1 % busy needs 1000 agents, past the solver's search bound
    // ⌈10 + 20·√10 + 100⌉ = 174.
    expect(() =>
      project(scenarioOf({ ...chats, inhouse_fte: 40, live_max_occupancy: 0.01 })),
    ).toThrow(/^No agent count up to 174 meets live_max_occupancy = 0\.01\./);
  });
});

describe('project: queueing limits worded with the scenario parameters', () => {
  it('names chats_per_week when the offered load passes 1,000,000 Erlangs', () => {
    // 1e9 chats ÷ 40 open hours = 25,000,000 an hour × 300 s ÷ 3600 = 2,083,333 Erlangs.
    const e = errorOf(() =>
      project(scenarioOf({ chats_per_week: 1e9, chat_aht_minutes: 5, inhouse_fte: 10 })),
    );
    expect(e.argument).toBe('chats_per_week');
    expect(e.message).toBe(
      'chats_per_week = 1000000000 is more than the live queueing model can compute: at the ' +
        'busiest open hour that is 25000000 chats an hour, an offered load of 2083330 Erlangs; ' +
        'it takes at most 1000000. Check chats_per_week (per week), chat_aht_minutes and ' +
        'peak_factor.',
    );
  });

  it('names call_patience_seconds when the Erlang A queue would pass 4,000,000 contacts', () => {
    // 1e7 calls ÷ 40 h = 250,000 an hour; with a day's patience the waiting line is
    // far past the solver's 4,000,000 states.
    const e = errorOf(() =>
      project(
        scenarioOf({
          calls_per_week: 1e7,
          call_aht_minutes: 5,
          call_patience_seconds: 86400,
        }),
      ),
    );
    expect(e.argument).toBe('call_patience_seconds');
    expect(e.message).toMatch(
      new RegExp(
        '^call_patience_seconds = 86400 is more than the live queueing model can compute: ' +
          'at 250000 calls an hour the queue would hold more than 4000000 waiting contacts\\. ' +
          'Use a shorter call_patience_seconds',
      ),
    );
    expect(e.message).not.toMatch(/patienceSeconds|contacts must/);
  });
});
