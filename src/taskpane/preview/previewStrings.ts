/** The preview page's own words (the pane's are in ../strings.ts). */
export const PS = {
  title: 'LBF preview (no Excel)',
  open: 'Open .xlsx',
  download: 'Download workbook',
  dark: 'Dark theme',
  selection: 'Selection',
  selectionHint: "Type a range such as 'Ticket Log'!B1:B500, or click a cell in the grid",
  loading: 'Loading the example workbook…',
  loadFailed: 'The workbook could not be loaded.',
  notXlsx: 'This file is not an .xlsx workbook. Open a workbook saved by Excel as .xlsx.',
  noExample: 'Open an .xlsx file to start.',
  gridTitle: 'Workbook sheets',
  gridOf: (sheet: string) => `First rows of sheet ${sheet}`,
  paneTitle: 'LBF task pane',
  sideTitle: 'Workbook preview',
  corner: 'Row number',
} as const;
