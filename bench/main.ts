// `npm run bench`: every area's benchmark, one section each.
import { printRows, type BenchRow } from './harness';

type Section = { title: string; rows: () => BenchRow[] | Promise<BenchRow[]> };

const sections: Section[] = [
  // Each area appends its section here: { title, rows }.
];

async function main(): Promise<void> {
  process.stdout.write(`LBF benchmark, node ${process.version}\n`);
  for (const section of sections) printRows(section.title, await section.rows());
}

void main();
