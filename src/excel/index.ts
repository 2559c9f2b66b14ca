/** The Office.js adapter of the workbook port. */
export { OfficeWorkbook, splitAddress, type ExcelRun } from './officeWorkbook';
export {
  batchOps,
  planOps,
  toOfficeValue,
  BATCH_BUDGET_BYTES,
  REQUEST_LIMIT_BYTES,
  MAX_WRITE_BYTES,
} from './ops';
export { jsonBytes, splitRows } from './payload';
export { retryInCellEditMode, isCellEditError, CELL_EDIT_ERROR } from './retry';
