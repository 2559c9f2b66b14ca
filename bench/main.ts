// `npm run bench`: every area's benchmark, one section each.
import { printRows, type BenchRow } from './harness';
import { baselineBench } from './baseline';
import { uncertaintyBench } from './uncertainty';
import { recordBench } from './record';
import { scenarioBench } from './scenario';
import { staffingBench } from './staffing';
import { cliBench } from './cli';
import { bundlesBench } from './bundles';

type Section = { title: string; rows: () => BenchRow[] | Promise<BenchRow[]> };

const sections: Section[] = [
  // Each area appends its section here: { title, rows }.
  { title: 'Baselines from raw logs (issue 7)', rows: baselineBench },
  { title: 'Confidence, break-even and trade-off (issue 4)', rows: uncertaintyBench },
  { title: 'Decision record, decision log and adapters (issue 5)', rows: recordBench },
  { title: 'Scenario engine and LBF.SCENARIO (issue 3)', rows: scenarioBench },
  { title: 'Queueing core and LBF staffing functions (issue 2)', rows: staffingBench },
  { title: 'lbf command line on the example workbook (issue 6)', rows: cliBench },
  { title: 'Production bundle sizes (issue 8)', rows: bundlesBench },
];

async function main(): Promise<void> {
  process.stdout.write(`LBF benchmark, node ${process.version}\n`);
  for (const section of sections) printRows(section.title, await section.rows());
}

void main();
