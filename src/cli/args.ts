/** Command-line arguments of `lbf`, parsed with node:util parseArgs. */
import { parseArgs } from 'node:util';
import { inputError } from './cliError';

export interface RunArgs {
  command: 'run';
  workbook: string;
  out?: string;
  author?: string;
  summary?: string;
  /** Take the LBF Decision sheet's text into the new version even when a record is stored. */
  decisionFromSheet?: boolean;
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
  | { command: 'help'; topic?: 'run' | 'check'; bare?: boolean }
  | { command: 'version' };

const RUN_OPTIONS = {
  out: { type: 'string' },
  author: { type: 'string' },
  summary: { type: 'string' },
  'decision-from-sheet': { type: 'boolean' },
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
  if (first === undefined) return { command: 'help', bare: true };
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'run') return parseRun(rest);
  if (first === 'check') return parseCheck(rest);
  return inputError(`Unknown command "${first}". Use "lbf run" or "lbf check"; see lbf --help.`);
}

function parseRun(argv: string[]): ParsedArgs {
  const { values, positionals } = parseStrict(argv, RUN_OPTIONS, 'run');
  if (values.help) return { command: 'help', topic: 'run' };
  const workbook = onePositional(positionals, 'run');
  checkText('--author', values.author);
  checkText('--summary', values.summary);
  return {
    command: 'run',
    workbook,
    out: values.out,
    author: values.author,
    summary: values.summary,
    decisionFromSheet: values['decision-from-sheet'] ?? false,
  };
}

function parseCheck(argv: string[]): ParsedArgs {
  const { values, positionals } = parseStrict(argv, CHECK_OPTIONS, 'check');
  if (values.help) return { command: 'help', topic: 'check' };
  const workbook = onePositional(positionals, 'check');
  checkText('--author', values.author);
  if (values.out !== undefined && !values.write) {
    inputError('lbf check --out needs --write (without --write, check writes nothing).');
  }
  return {
    command: 'check',
    workbook,
    actuals: values.actuals,
    write: values.write ?? false,
    out: values.out,
    author: values.author,
  };
}

type Options = typeof RUN_OPTIONS | typeof CHECK_OPTIONS;

/** An --author or --summary value: one line, not blank. */
function checkText(option: string, value: string | undefined): void {
  if (value === undefined) return;
  if (value.trim() === '') inputError(`${option} is empty; give a name or leave ${option} out.`);
  if (/[\r\n]/.test(value)) {
    inputError(`${option} ${JSON.stringify(value)} has a line break; write it on one line.`);
  }
}

function optionList(options: Options): string {
  return Object.entries(options)
    .map(([name, o]) => `--${name}${o.type === 'string' ? ' <value>' : ''}`)
    .join(', ');
}

/** Node's own messages quote unevenly; name the option and what lbf expects. */
function explainArgsError(e: Error, options: Options, command: string): never {
  const code = (e as NodeJS.ErrnoException).code;
  const option = /'(-{1,2}[^'\s]*)/.exec(e.message)?.[1] ?? '';
  const see = `See lbf ${command} --help.`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return inputError(
      `lbf ${command}: unknown option ${option}. Options: ` + `${optionList(options)}. ${see}`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.split(/[ ,=]/)[0];
    const spec = (options as Record<string, { type: string }>)[name.replace(/^-+/, '')];
    return inputError(
      spec?.type === 'boolean'
        ? `lbf ${command}: option ${name} takes no value. ${see}`
        : `lbf ${command}: option ${name} needs a value, e.g. ${name} <value>. ${see}`,
    );
  }
  return inputError(`lbf ${command}: ${e.message}. ${see}`);
}

function parseStrict<O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    return explainArgsError(e as Error, options, command);
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
