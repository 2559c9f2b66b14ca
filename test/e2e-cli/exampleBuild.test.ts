/**
 * The committed example workbook is exactly what the committed script builds
 * from the committed data: rebuilding gives the same bytes (fixed dates and
 * creator, fixed zip entry times). When the core's numbers change on purpose,
 * run `npm run example` and commit the new workbook.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, tempDir } from '../cli/cliHarness';

const BUILDER = join(ROOT, 'dist', 'node', 'scripts', 'build-example.js');

describe('scripts/build-example.ts', () => {
  it('rebuilds examples/lbf-example.xlsx byte for byte', () => {
    if (!existsSync(BUILDER)) throw new Error(`${BUILDER} is missing: run npm run build:cli.`);
    const out = join(tempDir('lbf-build-'), 'rebuilt.xlsx');
    const r = spawnSync(process.execPath, [BUILDER, out], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rebuilt = readFileSync(out);
    const committed = readFileSync(EXAMPLE);
    expect(rebuilt.length).toBe(committed.length);
    expect(rebuilt.equals(committed)).toBe(true);
  }, 120_000);
});
