/**
 * Where the command line writes: results to stdout, errors and progress to
 * stderr. Progress appears only on a terminal, so pipes and files stay clean.
 */

export interface CliOutput {
  /** Writes a line of results to stdout. */
  out(line: string): void;
  /** Writes a line of diagnostics to stderr. */
  err(line: string): void;
  /** Shows what a long step is doing, on a terminal only; cleared by the next line. */
  progress(text: string): void;
}

/**
 * The real terminal streams. When the reader of stdout goes away (`lbf run …
 * | head -1`), further results are dropped quietly instead of failing with EPIPE.
 */
export function processOutput(): CliOutput {
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  let stdoutClosed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stdoutClosed = true;
  });
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    out: (line) => {
      clear();
      if (stdoutClosed) return;
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      clear();
      process.stderr.write(`${line}\n`);
    },
    progress: (text) => {
      if (!tty) return;
      clear();
      process.stderr.write(`\u2026 ${text}`);
      shown = true;
    },
  };
}

/** Collects output in memory (for tests and embedding). */
export function memoryOutput(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    progress: () => undefined,
  };
}
