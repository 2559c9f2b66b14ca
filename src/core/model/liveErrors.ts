import { fail, isLbfError, type LbfError } from '../errors';
import { MAX_LOAD_ERLANGS, MAX_QUEUE_STATES } from '../queueing';

/**
 * The queueing core names its own arguments (contacts per interval,
 * patienceSeconds); inside a scenario the analyst typed chats_per_week and
 * chat_patience_seconds. Errors raised while staffing a live channel are
 * re-worded here with the scenario's parameter names.
 */

/** The scenario parameters behind one live channel. */
export interface LiveChannelNames {
  /** "chats" or "calls", as messages say it. */
  noun: string;
  volume: string;
  aht: string;
  patience: string;
}

/**
 * The parameter names of the chat or call channel.
 * @example channelNames('chat').volume // 'chats_per_week'
 */
export function channelNames(channel: 'chat' | 'call'): LiveChannelNames {
  return {
    noun: `${channel}s`,
    volume: `${channel}s_per_week`,
    aht: `${channel}_aht_minutes`,
    patience: `${channel}_patience_seconds`,
  };
}

/** What the live model knows about the channel when the queueing core fails. */
export interface LiveContext {
  names: LiveChannelNames;
  contactsPerWeek: number;
  contactsPerHour: number;
  ahtSeconds: number;
  patienceSeconds?: number;
}

const SCENARIO_TARGETS: Record<string, string> = {
  targetSeconds: 'live_answer_seconds',
  serviceLevel: 'live_sl_target',
  maxOccupancy: 'live_max_occupancy',
};
const SECONDS_PER_HOUR = 3600;
const show = (x: number) => String(Number(x.toPrecision(6)));

function reword(e: LbfError, c: LiveContext): never {
  const { names } = c;
  if (e.argument === 'contacts' || e.argument === 'agents') {
    const load = (c.contactsPerHour * c.ahtSeconds) / SECONDS_PER_HOUR;
    return fail({
      code: 'liveQueueLimit',
      argument: names.volume,
      value: c.contactsPerWeek,
      details: {
        reason:
          `at the busiest open hour that is ${show(c.contactsPerHour)} ${names.noun} an hour, ` +
          `an offered load of ${show(load)} Erlangs; it takes at most ${MAX_LOAD_ERLANGS}`,
        hint: `Check ${names.volume} (per week), ${names.aht} and peak_factor.`,
      },
    });
  }
  if (e.argument === 'patienceSeconds') {
    return fail({
      code: 'liveQueueLimit',
      argument: names.patience,
      value: c.patienceSeconds,
      details: {
        reason:
          `at ${show(c.contactsPerHour)} ${names.noun} an hour the queue would hold more ` +
          `than ${MAX_QUEUE_STATES} waiting contacts`,
        hint:
          `Use a shorter ${names.patience}, fewer ${names.noun}, or more in-house hours ` +
          '(inhouse_fte) for live.',
      },
    });
  }
  return fail(
    {
      code: 'noSolution',
      argument: SCENARIO_TARGETS[e.argument] ?? names.volume,
      details: { reason: `the ${names.noun} queue cannot be computed: ${e.message}` },
    },
    e.kind,
  );
}

/** Arguments the live model already words in scenario terms. */
const SCENARIO_WORDED = new Set(['live_sl_target', 'live_max_occupancy']);

/**
 * Runs one live channel's queueing computation and re-words any error the
 * queueing core raises with the scenario's parameter names.
 * @param context the channel, its week's volume and its names
 * @param compute the queueing work
 * @returns what `compute` returns
 * @example inScenarioTerms(ctx, () => requiredAgents(...)) // throws "chats_per_week = …"
 */
export function inScenarioTerms<T>(context: LiveContext, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (!isLbfError(e) || SCENARIO_WORDED.has(e.argument)) throw e;
    return reword(e, context);
  }
}
