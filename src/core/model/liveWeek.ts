import type { Scenario } from '../params';
import {
  fullOutcome,
  requiredAgents,
  shortOutcome,
  type LiveChannel,
  type LiveMemo,
  type LiveOutcome,
  type LiveTargets,
} from './live';
import { channelNames, inScenarioTerms, type LiveChannelNames } from './liveErrors';
import type { WeekRow } from './types';

/**
 * One week of live channels, served first by in-house tier 1 (MODEL.md
 * section 2). Agents are needed for every open hour, so reserved hours =
 * agents × support_hours_per_week. When in-house productive hours P fall
 * short of the need N, each channel gets P × its need ÷ N hours, i.e.
 * (those hours ÷ open hours) agents, possibly fractional, and its service
 * level is computed for that many agents (see `shortOutcome`).
 */

interface PreparedChannel extends LiveChannel {
  contactsPerWeek: number;
  /** The scenario parameters behind the channel, for messages. */
  names: LiveChannelNames;
  /** Last week's staffing solve, to warm-start this week's. */
  memo: { last?: LiveMemo };
}

export interface PreparedLive {
  channels: PreparedChannel[];
  targets: LiveTargets;
}

/**
 * The scenario's live channels with volume, in a form reused every week.
 * @example prepareLive(scenario).channels.length // 2 with chats and calls
 */
export function prepareLive(s: Scenario): PreparedLive {
  const channels: PreparedChannel[] = [];
  const add = (
    channel: 'chat' | 'call',
    contactsPerWeek: number,
    ahtMinutes?: number,
    patienceSeconds?: number,
  ) => {
    if (contactsPerWeek > 0 && ahtMinutes !== undefined) {
      const names = channelNames(channel);
      const ahtSeconds = ahtMinutes * 60;
      channels.push({ contactsPerWeek, ahtSeconds, patienceSeconds, names, memo: {} });
    }
  };
  add('chat', s.chats_per_week, s.chat_aht_minutes, s.chat_patience_seconds);
  add('call', s.calls_per_week, s.call_aht_minutes, s.call_patience_seconds);
  return {
    channels,
    targets: {
      targetSeconds: s.live_answer_seconds,
      serviceLevel: s.live_sl_target,
      maxOccupancy: s.live_max_occupancy,
    },
  };
}

function noLive(row: WeekRow): void {
  Object.assign(row, {
    liveContacts: 0,
    liveAgentsRequired: 0,
    liveAgentsAvailable: 0,
    liveHoursReserved: 0,
    liveServiceLevel: null,
    liveAsaSeconds: null,
    liveAbandonShare: null,
    busyHoursT1: 0,
  });
}

/**
 * Fills the live fields of `row` (and the live part of busyHoursT1).
 * @param volumeFactor growth × (1 − s_w)/(1 − s0) for this week
 * @example liveWeek(s, prepareLive(s), row, 1) // fills row.liveServiceLevel, …
 */
export function liveWeek(
  s: Scenario,
  live: PreparedLive,
  row: WeekRow,
  volumeFactor: number,
): void {
  const n = live.channels.length;
  if (n === 0 || volumeFactor <= 0) return noLive(row);
  const openHours = s.support_hours_per_week;
  const contacts: number[] = new Array(n);
  const perHour: number[] = new Array(n);
  const context = (i: number) => ({
    ...live.channels[i],
    contactsPerWeek: contacts[i],
    contactsPerHour: perHour[i],
  });
  const answers = live.channels.map((c, i) => {
    contacts[i] = c.contactsPerWeek * volumeFactor;
    perHour[i] = (contacts[i] / openHours) * s.peak_factor;
    return inScenarioTerms(context(i), () => requiredAgents(perHour[i], c, live.targets, c.memo));
  });
  const needAgents = answers.reduce((sum, a) => sum + a.agents, 0);
  const availableHours = row.productiveHoursInhouse;
  const short = needAgents * openHours > availableHours;
  const outcomes: LiveOutcome[] = answers.map((answer, i) =>
    short
      ? inScenarioTerms(context(i), () =>
          shortOutcome(
            answer.agents,
            (availableHours * answer.agents) / needAgents / openHours,
            perHour[i],
            live.channels[i],
            live.targets.targetSeconds,
          ),
        )
      : fullOutcome(answer),
  );
  summarise(row, contacts, outcomes, live.channels, openHours);
}

const SECONDS_PER_HOUR = 3600;

/**
 * Contact-weighted measures over channels. Busy hours are the work actually
 * answered (contacts × (1 − abandon) × AHT), at most the hours given to live.
 */
function summarise(
  row: WeekRow,
  contacts: number[],
  outcomes: LiveOutcome[],
  channels: PreparedChannel[],
  openHours: number,
): void {
  let total = 0;
  let sl = 0;
  let asa: number | null = 0;
  let abandon = 0;
  let busy = 0;
  let available = 0;
  let required = 0;
  outcomes.forEach((o, i) => {
    total += contacts[i];
    sl += contacts[i] * o.serviceLevel;
    asa = asa === null || o.asaSeconds === null ? null : asa + contacts[i] * o.asaSeconds;
    abandon += contacts[i] * o.abandonShare;
    busy += Math.min(
      o.agentsAvailable * openHours,
      (contacts[i] * (1 - o.abandonShare) * channels[i].ahtSeconds) / SECONDS_PER_HOUR,
    );
    available += o.agentsAvailable;
    required += o.agentsRequired;
  });
  Object.assign(row, {
    liveContacts: total,
    liveAgentsRequired: required,
    liveAgentsAvailable: available,
    liveHoursReserved: available * openHours,
    liveServiceLevel: sl / total,
    liveAsaSeconds: asa === null ? null : asa / total,
    liveAbandonShare: abandon / total,
    busyHoursT1: busy,
  });
}
