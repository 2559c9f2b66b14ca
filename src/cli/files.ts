/**
 * Reading and writing .xlsx files for the command line: recognise what is
 * not an .xlsx before ExcelJS sees it, and write output atomically (a temp
 * file in the same folder, then a rename), so a failed run never leaves a
 * half-written file behind.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
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

/**
 * True when both paths name the same file: the same inode when both exist
 * (so a symbolic or hard link to the input counts), else the same resolved path.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Where an output really goes and the mode it must keep. */
export interface OutputTarget {
  /** The path written: the real file when `--out` is a symbolic link. */
  path: string;
  /** Permission bits of the file replaced (kept on the new file); undefined when new. */
  mode?: number;
}

/**
 * Checks an output path before anything is computed or written: it must end
 * in .xlsx; a symbolic link is followed to its real file; anything that exists
 * and is not a regular file (a folder, a device such as /dev/full, a pipe) and
 * a read-only file are refused (exit 2). Root passes `access(W_OK)` on any
 * file, so the write bits of the mode are checked too.
 */
export async function checkOutputPath(path: string): Promise<OutputTarget> {
  if (!/\.xlsx$/i.test(path)) {
    inputError(
      `--out ${JSON.stringify(path)} must name an .xlsx file (LBF writes Excel ` +
        'workbooks): end the name in .xlsx.',
    );
  }
  const real = await followLink(path);
  const stat = await statOrNull(real, path);
  if (!stat) {
    await checkFolder(dirname(resolve(real)), path);
    return { path: real };
  }
  if (stat.isDirectory()) inputError(`Cannot write ${path}: it is a folder. Give a file name.`);
  if (!stat.isFile()) {
    inputError(
      `Cannot write ${path}: it exists and is not a regular file (a device, pipe or ` +
        'socket), so LBF will not replace it. Give the path of an .xlsx file with --out.',
    );
  }
  if ((stat.mode & 0o222) === 0 || !(await writable(real))) {
    inputError(
      `Cannot write ${path}: the file is read-only. Make it writable ` +
        `(chmod u+w ${JSON.stringify(path)}) or choose another path with --out.`,
    );
  }
  return { path: real, mode: stat.mode & 0o7777 };
}

async function followLink(path: string): Promise<string> {
  const link = await fs.lstat(path).catch(() => null);
  if (!link?.isSymbolicLink()) return path;
  try {
    return await fs.realpath(path);
  } catch {
    return inputError(
      `Cannot write ${path}: it is a symbolic link to a file or folder that ` +
        'does not exist. Fix or remove the link, or choose another path with --out.',
    );
  }
}

async function statOrNull(real: string, shown: string) {
  try {
    return await fs.stat(real);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') await checkFolder(dirname(resolve(real)), shown);
    return explainWriteError(e, shown);
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await fs.access(path, fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The nearest existing ancestor of `folder` must be a folder. */
async function checkFolder(folder: string, shown: string): Promise<void> {
  let dir = folder;
  for (;;) {
    const stat = await fs
      .stat(dir)
      .catch((e: NodeJS.ErrnoException) =>
        e.code === 'ENOENT' ? null : explainWriteError(e, shown),
      );
    if (stat) {
      if (!stat.isDirectory()) notAFolder(shown, dir);
      return;
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

function notAFolder(path: string, part?: string): never {
  return inputError(
    `Cannot write ${path}: part of the path is not a folder` +
      `${part ? ` (${part} is a file)` : ''}. Check --out.`,
  );
}

/**
 * Writes `data` to `target` atomically: into a temp file in the same folder,
 * then renamed over the target, keeping the replaced file's permissions. On
 * any failure the temp file is removed and a CliError explains what to do.
 */
export async function writeFileAtomic(target: OutputTarget | string, data: Buffer): Promise<void> {
  const { path, mode } = typeof target === 'string' ? { path: target, mode: undefined } : target;
  const folder = dirname(resolve(path));
  await ensureFolder(folder, path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.lbf-tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    if (mode !== undefined) await fs.chmod(temp, mode);
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
  if (code === 'ENOTDIR' || code === 'ENOENT' || code === 'EEXIST') notAFolder(path);
  throw e;
}
