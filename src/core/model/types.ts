/** One projected week (MODEL.md section 2); units in the names. */
export interface WeekRow {
  week: number;
  /** s_w, self-serve adoption this week. */
  selfServeShare: number;
  /** Underlying ticket demand D_w / (1 − s0), before self-serve. */
  demandTickets: number;
  /** A_w, tickets reaching tier 1. */
  inboundTickets: number;
  /** Underlying demand × s_w. */
  selfServeTickets: number;
  /** T1 ticket AHT after the self-serve uplift (before group factors). */
  ticketAhtMinutes: number;
  productiveHoursInhouse: number;
  productiveHoursOutsourced: number;
  productiveHoursTier2: number;
  paidHoursTotal: number;
  liveContacts: number;
  /** Agents needed per open hour, all channels (whole agents per channel). */
  liveAgentsRequired: number;
  liveAgentsAvailable: number;
  /** Productive in-house hours given to live channels. */
  liveHoursReserved: number;
  /** Contact-weighted over channels; null without live contacts. */
  liveServiceLevel: number | null;
  /** null without live contacts or when a channel's queue is unstable. */
  liveAsaSeconds: number | null;
  liveAbandonShare: number | null;
  capacityInhouseTickets: number;
  capacityOutsourcedTickets: number;
  capacityTier2Tickets: number;
  handledInhouseTickets: number;
  handledOutsourcedTickets: number;
  escalatedTickets: number;
  /** Handled by tier 1 and not escalated. */
  resolvedT1Tickets: number;
  /** Handled (and so resolved) by tier 2. */
  handledTier2Tickets: number;
  /** Resolved by agents this week: T1-resolved + T2-handled. */
  resolvedTickets: number;
  backlogT1Tickets: number;
  backlogT2Tickets: number;
  /** Mean FRT of the week's arrivals incl. the floor; null when unbounded (c = 0). */
  frtHours: number | null;
  /** Share of arrivals answered within frt_target_hours; null without a target. */
  frtAttainment: number | null;
  /** Productive T1 hours spent on tickets and live contacts. */
  busyHoursT1: number;
  costStaff: number;
  costOutsourcedTickets: number;
  costHires: number;
  costSelfServe: number;
  costTotal: number;
}

/** A scenario's weekly projection. */
export interface Projection {
  weeks: WeekRow[];
}
