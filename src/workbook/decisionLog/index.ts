/** The decision-log sheet: record → write plan. */
export {
  renderDecisionLog,
  renderDecisionLogSheet,
  DEFAULT_LOG_SHEET,
  DEFAULT_TABLE_PREFIX,
  LOG_FROZEN_ROWS,
  type RenderOptions,
} from './render';
export { SECTION_TITLES } from './sectionTitles';
export { formatForUnit, isoDateToSerial } from './formats';
