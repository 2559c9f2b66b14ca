/** Fonts and fills for the plan's cell styles, shared by the ExcelJS writer. */
import type { Fill, Font } from 'exceljs';
import type { CellStyle } from '../workbook/plan';

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** ExcelJS font and fill per plan style (colours as ARGB hex). */
export const XLSX_STYLES: Record<CellStyle, { font: Partial<Font>; fill?: Fill }> = {
  title: { font: { bold: true, size: 14 } },
  section: { font: { bold: true, size: 12, color: { argb: 'FF1F3864' } }, fill: solid('FFD9E1F2') },
  header: { font: { bold: true } },
  label: { font: { bold: true } },
  warning: { font: { color: { argb: 'FF9C0006' } }, fill: solid('FFFFC7CE') },
  good: { font: { bold: true, color: { argb: 'FF006100' } }, fill: solid('FFC6EFCE') },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
};
