/** The ExcelJS adapter of the workbook port (buffers in, buffers out). */
export { XlsxWorkbook, type XlsxBytes } from './xlsxWorkbook';
export { executeXlsxPlan, chartNote } from './executePlan';
