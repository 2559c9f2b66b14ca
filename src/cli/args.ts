/** Command-line arguments of `lbf`, parsed with node:util parseArgs. */
import { parseArgs } from 'node:util';
import { inputError } from './cliError';

export interface RunArgs {
  command: 'run';
  workbook: string;
  out?: string;
  author?: string;
  summary?: string;
}

export interface CheckArgs {
  command: 'check';
  workbook: string;
  actuals?: string;
  write: boolean;
  out?: string;
  author?: string;
}

export type ParsedArgs =
  | RunArgs
  | CheckArgs
  | { command: 'help'; topic?: 'run' | 'check' }
  | { command: 'version' };

const RUN_OPTIONS = {
  out: { type: 'string' },
  author: { type: 'string' },
  summary: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CHECK_OPTIONS = {
  actuals: { type: 'string' },
  write: { type: 'boolean' },
  out: { type: 'string' },
  author: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses `argv` (without node and the script). Unknown options, missing
 * values and a missing workbook path are CliErrors with exit code 2.
 */
export function parseCommandLine(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { command: 'help' };
  }
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'run') return parseRun(rest);
  if (first === 'check') return parseCheck(rest);
  return inputError(`Unknown command "${first}". Use "lbf run" or "lbf check"; see lbf --help.`);
}

function parseRun(argv: string[]): ParsedArgs {
  const { values, positionals } = parseStrict(argv, RUN_OPTIONS, 'run');
  if (values.help) return { command: 'help', topic: 'run' };
  const workbook = onePositional(positionals, 'run');
  return { command: 'run', workbook, out: values.out, author: values.author, summary: values.summary };
}

function parseCheck(argv: string[]): ParsedArgs {
  const { values, positionals } = parseStrict(argv, CHECK_OPTIONS, 'check');
  if (values.help) return { command: 'help', topic: 'check' };
  const workbook = onePositional(positionals, 'check');
  if (values.out !== undefined && !values.write) {
    inputError('lbf check --out needs --write (without --write, check writes nothing).');
  }
  return {
    command: 'check', workbook, actuals: values.actuals, write: values.write ?? false,
    out: values.out, author: values.author,
  };
}

type Options = typeof RUN_OPTIONS | typeof CHECK_OPTIONS;

function parseStrict<O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    return inputError(`lbf ${command}: ${(e as Error).message}. See lbf ${command} --help.`);
  }
}

function onePositional(positionals: string[], command: string): string {
  if (positionals.length === 0) {
    inputError(`lbf ${command} needs a workbook: lbf ${command} <workbook.xlsx>.`);
  }
  if (positionals.length > 1) {
    inputError(
      `lbf ${command} takes one workbook; got ${positionals.length} paths ` +
      `(${positionals.join(', ')}). Quote a path that contains spaces.`,
    );
  }
  return positionals[0];
}
