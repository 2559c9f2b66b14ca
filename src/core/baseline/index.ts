/**
 * Baselines from raw logs (MODEL.md §6): the public API of this folder.
 * Others import from here only; the files behind it may move.
 */
export type {
  CallIntervalStats,
  CallLog,
  CallStatsOptions,
  CallStatsResult,
  CallSummary,
  Cell,
  DateOrder,
  QualityReport,
  SkipCount,
  SkipReason,
  TicketBaselineOptions,
  TicketBaselineResult,
  TicketLog,
  TicketSummary,
  WeekBaseline,
} from './types';
export { ticketBaseline, weekStartOf } from './ticketBaseline';
export { callStats } from './callStats';
export { skipReasonText } from './quality';
export {
  parseHoursSpec,
  businessMinutesBetween,
  weekdayOf,
  type BusinessHours,
} from './businessHours';
export {
  parseTimestamp,
  excelSerialToMinutes,
  minutesToExcelSerial,
  timeOfDayToMinutes,
  digitDateToMinutes,
  wallMinutes,
} from './timeParse';
export { resolveDateOrder } from './timeColumns';
export { parseSimpleCsv, bankCallLog, itsmTicketLog, type CsvTable } from './csvLogs';
export { weeklyTable, callTable, qualityTable, type TableCell } from './tables';
