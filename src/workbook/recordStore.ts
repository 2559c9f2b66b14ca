/**
 * How the decision record is kept inside a workbook, identically by both
 * adapters: a very hidden sheet `LBF_Record` whose row 1 holds a format
 * marker, the chunk count, the total length and the SHA-256 of the JSON, and
 * whose column A from row 2 holds the JSON text in chunks under Excel's
 * 32,767-character cell limit.
 *
 *   A1 'lbf-record/1'   B1 chunk count   C1 total characters   D1 sha-256 hex
 *   A2 chunk 1          A3 chunk 2       …
 */
import { fail } from '../core/errors';
import { sha256Hex } from '../core/record/sha256';
import type { CellValues } from './values';
import type { SheetPlan, WritePlan } from './plan';

export const RECORD_SHEET_NAME = 'LBF_Record';
export const RECORD_FORMAT_MARKER = 'lbf-record/1';
/** Below Excel's 32,767 characters per cell, with room to spare. */
export const RECORD_CHUNK_CHARS = 30_000;

/**
 * Splits text into pieces of at most `sizeChars` UTF-16 units, never between
 * the two halves of a surrogate pair (a lone half is not valid XML in .xlsx).
 * @example chunkText('abcde', 2) // ['ab', 'cd', 'e']
 */
export function chunkText(text: string, sizeChars: number = RECORD_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + sizeChars, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The sheet plan that stores `json` (replacing any stored copy). */
export function recordSheetPlan(json: string): SheetPlan {
  const chunks = chunkText(json);
  return {
    name: RECORD_SHEET_NAME,
    mode: 'replace',
    visibility: 'veryHidden',
    blocks: [
      {
        row: 0,
        column: 0,
        values: [[RECORD_FORMAT_MARKER, chunks.length, json.length, sha256Hex(json)]],
      },
      { row: 1, column: 0, values: chunks.map((c) => [c]) },
    ],
    formats: [{ row: 1, column: 0, rows: Math.max(1, chunks.length), columns: 1, format: 'text' }],
  };
}

/** A plan holding only the record sheet. */
export function recordWritePlan(json: string): WritePlan {
  return { sheets: [recordSheetPlan(json)] };
}

function damaged(reason: string): never {
  return fail({ code: 'badRecord', argument: `Sheet ${RECORD_SHEET_NAME}`, details: { reason } });
}

/**
 * Reassembles the JSON from the record sheet's used range (starting at A1) and
 * checks marker, chunk count, length and hash. Throws an LbfError (badRecord)
 * that says what is damaged.
 */
export function readRecordCells(values: CellValues): string {
  const head = values[0] ?? [];
  if (head[0] !== RECORD_FORMAT_MARKER) {
    damaged(`cell A1 should hold the marker ${RECORD_FORMAT_MARKER}`);
  }
  const count = head[1];
  const length = head[2];
  if (typeof count !== 'number' || typeof length !== 'number') {
    damaged('cells B1 and C1 should hold the chunk count and the length');
  }
  const chunks: string[] = [];
  for (let i = 1; i <= count; i++) {
    const cell = values[i]?.[0];
    if (typeof cell !== 'string') damaged(`cell A${i + 1} should hold part ${i} of ${count}`);
    chunks.push(cell);
  }
  const json = chunks.join('');
  if (json.length !== length) damaged(`expected ${length} characters, found ${json.length}`);
  if (head[3] !== sha256Hex(json)) damaged('the stored text does not match its SHA-256');
  return json;
}
