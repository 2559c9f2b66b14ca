import { readFileSync } from 'fs';
import { join } from 'path';
import { METRICS } from '../../../src/core/model';
import { PARAMETERS, rangeText } from '../../../src/core/params';

// docs/parameters.md is the function reference's copy of the catalogue: it must not drift.
const doc = readFileSync(join(__dirname, '../../../docs/parameters.md'), 'utf8');

describe('docs/parameters.md', () => {
  it.each(PARAMETERS.map((d) => [d.name, d]))('lists %s with default, unit and range', (_, d) => {
    const shown = d.required
      ? '**required**'
      : d.defaultValue === undefined
        ? 'not set'
        : String(d.defaultValue);
    expect(doc).toContain(`| \`${d.name}\` | ${shown} | ${d.unit} | ${rangeText(d)} |`);
  });

  it.each(METRICS.map((m) => [m.name, m]))('lists metric %s with unit and direction', (_, m) => {
    expect(doc).toContain(`| \`${m.name}\` | ${m.unit} | ${m.direction} |`);
  });
});
