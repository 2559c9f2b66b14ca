/**
 * Finds the columns of a mapped ticket or call log by their header words
 * (`opened`, `first response`, `resolved` …), or by position when the first
 * row is not a header.
 */
import type { CellValues } from '../../workbook';

export type ColumnRole =
  | 'created'
  | 'firstResponse'
  | 'resolved'
  | 'escalations'
  | 'ids'
  | 'arrival'
  | 'wait'
  | 'service'
  | 'outcome'
  | 'agent';

const WORDS: [ColumnRole, RegExp][] = [
  ['firstResponse', /first.?resp|responded|first.?reply/],
  ['resolved', /resolv|closed|solved/],
  ['created', /creat|opened|^open|submitted/],
  ['escalations', /escalat|reassign/],
  ['arrival', /arriv|start|vru.?entry|q.?start/],
  ['wait', /wait/],
  ['service', /service|handle|ser.?time|talk/],
  ['outcome', /outcome|result/],
  ['agent', /agent|server/],
  ['ids', /^(id|number|ticket|call.?id|no\.?)$/],
];

const TICKET_ORDER: ColumnRole[] = ['created', 'firstResponse', 'resolved', 'escalations'];
const CALL_ORDER: ColumnRole[] = ['arrival', 'wait', 'service', 'outcome', 'agent'];

/**
 * 0-based column of each role found, and whether row 0 is a header.
 * @example logColumns([['Opened', 'First response', 'Resolved']], 'tickets').columns.resolved // 2
 */
export function logColumns(
  values: CellValues,
  kind: 'tickets' | 'calls',
): { header: boolean; columns: Partial<Record<ColumnRole, number>> } {
  const first = values[0] ?? [];
  const words = first.map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
  const header = words.some((w) => w !== '' && Number.isNaN(Date.parse(w)));
  const columns: Partial<Record<ColumnRole, number>> = {};
  if (header) {
    words.forEach((w, i) => {
      const role = WORDS.find(([r, re]) => columns[r] === undefined && re.test(w))?.[0];
      if (role) columns[role] = i;
    });
  }
  const order = kind === 'tickets' ? TICKET_ORDER : CALL_ORDER;
  const needed = kind === 'tickets' ? 3 : 4;
  if (order.slice(0, needed).some((r) => columns[r] === undefined)) {
    order.forEach((r, i) => {
      if (i < first.length) columns[r] = i;
    });
  }
  return { header, columns };
}
