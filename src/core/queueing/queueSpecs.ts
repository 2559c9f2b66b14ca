import { toNumber, type NumberSpec } from '../args';
import { fail } from '../errors';

/**
 * Accepted range of every queueing argument, declared once: the core checks
 * its inputs with these and the custom functions parse Excel arguments with
 * the same table, so both refuse bad input in the same words.
 */
export const QUEUE_SPECS = {
  contacts: { min: 0, hint: 'Write the contacts offered in one interval, e.g. 100.' },
  intervalMinutes: { min: 0, minExclusive: true, hint: 'Write the interval in minutes, e.g. 30.' },
  ahtSeconds: {
    min: 0,
    minExclusive: true,
    hint: 'Write the average handle time in seconds, e.g. 180.',
  },
  agents: { min: 0, max: 1_000_000, hint: 'Write the agents on the queue, e.g. 14 or 12.5.' },
  targetSeconds: { min: 0, hint: 'Write the answer-time target in seconds, e.g. 20.' },
  patienceSeconds: {
    min: 0,
    minExclusive: true,
    hint: 'Write the mean patience in seconds, e.g. 300, or leave it empty for Erlang C.',
  },
  serviceLevel: { min: 0, max: 1, share: true, hint: 'Write 0.8 or 80 % for 80 %.' },
  maxOccupancy: {
    min: 0,
    minExclusive: true,
    max: 1,
    share: true,
    hint: 'Write 0.85 or 85 % for 85 %.',
  },
  maxAbandon: {
    min: 0,
    minExclusive: true,
    max: 1,
    share: true,
    hint: 'Write 0.05 or 5 % for 5 %.',
  },
  asaSeconds: { min: 0, minExclusive: true, hint: 'Write the highest mean wait in seconds.' },
  shrinkage: {
    min: 0,
    max: 1,
    maxExclusive: true,
    share: true,
    hint: 'shrinkage is a share below 1, e.g. 0.3 or 30 %.',
  },
  from: { min: 0, max: 1_000_000, integer: true, hint: 'Write the first agent count, e.g. 10.' },
  to: { min: 0, max: 1_000_000, integer: true, hint: 'Write the last agent count, e.g. 20.' },
} satisfies Record<string, NumberSpec>;

export type QueueArgument = keyof typeof QUEUE_SPECS;

/** Largest offered load the solver takes, in Erlangs (its scratch grows with it). */
export const MAX_LOAD_ERLANGS = 1_000_000;

/**
 * Checks one numeric input against its declared range; a valid number
 * passes through unchanged, anything else throws the catalogue's error.
 * @example checkQueueNumber('agents', 14) // 14
 */
export function checkQueueNumber(argument: QueueArgument, value: unknown): number {
  return toNumber(argument, value, QUEUE_SPECS[argument]);
}

/**
 * Like `checkQueueNumber`, but undefined or null stays undefined (an omitted target).
 * @example checkOptionalQueueNumber('maxOccupancy', undefined) // undefined
 */
export function checkOptionalQueueNumber(
  argument: QueueArgument,
  value: unknown,
): number | undefined {
  return value === undefined || value === null ? undefined : checkQueueNumber(argument, value);
}

/**
 * Refuses an offered load beyond `MAX_LOAD_ERLANGS`, naming the contacts.
 * @param loadErlangs offered load in Erlangs
 * @param contacts the contacts behind it, for the message
 * @returns the load, unchanged
 * @example checkLoad(10, 100) // 10
 */
export function checkLoad(loadErlangs: number, contacts: number): number {
  if (loadErlangs > MAX_LOAD_ERLANGS) {
    fail({
      code: 'outOfRange',
      argument: 'contacts',
      value: contacts,
      details: {
        range: `small enough that the offered load stays at most ${MAX_LOAD_ERLANGS} Erlangs`,
        hint: `The offered load (contacts × AHT / interval) is ${loadErlangs} Erlangs.`,
      },
    });
  }
  return loadErlangs;
}
