import fc from 'fast-check';
import { agentsRequired, evaluateQueue, type QueueResult } from '../../../src/core/queueing';

/** Random valid intervals: up to ~2,000 Erlangs, AHT 30 s – 20 min. */
const interval = fc.record({
  contactsPerInterval: fc.double({ min: 0, max: 5000, noNaN: true }),
  intervalMinutes: fc.constantFrom(15, 30, 60),
  ahtSeconds: fc.double({ min: 30, max: 1200, noNaN: true }),
  targetSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
});
const patience = fc.option(fc.double({ min: 5, max: 3600, noNaN: true }), { nil: undefined });

function loadOf(i: { contactsPerInterval: number; intervalMinutes: number; ahtSeconds: number }) {
  return (i.contactsPerInterval * i.ahtSeconds) / (i.intervalMinutes * 60);
}

function expectValid(r: QueueResult): void {
  for (const share of [r.waitProbability, r.serviceLevel, r.occupancy, r.abandonShare]) {
    expect(Number.isNaN(share)).toBe(false);
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  }
  expect(Number.isFinite(r.asaSeconds)).toBe(true);
  expect(r.asaSeconds).toBeGreaterThanOrEqual(0);
}

// Shares may differ by round-off between neighbouring counts once they are ~0 or ~1.
const ROUND_OFF = 1e-12;

describe('queue measures over random valid inputs (fast-check)', () => {
  it('stay in range, never NaN; SL rises, ASA, abandonment, occupancy fall with agents', () => {
    fc.assert(
      fc.property(
        interval,
        patience,
        fc.double({ min: 0, max: 40, noNaN: true }),
        (input, patienceSeconds, extraAgents) => {
          // Erlang C needs n > A; Erlang A takes any n, including below the load.
          const base =
            patienceSeconds === undefined
              ? Math.floor(loadOf(input)) + 1 + extraAgents
              : Math.max(0, loadOf(input) * 0.8 + extraAgents);
          const fewer = evaluateQueue({ ...input, agents: base, patienceSeconds });
          const more = evaluateQueue({ ...input, agents: base + 1, patienceSeconds });
          expectValid(fewer);
          expectValid(more);
          expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel - ROUND_OFF);
          expect(more.asaSeconds).toBeLessThanOrEqual(fewer.asaSeconds * (1 + ROUND_OFF));
          expect(more.abandonShare).toBeLessThanOrEqual(fewer.abandonShare + ROUND_OFF);
          // The Erlang A solver bisects on n, which needs occupancy to fall with n too.
          expect(more.occupancy).toBeLessThanOrEqual(fewer.occupancy + ROUND_OFF);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agents required meets the target, and one agent fewer does not', () => {
    fc.assert(
      fc.property(
        interval,
        patience,
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        (input, patienceSeconds, serviceLevel) => {
          const answer = agentsRequired(input, { ...input, serviceLevel, patienceSeconds });
          expectValid(answer.result);
          expect(answer.result.serviceLevel).toBeGreaterThanOrEqual(serviceLevel);
          if (answer.binding === 'serviceLevel') {
            const fewer = evaluateQueue({ ...input, agents: answer.agents - 1, patienceSeconds });
            expect(fewer.serviceLevel).toBeLessThan(serviceLevel);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
