/**
 * Builds examples/lbf-example.xlsx from the real data in examples/data/:
 *
 *   npm run example   (= npm run build:cli && node dist/node/scripts/build-example.js)
 *
 * Deterministic: fixed creator and dates, no clock in any cell, so running it
 * again gives the same cells. See examples/README.md for the data's
 * provenance and what each sheet holds.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XlsxWorkbook } from '../src/xlsx';
import type { WritePlan } from '../src/workbook';
import { fixZipTimes } from './zipTimes';
import { loadCalls, loadTickets, projectRoot } from './example-data';
import { callCells, callLogSheet, ticketCells, ticketLogSheet } from './example-logs';
import {
  callStatsSheet,
  computeCallStats,
  computeTicketBaseline,
  qualitySheet,
  ticketBaselineSheet,
} from './example-baselines';
import { aboutSheet } from './example-about';
import { figuresFrom, parameterRows, parametersSheet } from './example-params';
import { actualsSheet, decisionSheet, optionsSheet } from './example-decision';

/** Fixed workbook properties, so two builds are identical cell for cell. */
export const EXAMPLE_CREATED = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
export const EXAMPLE_CREATOR = 'LBF example builder (scripts/build-example.ts)';

/** Every sheet of the example, in tab order. */
export function examplePlan(): WritePlan {
  const tickets = loadTickets();
  const calls = loadCalls();
  const ticketRows = tickets.map(ticketCells);
  const callRows = calls.map(callCells);
  const ticketResult = computeTicketBaseline(ticketRows);
  const callResult = computeCallStats(callRows);
  const figures = figuresFrom(ticketResult, callResult);
  return {
    sheets: [
      aboutSheet(),
      parametersSheet(figures),
      optionsSheet(figures),
      decisionSheet(figures, ticketResult.quality, callResult.quality, parameterRows(figures)),
      actualsSheet(ticketResult),
      ticketBaselineSheet(ticketResult),
      callStatsSheet(callResult),
      qualitySheet(ticketResult.quality, callResult.quality),
      ticketLogSheet(tickets),
      callLogSheet(calls),
    ],
  };
}

/** Builds the workbook's bytes. */
export async function buildExample(): Promise<Uint8Array> {
  const book = XlsxWorkbook.create();
  await book.execute(examplePlan());
  const wb = book.workbook;
  wb.creator = EXAMPLE_CREATOR;
  wb.lastModifiedBy = EXAMPLE_CREATOR;
  wb.created = EXAMPLE_CREATED;
  wb.modified = EXAMPLE_CREATED;
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  return fixZipTimes(await book.save());
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? join(projectRoot(), 'examples', 'lbf-example.xlsx');
  const bytes = await buildExample();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  process.stdout.write(`wrote ${out} (${bytes.length.toLocaleString('en-US')} bytes)\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-example failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
