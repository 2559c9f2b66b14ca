/**
 * The Office.js adapter of the workbook port. A plan runs in one `Excel.run`:
 * sync 1 reads the sheet and name lists; then the operations are queued in
 * batches under 4 MB each (Excel on the web refuses requests over 5 MB), one
 * sync per batch. A plan of P payload bytes takes at most
 * 2 + ⌊P / 3 MB⌋ syncs — two for any plan under 3 MB, however many cells,
 * sheets or tables it holds.
 */
import { fail } from '../core/errors';
import { parseA1, type RangeRef } from '../workbook/address';
import type { ExecuteReport, WritePlan } from '../workbook/plan';
import type { NameInfo, Selection, SheetInfo, UsedRange, Workbook } from '../workbook/port';
import { RECORD_SHEET_NAME, readRecordCells, recordWritePlan } from '../workbook/recordStore';
import type { CellValues } from '../workbook/values';
import { assertPlanWritable } from '../workbook/validatePlan';
import { applyOp } from './applyOps';
import { batchOps, planOps, type WorkbookState } from './ops';
import { fromOfficeRange } from './readValues';
import { realSleep, retryInCellEditMode, type Sleep } from './retry';

/**
 * Chunks read per sync. In the response a character costs at most 3 bytes (a
 * quote or backslash 2 once escaped, a non-ASCII character up to 3 in UTF-8),
 * so 40 × 30,000 × 3 = 3.6 MB stays under the 5 MB limit.
 */
export const RECORD_ROWS_PER_READ = 40;

/** `Excel.run`, or a fake of it in tests. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

const VISIBILITY: Record<string, SheetInfo['visibility']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/** Splits `'My Sheet'!A1:B2` into sheet and address. */
export function splitAddress(full: string): Selection {
  const bang = full.lastIndexOf('!');
  const sheet = full
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1) };
}

export class OfficeWorkbook implements Workbook {
  /** Syncs used by the last `execute` (for tests and the bench). */
  lastSyncs = 0;

  /**
   * @param run `Excel.run`, or a fake in tests
   * @param sleep the pause between cell-edit-mode retries
   * @param pageLayoutSupported whether page setup may be written (ExcelApi 1.9)
   */
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly sleep: Sleep = realSleep,
    private readonly pageLayoutSupported: () => boolean = supportsPageLayout,
  ) {}

  private batch<T>(work: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    return retryInCellEditMode(() => this.run(work), this.sleep);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.batch(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
      await ctx.sync();
      return sheets.items.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility] }));
    });
  }

  async readRange(sheet: string, address: string): Promise<CellValues> {
    if (!parseA1(address)) {
      fail({
        code: 'badFile',
        argument: `Address ${JSON.stringify(address)}`,
        details: {
          reason: 'it is not a cell or range address',
          hint: 'Write it as A1 or A1:H40.',
        },
      });
    }
    return this.batch(async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem(sheet)
        .getRange(address)
        .load('values,valueTypes');
      await ctx.sync();
      return fromOfficeRange(range.values, range.valueTypes as string[][]);
    });
  }

  async readUsedRange(sheet: string): Promise<UsedRange | null> {
    return this.batch(async (ctx) => {
      const used = ctx.workbook.worksheets
        .getItem(sheet)
        .getUsedRangeOrNullObject(true)
        .load('address,rowIndex,columnIndex,values,valueTypes');
      await ctx.sync();
      if (used.isNullObject) return null;
      return {
        sheet,
        address: splitAddress(used.address).address,
        row: used.rowIndex,
        column: used.columnIndex,
        values: fromOfficeRange(used.values, used.valueTypes as string[][]),
      };
    });
  }

  async execute(plan: WritePlan): Promise<ExecuteReport> {
    assertPlanWritable(plan);
    return this.batch(async (ctx) => {
      const state = await loadState(ctx);
      refuseExistingCreates(plan, state);
      const layout = this.pageLayoutSupported();
      const ops = planOps(plan, state).filter((op) => layout || op.kind !== 'pageLayout');
      const batches = batchOps(ops);
      let index = 0;
      for (const ops of batches) {
        for (const op of ops) applyOp(ctx, op, index++);
        await ctx.sync();
      }
      this.lastSyncs = 1 + batches.length;
      return report(plan, this.lastSyncs);
    });
  }

  /**
   * Reads the stored record: one sync for the sheet, one for its header row,
   * then one per page of RECORD_ROWS_PER_READ chunks, so no response nears
   * Excel on the web's 5 MB limit however long the record is.
   */
  async readRecord(): Promise<string | null> {
    return this.batch(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItemOrNullObject(RECORD_SHEET_NAME);
      await ctx.sync();
      if (sheet.isNullObject) return null;
      const head = sheet.getRange('A1:D1').load('values,valueTypes');
      await ctx.sync();
      const rows = fromOfficeRange(head.values, head.valueTypes as string[][]);
      const count = typeof rows[0][1] === 'number' ? rows[0][1] : 0;
      for (let first = 0; first < count; first += RECORD_ROWS_PER_READ) {
        const n = Math.min(RECORD_ROWS_PER_READ, count - first);
        const page = sheet.getRangeByIndexes(1 + first, 0, n, 1).load('values,valueTypes');
        await ctx.sync();
        rows.push(...fromOfficeRange(page.values, page.valueTypes as string[][]));
      }
      return readRecordCells(rows);
    });
  }

  async writeRecord(json: string): Promise<void> {
    await this.execute(recordWritePlan(json));
  }

  async defineName(name: string, ref: RangeRef, comment?: string): Promise<void> {
    await this.execute({ sheets: [], names: [{ name, ref, comment }] });
  }

  async listNames(): Promise<NameInfo[]> {
    return this.batch(async (ctx) => {
      const names = ctx.workbook.names.load('items/name,items/formula');
      await ctx.sync();
      return names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
    });
  }

  async getSelection(): Promise<Selection> {
    return this.batch(async (ctx) => {
      const range = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      return splitAddress(range.address);
    });
  }

  async activateSheet(sheet: string): Promise<void> {
    await this.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      await ctx.sync();
    });
  }
}

/** True where Office.js offers worksheet.pageLayout (requirement set ExcelApi 1.9). */
export function supportsPageLayout(): boolean {
  return (
    typeof Office !== 'undefined' &&
    Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true
  );
}

async function loadState(ctx: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = ctx.workbook.worksheets.load('items/name,items/position');
  const names = ctx.workbook.names.load('items/name');
  await ctx.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position })),
    names: names.items.map((n) => n.name),
  };
}

function refuseExistingCreates(plan: WritePlan, state: WorkbookState): void {
  const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  for (const sheet of plan.sheets) {
    if (sheet.mode === 'create' && taken.has(sheet.name.toLowerCase())) {
      fail({
        code: 'duplicateName',
        argument: 'Sheet',
        value: sheet.name,
        details: { where: 'the workbook' },
      });
    }
  }
}

function report(plan: WritePlan, syncs: number): ExecuteReport {
  const cells = plan.sheets.reduce(
    (n, s) =>
      n +
      s.blocks.reduce((m, b) => m + b.values.reduce((k, r) => k + r.length, 0), 0) +
      (s.tables ?? []).reduce((m, t) => m + (Math.max(1, t.rows.length) + 1) * t.header.length, 0),
    0,
  );
  return {
    sheets: plan.sheets.map((s) => s.name),
    cellsWritten: cells,
    tables: plan.sheets.reduce((n, s) => n + (s.tables?.length ?? 0), 0),
    chartsDrawn: plan.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0),
    chartsAsNotes: 0,
    syncs,
  };
}
