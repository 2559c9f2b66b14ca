/**
 * Excel's cell limit: a cell holds at most 32,767 characters (UTF-16 units,
 * as Excel's LEN counts them). Longer text is cut, never inside a surrogate
 * pair, and ends in a visible marker saying how long it was and where the
 * full text is.
 */

/** Most characters (UTF-16 units) a cell can hold. */
export const MAX_CELL_CHARS = 32_767;

/** Said in the marker when the caller has no better place to point to. */
export const DEFAULT_CUT_NOTE = `Excel holds at most ${groupThousands(MAX_CELL_CHARS)} in a cell`;

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `text` as a cell can hold it: unchanged up to 32,767 characters, otherwise
 * its start and a marker, 32,767 characters in all.
 * @param text any text
 * @param note where the full text is, e.g. 'full text in the decision record'
 * @example fitCellText('x'.repeat(40_000)).slice(32_702)
 * // ' … [cut: 40,000 characters; Excel holds at most 32,767 in a cell]'
 */
export function fitCellText(text: string, note: string = DEFAULT_CUT_NOTE): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const marker = ` … [cut: ${groupThousands(text.length)} characters; ${note}]`;
  let keep = MAX_CELL_CHARS - marker.length;
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return text.slice(0, keep) + marker;
}

/**
 * `text` in lines of at most `width` characters, broken at spaces (a word
 * longer than `width` is split).
 * @example breakLines('aa bb cc', 5) // ['aa bb', 'cc']
 */
export function breakLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  lines.push(line);
  return lines;
}
