/**
 * Shared shapes of the baseline module: the logs it reads, the options it
 * takes and the results it returns. Instants are "wall-clock minutes": minutes
 * since 1970-01-01 00:00 on the log's own local clock, computed with Date.UTC
 * arithmetic only, so no time zone or daylight-saving rule is ever invented.
 */

/** A raw cell as a spreadsheet or CSV gives it: number, text, blank. */
export type Cell = string | number | boolean | null | undefined;

/**
 * How to read `d/m/yyyy`-style text: day-first, month-first, or `auto`
 * (infer from the data; refuse when the data cannot tell).
 */
export type DateOrder = 'auto' | 'dmy' | 'mdy';

/** Why a row was not used. Every skipped row has exactly one reason. */
export type SkipReason =
  | 'unparseableTime'
  | 'negativeDuration'
  | 'endBeforeStart'
  | 'unknownOutcome'
  | 'ignoredOutcome'
  | 'badNumber'
  | 'duplicateId';

/** One reason's count and its first example, for the analyst to look up. */
export interface SkipCount {
  reason: SkipReason;
  rows: number;
  /** 1-based row number inside the given columns of the first such row. */
  firstRow: number;
  /** The offending value of that first row, as text. */
  example: string;
}

/** What happened to every row of a log: nothing is dropped silently. */
export interface QualityReport {
  /** Non-blank rows read. */
  rowsRead: number;
  rowsUsed: number;
  /** Rows whose every cell was blank (trailing range rows); not counted as read. */
  blankRows: number;
  skipped: SkipCount[];
  /** Earliest and latest start instant among used rows (wall-clock minutes). */
  periodStartMinutes?: number;
  periodEndMinutes?: number;
  /** How `d/m/yyyy` text was read, and why (e.g. inferred from "29/2/2016"). */
  dateOrderNote: string;
  /** Counts worth knowing that are not skips (open tickets, ignored agents). */
  notes: { label: string; count: number }[];
}

/** A ticket log as columns of raw cells, one entry per ticket. */
export interface TicketLog {
  created: readonly Cell[];
  /** Blank = no first response yet. */
  firstResponse: readonly Cell[];
  /** Blank = not resolved yet (open). */
  resolved: readonly Cell[];
  /** Escalation or reassignment counts (whole numbers ≥ 0); optional. */
  escalations?: readonly Cell[];
  /** Ticket identifiers; a repeated id is skipped as `duplicateId`. */
  ids?: readonly Cell[];
}

/** A call log as columns of raw cells, one entry per call. */
export interface CallLog {
  /** Arrival instant; or give `arrivalDate` + `arrivalTime` instead. */
  arrival?: readonly Cell[];
  /** Date part (serial, ISO, d/m/yyyy, yymmdd) when date and time are separate. */
  arrivalDate?: readonly Cell[];
  /** Time of day (Excel fraction of a day or `h:mm[:ss]` text). */
  arrivalTime?: readonly Cell[];
  /** Seconds in queue before answer or abandonment (≥ 0). */
  waitSeconds: readonly Cell[];
  /** Service (handle) seconds of answered calls (≥ 0; ignored when abandoned). */
  serviceSeconds: readonly Cell[];
  /** Answered (AGENT, ANSWERED, ...), abandoned (HANG, ABANDONED, ...), or PHANTOM. */
  outcome: readonly Cell[];
  /** Agent who answered; blank or NO_SERVER = none named. */
  agent?: readonly Cell[];
  /** Call identifiers; a repeated id is skipped as `duplicateId`. */
  ids?: readonly Cell[];
  /**
   * Whether the call joined the queue. Without it a call queued when its wait
   * is above 0 (the bank file says it by `q_start`, see `csvLogs.ts`).
   */
  queued?: readonly boolean[];
}

/** Options of `ticketBaseline`. */
export interface TicketBaselineOptions {
  /** First day of each week, 0 = Sunday … 6 = Saturday; default 1 (Monday). */
  weekStartDay?: number;
  /** Business hours spec (`businessHours.ts`); blank = calendar hours. */
  hoursSpec?: string;
  /** FRT target in hours (calendar or business, as `hoursSpec`); no attainment without it. */
  frtTargetHours?: number;
  dateOrder?: DateOrder;
}

/** One week of a ticket baseline. */
export interface WeekBaseline {
  /** Wall-clock minutes of the week's first instant (00:00 of weekStartDay). */
  weekStartMinutes: number;
  /** Days of this week inside the observed period (7 except at the edges). */
  daysObserved: number;
  /** Tickets created in the week. */
  inbound: number;
  /** Of those, tickets with a first response (at any later time). */
  firstResponded: number;
  /** Resolutions that happened in the week (any ticket of the log). */
  resolved: number;
  /** Tickets created before the week's end and not resolved before it. */
  backlogEnd: number;
  /** FRT of the week's responded tickets, hours; undefined with none. */
  frtMeanHours?: number;
  frtMedianHours?: number;
  /** Share of the week's responded tickets answered within the target. */
  frtAttainment?: number;
  /** resolved ÷ inbound; undefined when inbound is 0. */
  resolutionRate?: number;
  /** Share of the week's tickets with an escalation count ≥ 1. */
  escalatedShare?: number;
}

export interface TicketSummary {
  tickets: number;
  firstResponded: number;
  resolved: number;
  /** Tickets with no resolution at all in the log. */
  openAtEnd: number;
  frtMeanHours?: number;
  frtMedianHours?: number;
  frtAttainment?: number;
  /** Median created → resolved, calendar hours, of resolved tickets. */
  resolutionMedianHours?: number;
  escalatedShare?: number;
  /** Inbound tickets per week over whole observed weeks (7 days). */
  inboundPerWeek: number;
  /** Whether FRT is in business hours (true) or calendar hours. */
  businessHours: boolean;
}

export interface TicketBaselineResult {
  weeks: WeekBaseline[];
  summary: TicketSummary;
  quality: QualityReport;
}

/** Options of `callStats`. */
export interface CallStatsOptions {
  /** 15, 30 or 60 (default): the interval of the week rows describe. */
  intervalMinutes?: number;
  /** Answer-time target in seconds; default 20. */
  targetSeconds?: number;
  dateOrder?: DateOrder;
}

/**
 * One interval of the week (e.g. Tuesday 10:00–11:00). Counts are totals over
 * the period; divide by `occurrences` for a per-week mean.
 */
export interface CallIntervalStats {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Start of the interval, minutes after midnight. */
  startMinute: number;
  /** Times this interval occurs in the observed period (days of that weekday). */
  occurrences: number;
  offered: number;
  answered: number;
  abandoned: number;
  /** Mean service seconds of answered calls. */
  ahtSeconds?: number;
  /** Mean wait of answered calls (ASA), seconds. */
  meanWaitSeconds?: number;
  /** Share of answered calls that waited ≤ target. */
  answeredWithinTargetShare?: number;
  /** abandoned ÷ offered. */
  abandonShare?: number;
  /** Σ wait of queued calls ÷ abandonments from the queue, seconds. */
  patienceSeconds?: number;
  /** Distinct named agents answering calls that arrived here, per occurrence. */
  distinctAgents: number;
  /** Σ service seconds ÷ (interval seconds × occurrences): agents kept busy. */
  workloadErlangs: number;
}

export interface CallSummary {
  offered: number;
  answered: number;
  abandoned: number;
  /** Calls that joined the queue, and those that abandoned from it. */
  queued: number;
  abandonedInQueue: number;
  abandonShare?: number;
  /** abandonedInQueue ÷ queued. */
  queueAbandonShare?: number;
  ahtSeconds?: number;
  medianServiceSeconds?: number;
  /** Mean wait of answered calls, all of them (0 for those never queued). */
  meanWaitAnsweredSeconds?: number;
  meanWaitQueuedSeconds?: number;
  meanWaitQueuedAnsweredSeconds?: number;
  meanWaitQueuedAbandonedSeconds?: number;
  answeredWithinTargetShare?: number;
  /** Answered within target ÷ offered (the service level of MODEL.md §1). */
  serviceLevel?: number;
  patienceSeconds?: number;
  /** Offered calls per weekday (index 0 = Sunday), totals over the period. */
  offeredByWeekday: number[];
  /** Days of each weekday in the observed period. */
  daysByWeekday: number[];
  /** The interval with the most offered calls per occurrence. */
  busiest?: { weekday: number; startMinute: number; offeredPerOccurrence: number };
}

export interface CallStatsResult {
  rows: CallIntervalStats[];
  summary: CallSummary;
  quality: QualityReport;
}
