import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functionFiles: string[] = require('../../scripts/functionFiles.js');

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

/** Expected parameters; a trailing ? marks an optional one (issue 2's signatures). */
const STAFFING: Record<string, string[]> = {
  ERLANGC: ['contacts', 'intervalMinutes', 'ahtSeconds', 'agents'],
  SERVICELEVEL: [
    'contacts',
    'intervalMinutes',
    'ahtSeconds',
    'agents',
    'targetSeconds',
    'patienceSeconds?',
  ],
  ASA: ['contacts', 'intervalMinutes', 'ahtSeconds', 'agents', 'patienceSeconds?'],
  ABANDON: ['contacts', 'intervalMinutes', 'ahtSeconds', 'agents', 'patienceSeconds'],
  OCCUPANCY: ['contacts', 'intervalMinutes', 'ahtSeconds', 'agents', 'patienceSeconds?'],
  AGENTS: [
    'contacts',
    'intervalMinutes',
    'ahtSeconds',
    'targetSeconds',
    'serviceLevel',
    'maxOccupancy?',
    'patienceSeconds?',
    'maxAbandon?',
  ],
  STAFFINGCURVE: [
    'contacts',
    'intervalMinutes',
    'ahtSeconds',
    'targetSeconds',
    'patienceSeconds?',
    'from?',
    'to?',
  ],
  FTE: ['agents', 'shrinkage'],
};

describe('custom-function metadata generated from the JSDoc', () => {
  let functions: FunctionMetadata[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const files = functionFiles.map((f) => path.join(ROOT, f));
    const generated = await generateCustomFunctionsMetadata(files);
    errors = generated.errors;
    functions = errors.length === 0 ? JSON.parse(generated.metadataJson).functions : [];
  });

  it('reports no error for any file in scripts/functionFiles.js', () => {
    expect(functionFiles).toContain('src/functions/staffing.ts');
    expect(errors).toEqual([]);
  });

  it.each(Object.entries(STAFFING))("declares LBF.%s with issue 2's arguments", (id, params) => {
    const f = functions.find((fn) => fn.id === id);
    expect(f?.name).toBe(id);
    expect(f?.parameters.map((p) => p.name + (p.optional ? '?' : ''))).toEqual(params);
  });

  it('gives every staffing function and argument help text, with units on the inputs', () => {
    for (const id of Object.keys(STAFFING)) {
      const f = functions.find((fn) => fn.id === id) as FunctionMetadata;
      expect(f.description.length).toBeGreaterThan(20);
      // Excel shows help text on one line; a wrapped JSDoc line would carry a newline.
      expect(f.description).not.toContain('\n');
      for (const p of f.parameters) {
        expect(p.description?.length).toBeGreaterThan(15);
        expect(p.description).not.toContain('\n');
        if (/Seconds$/.test(p.name)) expect(p.description).toMatch(/seconds/);
        if (/Minutes$/.test(p.name)) expect(p.description).toMatch(/minutes/);
      }
    }
  });

  it('spills STAFFINGCURVE as a matrix', () => {
    const curve = functions.find((fn) => fn.id === 'STAFFINGCURVE');
    expect(curve?.result.dimensionality).toBe('matrix');
  });
});
