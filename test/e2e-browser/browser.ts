/**
 * Chromium for the browser tests: Debian's build at /usr/bin/chromium,
 * driven by playwright-core, with a fresh profile and every request that
 * is not to the loopback test server refused and recorded.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** URLs the page tried to reach off the loopback server (all refused). */
  blocked: string[];
}

/** Launches Chromium at `widthPx` × `heightPx`; fails (never skips) when it is missing. */
export async function launchBrowser(widthPx: number, heightPx: number): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install it (apt-get install ` +
        'chromium, as .ci/run does); the browser tests fail rather than skip without it.',
    );
  }
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'lbf-chromium-')),
    {
      executablePath: CHROMIUM_PATH,
      args: ARGS,
      headless: true,
      acceptDownloads: true,
      viewport: { width: widthPx, height: heightPx },
    },
  );
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const loopback =
      url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (loopback) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}
