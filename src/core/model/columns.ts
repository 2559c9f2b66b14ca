import type { WeekRow } from './types';

/** One column of LBF.PROJECTION: its header name, unit and WeekRow field. */
export interface ProjectionColumn {
  name: string;
  unit: string;
  key: keyof WeekRow;
  description: string;
}

const col = (name: string, unit: string, key: keyof WeekRow, description: string) => ({
  name,
  unit,
  key,
  description,
});

/** The weekly table's columns, in display order. */
export const PROJECTION_COLUMNS: readonly ProjectionColumn[] = [
  col('week', 'week', 'week', 'Week number, 1 … horizon_weeks.'),
  col('self_serve_share', 'share', 'selfServeShare', 'Self-serve adoption s_w.'),
  col('demand', 'tickets', 'demandTickets', 'Underlying ticket demand before self-serve.'),
  col('inbound', 'tickets', 'inboundTickets', 'Tickets reaching tier 1.'),
  col('self_serve_resolutions', 'tickets', 'selfServeTickets', 'Demand × s_w.'),
  col('ticket_aht', 'minutes', 'ticketAhtMinutes', 'T1 ticket AHT after the self-serve uplift.'),
  col('hours_inhouse', 'hours', 'productiveHoursInhouse', 'In-house productive hours.'),
  col('hours_outsourced', 'hours', 'productiveHoursOutsourced', 'Outsourced productive hours.'),
  col('hours_tier2', 'hours', 'productiveHoursTier2', 'Tier-2 productive hours.'),
  col('live_hours', 'hours', 'liveHoursReserved', 'In-house hours given to live channels.'),
  col('live_contacts', 'contacts', 'liveContacts', 'Chats and calls offered.'),
  col('live_agents_required', 'agents', 'liveAgentsRequired', 'Agents needed per open hour.'),
  col('live_agents_available', 'agents', 'liveAgentsAvailable', 'Agents live actually got.'),
  col('live_service_level', 'share', 'liveServiceLevel', 'Live SL achieved.'),
  col('live_asa', 'seconds', 'liveAsaSeconds', 'Live ASA achieved.'),
  col('live_abandon', 'share', 'liveAbandonShare', 'Live abandonment share.'),
  col('capacity_inhouse', 'tickets', 'capacityInhouseTickets', 'In-house ticket capacity.'),
  col('capacity_outsourced', 'tickets', 'capacityOutsourcedTickets', 'Outsourced ticket capacity.'),
  col('capacity_tier2', 'tickets', 'capacityTier2Tickets', 'Tier-2 ticket capacity.'),
  col('handled_inhouse', 'tickets', 'handledInhouseTickets', 'T1 tickets handled in-house.'),
  col(
    'handled_outsourced',
    'tickets',
    'handledOutsourcedTickets',
    'T1 tickets handled by the outsourced group.',
  ),
  col('escalated', 'tickets', 'escalatedTickets', 'Tickets escalated to tier 2.'),
  col('resolved_t1', 'tickets', 'resolvedT1Tickets', 'Resolved by tier 1.'),
  col('handled_tier2', 'tickets', 'handledTier2Tickets', 'Handled and resolved by tier 2.'),
  col('resolved', 'tickets', 'resolvedTickets', 'Resolved by agents: T1-resolved + T2-handled.'),
  col('backlog_t1', 'tickets', 'backlogT1Tickets', "T1 backlog at the week's end."),
  col('backlog_t2', 'tickets', 'backlogT2Tickets', "T2 backlog at the week's end."),
  col('frt', 'hours', 'frtHours', "Mean first response time of the week's arrivals."),
  col('frt_attainment', 'share', 'frtAttainment', 'Share within frt_target_hours.'),
  col('cost', 'money', 'costTotal', 'Cost of the week.'),
];
