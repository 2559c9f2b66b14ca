/**
 * Reading and writing .xlsx files for the command line: recognise what is
 * not an .xlsx before ExcelJS sees it, and write output atomically (a temp
 * file in the same folder, then a rename), so a failed run never leaves a
 * half-written file behind.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { inputError } from './cliError';

/** Every .xlsx is a zip package: it starts with the local-file signature `PK\3\4`. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/**
 * OLE compound files start with D0 CF 11 E0 A1 B1 1A E1: a password-protected
 * (encrypted) .xlsx is stored this way, and so is an old binary .xls.
 */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buffer: Buffer, signature: number[]): boolean {
  return signature.every((byte, i) => buffer[i] === byte);
}

/**
 * Reads a workbook file and checks that it is an .xlsx package.
 * Throws a CliError (exit 2) that names the file and the fix otherwise.
 */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  const buffer = await readOrExplain(path);
  if (startsWith(buffer, OLE_SIGNATURE)) {
    inputError(
      `${path} is password-protected (encrypted) or an old .xls workbook, which LBF ` +
      'cannot open. In Excel, remove the password (File > Info > Protect Workbook) ' +
      'or save it as an Excel Workbook (.xlsx), then run again.',
    );
  }
  if (buffer.length === 0 || !startsWith(buffer, ZIP_SIGNATURE)) {
    inputError(
      `${path} is not an Excel .xlsx workbook (an .xlsx file is a zip package; this ` +
      'file is not). Open it in Excel and save it as an Excel Workbook (.xlsx).',
    );
  }
  return buffer;
}

async function readOrExplain(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) inputError(`${path} is a folder; give the path of an .xlsx file.`);
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') inputError(`${path} does not exist. Check the path and the file name.`);
    if (code === 'EACCES' || code === 'EPERM') {
      inputError(`${path} cannot be read: permission denied. Check the file's permissions.`);
    }
    throw e;
  }
}

/**
 * The default output path: `<input>-lbf.xlsx` beside the input, so the input
 * is never overwritten unless `--out` names it.
 */
export function defaultOutputPath(inputPath: string): string {
  const ext = extname(inputPath);
  const stem = basename(inputPath, ext);
  return join(dirname(inputPath), `${stem}-lbf.xlsx`);
}

/** True when both paths name the same file (after resolving `.` and `..`). */
export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/**
 * Writes `data` to `path` atomically: into a temp file in the same folder,
 * then renamed over the target. On any failure the temp file is removed and
 * a CliError explains what to do.
 */
export async function writeFileAtomic(path: string, data: Buffer): Promise<void> {
  const folder = dirname(resolve(path));
  await ensureFolder(folder, path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.lbf-tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, path);
  } catch (e) {
    await fs.rm(temp, { force: true });
    explainWriteError(e, path);
  }
}

async function ensureFolder(folder: string, path: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (e) {
    explainWriteError(e, path);
  }
}

function explainWriteError(e: unknown, path: string): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    inputError(
      `Cannot write ${path}: permission denied (read-only file or folder). ` +
      'Choose another path with --out, or close the file if another program holds it.',
    );
  }
  if (code === 'EISDIR') inputError(`Cannot write ${path}: it is a folder. Give a file name.`);
  if (code === 'ENOTDIR' || code === 'ENOENT') {
    inputError(`Cannot write ${path}: part of the path is not a folder. Check --out.`);
  }
  throw e;
}
