/**
 * End to end in a real browser: the preview page (dist/addin, built by
 * `npm run build:addin`) at a task-pane width of 350 px, on the example
 * workbook. Walks the seven steps, publishes, downloads the result and reads
 * it back with ExcelJS; scans every step with axe-core; keeps a screenshot of
 * every step under test-artifacts/e2e/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { serveStatic, type StaticServer } from './staticServer';

const DIST = resolve(__dirname, '../../dist/addin');
const ARTIFACTS = resolve(__dirname, '../../test-artifacts/e2e');
const AXE = require.resolve('axe-core/axe.min.js');
const PANE_WIDTH_PX = 350;
const PANE_HEIGHT_PX = 800;
const WAIT_MS = 30_000;

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function stepShows(n: number): Promise<void> {
  await page.getByText(`Step ${n} of 7`, { exact: true }).waitFor({ timeout: WAIT_MS });
}

/**
 * axe-core on the whole page: the serious and critical violations, as
 * "rule: target html". One known false positive is dropped: Fluent's focus
 * manager (Tabster) adds `<i data-tabster-dummy aria-hidden tabindex=0>`
 * sentinels that only pass focus on; its maintainers call them intentional
 * (microsoft/tabster#288) and Accessibility Insights suppresses them
 * (microsoft/accessibility-insights-web#7605).
 */
async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    type Violation = { id: string; impact: string; nodes: Node[] };
    const axe = (
      window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const { violations } = await axe.run(document);
    const sentinel = (v: Violation, n: Node) =>
      v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy');
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes
          .filter((n) => !sentinel(v, n))
          .map((n) => `${v.id}: ${n.target.join(' ')} ${n.html}`),
      );
  });
}

async function checkpoint(n: number, name: string): Promise<void> {
  // The pane is the window's height: scroll back so the shot shows it whole.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `step-${n}-${name}.png`) });
  expect(await seriousViolations()).toEqual([]);
}

async function useSelection(address: string, label: string): Promise<void> {
  const box = page.getByTestId('selection');
  await box.fill(address);
  await box.press('Enter');
  await page.getByRole('button', { name: `Use selection: ${label}` }).click();
}

async function next(n: number): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await stepShows(n);
}

const field = (label: string | RegExp) => page.getByLabel(label).first();

beforeAll(async () => {
  if (!existsSync(join(DIST, 'preview.html'))) {
    throw new Error(
      `${DIST}/preview.html is missing: run npm run build:addin first (npm test does).`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchBrowser(PANE_WIDTH_PX, PANE_HEIGHT_PX);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
});

describe('the task pane in headless Chromium, on the example workbook', () => {
  it('walks the seven steps and publishes; the download holds the log and version 1', async () => {
    // The preview must not need Office.js: no CDN script in its page at all.
    expect(readFileSync(join(DIST, 'preview.html'), 'utf8')).not.toMatch(/<script[^>]+https?:/);
    await page.goto(`${server.url}/preview.html`);
    await stepShows(1);

    // 1 Scope: Next refuses an empty objective, then goes on.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Fix the fields marked below to go on.').count()).resolves.toBe(1);
    // Keyboard only: the step's title has focus, Tab walks the fields in order, Enter on Next.
    await field(/^Objective/).focus();
    await page.keyboard.type('Bring FRT and backlog back within target after volume doubled.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hire, outsource the overflow, or invest in self-serve?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tier-1, Tier-2');
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab']) await page.keyboard.press(key);
    await page.keyboard.type('Head of Support');
    await checkpoint(1, 'scope');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await stepShows(2);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Baseline',
    );

    // 2 Baseline from the ticket log: a one-column map is refused on the spot.
    await useSelection("'Ticket Baseline'!D4:F8", 'Ticket backlog by week');
    await page.getByText('Select one column (or one row) of values.').waitFor({ timeout: WAIT_MS });
    await page.getByRole('radio', { name: 'A ticket log (and call log)' }).check();
    await useSelection("'Ticket Log'!A1:G9203", 'Ticket log (created, first response, resolved)');
    await page.getByText('Named LBF_TicketLog').waitFor({ timeout: WAIT_MS });
    await page.getByRole('button', { name: 'Write baseline table' }).click();
    await page.getByText('Data-quality report').waitFor({ timeout: WAIT_MS });
    await expect(
      page.getByText(/Baseline written to LBF Baseline from 9202 rows/).count(),
    ).resolves.toBe(1);
    await checkpoint(2, 'baseline');
    await next(3);

    // 3 Inputs: the example's parameter table, checked.
    await useSelection("'LBF Parameters'!A1:H38", 'Parameter table');
    await page.getByText('Named LBF_Params').waitFor({ timeout: WAIT_MS });
    await page.getByRole('button', { name: 'Check inputs' }).click();
    await page.getByText(/parameters read/).waitFor({ timeout: WAIT_MS });
    await checkpoint(3, 'inputs');
    await next(4);

    // 4 Scenarios: the example's options A, B, C as overrides.
    const overrides = page.getByLabel(/^Overrides/);
    await field(/^Option name/).fill('Hire in-house');
    await overrides
      .nth(0)
      .fill('inhouse_new_hires = 14\ninhouse_hire_week = 2\ninhouse_ramp_weeks = 8');
    await page
      .getByLabel(/^Option name/)
      .nth(1)
      .fill('Outsource overflow');
    await overrides.nth(1).fill('outsourced_fte = 16\nrouting = inhouse_first');
    await page.getByRole('button', { name: 'Add option' }).click();
    await page
      .getByLabel(/^Option name/)
      .nth(2)
      .fill('Self-serve + small BPO');
    await overrides
      .nth(2)
      .fill(
        'outsourced_fte = 10\nrouting = inhouse_first\nself_serve_target = 35%\n' +
          'self_serve_start_week = 3\nself_serve_ramp_weeks = 12\nself_serve_cost_per_week = 9000',
      );
    await page.getByRole('button', { name: 'Write scenarios, projection and charts' }).click();
    await page
      .getByText('Scenario table, projection and charts written to LBF Scenarios.')
      .waitFor({ timeout: WAIT_MS });
    await field(/^Threshold/).fill('2000');
    await field(/^Draws/).fill('20000');
    await page.getByRole('button', { name: 'Run confidence' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Confidence run cancelled.').waitFor({ timeout: WAIT_MS });
    await field(/^Draws/).fill('200');
    await page.getByRole('button', { name: 'Run confidence' }).click();
    await page.getByRole('columnheader', { name: 'P(meets)' }).waitFor({ timeout: WAIT_MS });
    await page
      .getByRole('columnheader', { name: 'P(meets)' })
      .evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await checkpoint(4, 'scenarios');
    await next(5);

    // 5 Decide: the recommendation, the weight by keyboard, the choice.
    const recommended = page.getByText(/^Recommended: /);
    await recommended.waitFor({ timeout: WAIT_MS });
    const choice = ((await recommended.textContent()) ?? '').replace('Recommended: ', '');
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByText('55 % quality, 45 % cost').waitFor({ timeout: WAIT_MS });
    await page.getByRole('radio', { name: choice }).check();
    await field(/^Rationale/).fill('Best score at a balanced weight and within the budget.');
    await checkpoint(5, 'decide');
    await next(6);

    // 6 Approvals: an approval needs its date.
    await field(/^Name/).fill('Dana Ruiz');
    await field(/^Role/).fill('VP Customer Operations');
    await field(/^Status/).selectOption('approved');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('An approval or rejection needs its date.').waitFor({ timeout: WAIT_MS });
    await field(/^Date/).fill('2025-07-01');
    await field(/^Risk$/).fill('Hiring takes longer than planned');
    await field(/^Mitigation/).fill('Keep the outsourcing contract as a fallback');
    await checkpoint(6, 'approvals');
    await next(7);

    // 7 Publish and monitor, then check the trigger against the example's actuals.
    await field(/^Next review/).fill('2025-08-01');
    await page.getByRole('button', { name: 'Add trigger' }).click();
    await field(/^Metric/).selectOption('backlog_end');
    await field(/^Threshold/).fill('1500');
    await field(/^Action/).fill('Review staffing with finance');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await field(/^Source/).fill('Ticket Log, March 2016');
    await field(/^Author/).fill('E2E analyst');
    await field(/^What changed/).fill('First published decision');
    // A double-click publishes once: the download below holds version 1 alone.
    await page.getByRole('button', { name: 'Publish' }).dblclick();
    await page
      .getByText('Version 1 published; decision log rendered on LBF Decision Log.')
      .waitFor({ timeout: WAIT_MS });
    await useSelection("'LBF Actuals'!A1:E3", 'Actuals (metric names and values)');
    await page.getByRole('button', { name: 'Check triggers' }).click();
    // The example's latest backlog is 1,743 tickets (LBF Actuals row 3): above 1,500, so FIRED.
    await page.getByText('FIRED').waitFor({ timeout: WAIT_MS });
    await page.getByText('FIRED').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await checkpoint(7, 'publish');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download workbook' }).click(),
    ]);
    const file = join(ARTIFACTS, 'lbf-example-result.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('LBF Decision Log')).toBeDefined();
    const recordSheet = wb.getWorksheet('LBF_Record');
    expect(recordSheet?.state).toBe('veryHidden');
    const chunks = Number(recordSheet?.getCell('B1').value);
    const json = Array.from({ length: chunks }, (_x, i) =>
      String(recordSheet?.getCell(`A${i + 2}`).value),
    ).join('');
    const record = JSON.parse(json) as { versions: { number: number; author: string }[] };
    expect(record.versions.map((v) => [v.number, v.author])).toEqual([[1, 'E2E analyst']]);
    const scenarioCell = wb.getWorksheet('LBF Scenarios')?.getRow(5).values as unknown[];
    expect(JSON.stringify(scenarioCell)).toContain('LBF.SCENARIO(LBF_Params');
    const names = wb.definedNames.model.map((n) => n.name).sort();
    expect(names).toEqual(expect.arrayContaining(['LBF_Actuals', 'LBF_Params', 'LBF_TicketLog']));

    // Progress lives in the workbook: step back here, then reopen the downloaded file, which
    // must bring the pane back to step 7 with what was typed there.
    await page.getByRole('button', { name: 'Back' }).click();
    await stepShows(6);
    await page.getByTestId('open-file').setInputFiles(file);
    await stepShows(7);
    await expect(field(/^Author/).inputValue()).resolves.toBe('E2E analyst');
    await expect(page.getByText('FIRED').count()).resolves.toBe(1);

    // The narrowest pane Office allows, in the dark theme.
    await page.setViewportSize({ width: 320, height: PANE_HEIGHT_PX });
    await page.getByRole('switch', { name: 'Dark theme' }).check();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await stepShows(5);
    await page.getByText(/^Recommended: /).waitFor({ timeout: WAIT_MS });
    await checkpoint(5, 'decide-dark-320px');

    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 120_000);

  it('refuses bad selections and files in words, and keeps focus and landmarks', async () => {
    await page.setViewportSize({ width: PANE_WIDTH_PX, height: PANE_HEIGHT_PX });
    await page.goto(`${server.url}/preview.html`);
    await stepShows(1);

    // The title that has focus shows a ring.
    const ring = await page
      .locator('#lbf-step-title')
      .evaluate((e) => (e.focus(), getComputedStyle(e).outlineStyle));
    expect(ring).not.toBe('none');

    // Landmarks: the pane's header, main and footer are top-level; the toolbar sits in one.
    await page.addScriptTag({ path: AXE });
    const landmarkIssues = await page.evaluate(async () => {
      type Result = { violations: { id: string; nodes: { html: string }[] }[] };
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<Result> } }
      ).axe;
      const rules = [
        'landmark-banner-is-top-level',
        'landmark-contentinfo-is-top-level',
        'landmark-main-is-top-level',
        'landmark-one-main',
        'empty-table-header',
      ];
      const { violations } = await axe.run(document, { runOnly: rules });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`));
    });
    expect(landmarkIssues).toEqual([]);
    const toolbarInLandmark = await page
      .getByRole('toolbar')
      .evaluate((e) => !!e.closest('section[aria-label], main, aside, [role="region"]'));
    expect(toolbarInLandmark).toBe(true);

    // Step 2 needs step 1 done.
    await field(/^Objective/).fill('Objective');
    await field(/^Decision question/).fill('Question?');
    await field(/^Decision owner/).fill('Owner');
    await next(2);

    // Text that is not a range is refused, and Use selection maps nothing.
    const box = page.getByTestId('selection');
    await box.fill('garbage!!');
    await box.press('Enter');
    const refused =
      'Cannot read "garbage!!" as a range. Type a sheet and range, e.g. \'Ticket Log\'!B1:B500.';
    await page.getByText(refused).first().waitFor({ timeout: WAIT_MS });
    await page.getByRole('button', { name: 'Use selection: Ticket backlog by week' }).click();
    await expect(page.getByText(refused).count()).resolves.toBe(2);
    await expect(page.getByText('Named LBF_Backlog').count()).resolves.toBe(0);

    // The whole sheet is read through its used range (A1:K20), not 17 billion cells.
    const started = Date.now();
    await useSelection("'Ticket Baseline'!A1:XFD1048576", 'Ticket backlog by week');
    await page.getByText('Select one column (or one row) of values.').waitFor({ timeout: WAIT_MS });
    expect(Date.now() - started).toBeLessThan(WAIT_MS);
    // A whole column, as Excel gives it for a click on the header: F1:F20 of the used range.
    await useSelection("'Ticket Baseline'!F:F", 'Ticket backlog by week');
    await page.getByText('Named LBF_Backlog').waitFor({ timeout: WAIT_MS });
    await expect(
      page.getByRole('textbox', { name: /^Ticket backlog by week/ }).inputValue(),
    ).resolves.toBe("'Ticket Baseline'!F1:F20");

    // A file that is not a workbook: our words, in the pane, in view at 350 px.
    await page.getByTestId('open-file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a workbook'),
    });
    const notXlsx = page.getByText(/^This file is not an \.xlsx workbook/);
    await notXlsx.waitFor({ timeout: WAIT_MS });
    await page.evaluate(() => window.scrollTo(0, 0));
    const where = await notXlsx.boundingBox();
    expect(where && where.x + where.width <= PANE_WIDTH_PX && where.y < PANE_HEIGHT_PX).toBe(true);
    await expect(page.getByText(/jszip|github/i).count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'refusals.png') });
    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 120_000);
});
