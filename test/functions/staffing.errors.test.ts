import fc from 'fast-check';
import {
  abandonFunction,
  agentsFunction,
  asaFunction,
  erlangCFunction,
  fteFunction,
  occupancyFunction,
  serviceLevelFunction,
  staffingCurveFunction,
} from '../../src/functions/staffing';

/** The CustomFunctions.Error the runtime provides (test/setup.ts). */
interface ErrorValue {
  code: string;
  message?: string;
}

function asError(value: unknown): ErrorValue {
  const e = value as ErrorValue;
  expect(e).toBeInstanceOf(CustomFunctions.Error);
  return e;
}

const LOAD = [100, 30, 180] as const;

describe('staffing functions refuse bad input with #VALUE! naming the argument', () => {
  it.each<[string, () => unknown, string]>([
    [
      'negative contacts',
      () => erlangCFunction(-5, 30, 180, 14),
      'contacts must be a number ≥ 0; got -5. Write the contacts offered in one interval, ' +
        'e.g. 100.',
    ],
    [
      'missing contacts',
      () => erlangCFunction(null, 30, 180, 14),
      'contacts is required but is missing. Enter a value.',
    ],
    [
      'a zero interval',
      () => serviceLevelFunction(100, 0, 180, 14, 20),
      'intervalMinutes must be a number > 0; got 0. Write the interval in minutes, e.g. 30.',
    ],
    [
      'text AHT',
      () => asaFunction(100, 30, 'three minutes', 14),
      'ahtSeconds must be a number; got "three minutes". Write a number > 0.',
    ],
    [
      'boolean agents',
      () => occupancyFunction(100, 30, 180, true),
      'agents must be a number; got TRUE. Write a number ≥ 0 and ≤ 1000000.',
    ],
    [
      'a missing target',
      () => serviceLevelFunction(...LOAD, 14, null),
      'targetSeconds is required but is missing. Enter a value.',
    ],
    [
      'a negative patience',
      () => serviceLevelFunction(...LOAD, 14, 20, -300),
      'patienceSeconds must be a number > 0; got -300. Write the mean patience in seconds, ' +
        'e.g. 300, or leave it empty for Erlang C.',
    ],
    [
      'a missing patience in ABANDON',
      () => abandonFunction(...LOAD, 14, null),
      'patienceSeconds is required but is missing. Enter a value.',
    ],
    [
      'a service level of 80 meant as 80 %',
      () => agentsFunction(...LOAD, 20, 80),
      'serviceLevel is a share between 0 and 1; got 80. Write 0.8 or 80 %, not 80.',
    ],
    [
      'a service level past 100',
      () => agentsFunction(...LOAD, 20, 180),
      'serviceLevel must be a number ≥ 0 and ≤ 1; got 180. Write 0.8 or 80 % for 80 %.',
    ],
    [
      'a maximum occupancy of 85',
      () => agentsFunction(...LOAD, 20, 0.8, 85),
      'maxOccupancy is a share between 0 and 1; got 85. Write 0.85 or 85 %, not 85.',
    ],
    [
      'a maximum occupancy of 0',
      () => agentsFunction(...LOAD, 20, 0.8, 0),
      'maxOccupancy must be a number > 0 and ≤ 1; got 0. Write 0.85 or 85 % for 85 %.',
    ],
    [
      'a maximum abandonment without patience',
      () => agentsFunction(...LOAD, 20, 0.8, null, null, 0.05),
      'maxAbandon: Erlang C has no abandonment; give patienceSeconds (Erlang A) or leave ' +
        'maxAbandon empty.',
    ],
    [
      'a shrinkage of 1',
      () => fteFunction(14, 1),
      'shrinkage must be a number ≥ 0 and < 1; got 1. shrinkage is a share below 1, ' +
        'e.g. 0.3 or 30 %.',
    ],
    // 100 would be 100 % = 1, itself refused (shrinkage < 1): no "write 1 or 100 %" hint.
    [
      'a shrinkage of 100',
      () => fteFunction(14, 100),
      'shrinkage must be a number ≥ 0 and < 1; got 100. shrinkage is a share below 1, ' +
        'e.g. 0.3 or 30 %.',
    ],
    [
      'a zero patience in ABANDON',
      () => abandonFunction(...LOAD, 14, 0),
      'patienceSeconds must be a number > 0; got 0. Write the mean patience in seconds, ' +
        'e.g. 300: ABANDON needs one.',
    ],
    [
      'contacts as percent text',
      () => erlangCFunction('50%', 30, 180, 1),
      'contacts takes a plain number, not a percentage; got "50%". Write the contacts ' +
        'offered in one interval, e.g. 100.',
    ],
    [
      'a target as percent text',
      () => agentsFunction(...LOAD, '20%', 0.8),
      'targetSeconds takes a plain number, not a percentage; got "20%". Write the ' +
        'answer-time target in seconds, e.g. 20.',
    ],
    [
      'a cell error for agents',
      () =>
        fteFunction(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, 'x'), 0.3),
      'agents refers to a cell holding the error "#N/A"; fix that cell first.',
    ],
    [
      'a shrinkage of 30 meant as 30 %',
      () => fteFunction(14, 30),
      'shrinkage is a share between 0 and 1; got 30. Write 0.3 or 30 %, not 30.',
    ],
    [
      'negative agents in FTE',
      () => fteFunction(-1, 0.3),
      'agents must be a number ≥ 0 and ≤ 1000000; got -1. Write the agents on the queue, ' +
        'e.g. 14 or 12.5.',
    ],
  ])('%s', (_case, call, message) => {
    const e = asError(call());
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(message);
  });

  it('names the smallest stable count when agents ≤ load (#VALUE!, not #NUM!)', () => {
    for (const call of [
      () => erlangCFunction(...LOAD, 10),
      () => serviceLevelFunction(...LOAD, 9.5, 20),
      () => asaFunction(...LOAD, 10, null),
      () => occupancyFunction(...LOAD, 3),
    ]) {
      const e = asError(call());
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toMatch(/^agents = [\d.]+ cannot carry an offered load of 10 Erlangs/);
      expect(e.message).toContain('Use at least 11 agents, or give a patience for Erlang A.');
    }
  });

  it('accepts the edges of each range and refuses just past them', () => {
    expect(agentsFunction(...LOAD, 0, 0)).toBe(11);
    expect(typeof agentsFunction(...LOAD, 0, 1)).toBe('number');
    expect(asError(agentsFunction(...LOAD, 0, 1.0001)).code).toBe('#VALUE!');
    expect(asError(agentsFunction(...LOAD, -0.001, 0.8)).message).toContain('targetSeconds');
    expect(fteFunction(14, 0)).toBe(14);
    expect(fteFunction(14, 0.9999)).toBeCloseTo(140000, 4);
    expect(erlangCFunction(0, 30, 180, 0)).toBe(0);
  });

  it('refuses a staffing curve longer than 1,000 rows, inside a 1×1 table', () => {
    const table = staffingCurveFunction(...LOAD, 20, null, 0, 1000);
    expect(table).toHaveLength(1);
    const e = asError(table[0][0]);
    expect(e.message).toBe(
      'to must be at most 999; got 1000. A staffing curve has at most 1000 rows; ' +
        'narrow from … to.',
    );
  });

  it('refuses fractional or reversed curve bounds, naming from or to', () => {
    expect(asError(staffingCurveFunction(...LOAD, 20, null, 12.5, 20)[0][0]).message).toBe(
      'from must be a whole number; got 12.5.',
    );
    expect(asError(staffingCurveFunction(...LOAD, 20, null, 20, 12)[0][0]).message).toBe(
      'to must be at least from (20); got 12.',
    );
  });

  it('never returns NaN or Infinity over a grid of awkward but valid inputs', () => {
    const values: unknown[] = [];
    for (const contacts of [0, 1e-9, 1, 1e5]) {
      for (const agents of [0, 0.5, 13.9, 1e4 + 14]) {
        values.push(serviceLevelFunction(contacts, 30, 180, agents, 20, 1));
        values.push(asaFunction(contacts, 30, 180, agents, 1e6));
        values.push(abandonFunction(contacts, 30, 180, agents, 30));
      }
    }
    for (const v of values) {
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      else expect(asError(v).code).toBe('#VALUE!');
    }
  });

  it('never throws, never returns NaN or Infinity, whatever Excel passes (fast-check)', () => {
    const cell = fc.oneof(
      fc.double(), // includes NaN, ±Infinity, -0
      fc.double({ min: 0, max: 2000, noNaN: true }),
      fc.integer({ min: -5, max: 200 }),
      fc.constantFrom(null, '', 'abc', '80%', '1,200', true, false),
      fc.string({ maxLength: 6 }),
    );
    const functions: ((...args: unknown[]) => unknown)[] = [
      erlangCFunction,
      serviceLevelFunction,
      asaFunction,
      abandonFunction,
      occupancyFunction,
      agentsFunction,
      fteFunction,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...functions),
        fc.array(cell, { minLength: 8, maxLength: 8 }),
        (f, args) => {
          const value = f(...args);
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          else expect(asError(value).message).toMatch(/\w/);
        },
      ),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.tuple(cell, cell, cell, cell, cell, cell, cell), (args) => {
        for (const value of staffingCurveFunction(...args).flat()) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          else if (typeof value !== 'string') expect(asError(value).message).toMatch(/\w/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
