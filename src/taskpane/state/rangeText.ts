import { parseA1, refA1, type RangeRef } from '../../workbook';

/**
 * Reads a sheet-qualified address as the analyst types or Excel shows it:
 * `Tickets!A1:D400`, `'Call log'!$B$2:$E$90`. Undefined when it has no sheet
 * or is not a rectangle.
 */
export function parseRangeText(text: string): RangeRef | undefined {
  const trimmed = text.trim().replace(/^=/, '');
  const bang = trimmed.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let sheet = trimmed.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const box = parseA1(trimmed.slice(bang + 1).replace(/\$/g, ''));
  if (!sheet || !box) return undefined;
  return { sheet, ...box };
}

/** The display text of a range: `Tickets!A1:D400` (quoted when Excel would). */
export function rangeText(ref: RangeRef): string {
  return refA1(ref, false);
}
