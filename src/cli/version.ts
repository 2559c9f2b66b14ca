/** The version of `lbf`: the one in the project's package.json. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'lbf';

/**
 * Walks up from this file to the package.json named `lbf` (from src/cli in
 * tests, from dist/node/src/cli when built) and returns its version.
 */
export function lbfVersion(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
