/**
 * Writing the workbook LBF produced: check the target before the work, and
 * never write over the input when ExcelJS would drop parts of it (charts,
 * pivot tables, macros …); writing elsewhere warns what the copy lacks.
 */
import JSZip from 'jszip';
import type { CliOutput } from './console';
import { inputError } from './cliError';
import { checkOutputPath, sameFile, writeFileAtomic, type OutputTarget } from './files';
import type { InputWorkbook } from './workbookInput';
import { quietly } from './workbookInput';
import { describeLost, droppedParts, lostParts, type LostPart } from './zipParts';

/** A checked output: where it goes and whether it replaces the input. */
export interface PlannedOutput {
  target: OutputTarget;
  shown: string;
  overwritesInput: boolean;
}

function refuseOverwrite(input: InputWorkbook, lost: readonly LostPart[]): never {
  return inputError(
    `${input.path} holds parts LBF cannot carry over (ExcelJS, which writes ` +
      `the file, drops them): ${describeLost(lost)}. Writing over ${input.path} would lose ` +
      'them, so nothing was written. Write to another file with --out <new.xlsx>; the input ' +
      'keeps them.',
  );
}

/**
 * Checks `--out` (or the default) before anything is computed.
 * @param outPath the path as typed
 */
export async function planOutput(input: InputWorkbook, outPath: string): Promise<PlannedOutput> {
  const target = await checkOutputPath(outPath);
  const overwritesInput = await sameFile(target.path, input.path);
  if (overwritesInput) {
    const lost = droppedParts(input.info);
    if (lost.length > 0) refuseOverwrite(input, lost);
  }
  return { target, shown: outPath, overwritesInput };
}

/** Saves the workbook, compares its parts with the input's, and writes it atomically. */
export async function writeOutput(
  input: InputWorkbook,
  planned: PlannedOutput,
  output: CliOutput,
): Promise<void> {
  const bytes = Buffer.from(await quietly(() => input.book.save()));
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const lost = lostParts(input.info, { parts, sheetOf: new Map() });
  if (lost.length > 0 && planned.overwritesInput) refuseOverwrite(input, lost);
  await writeFileAtomic(planned.target, bytes);
  if (lost.length > 0) {
    output.err(
      `lbf: warning: ${planned.shown} does not carry over these parts of ` +
        `${input.path}: ${describeLost(lost)}. ExcelJS, which writes the file, drops them; ` +
        `${input.path} still has them.`,
    );
  }
}
