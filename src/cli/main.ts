#!/usr/bin/env node
/**
 * `lbf`: the command line. Parses the arguments, runs one command and turns
 * every failure into a message on stderr and an exit code (see cliError.ts).
 */
import { parseCommandLine } from './args';
import { CliError, EXIT, type ExitCode } from './cliError';
import { processOutput, type CliOutput } from './console';
import { CHECK_HELP, MAIN_HELP, RUN_HELP } from './help';
import { lbfVersion } from './version';
import { runCommand } from './run';
import { checkCommand } from './check';

/**
 * Runs `lbf` with `argv` (without node and the script) and returns the exit
 * code; never throws.
 */
export async function main(argv: string[], output: CliOutput): Promise<ExitCode> {
  try {
    const args = parseCommandLine(argv);
    switch (args.command) {
      case 'help':
        if (args.bare) {
          output.err(MAIN_HELP);
          return EXIT.badInput;
        }
        output.out(
          args.topic === 'run' ? RUN_HELP : args.topic === 'check' ? CHECK_HELP : MAIN_HELP,
        );
        return EXIT.ok;
      case 'version':
        output.out(lbfVersion());
        return EXIT.ok;
      case 'run':
        return await runCommand(args, output);
      case 'check':
        return await checkCommand(args, output);
    }
  } catch (e) {
    return report(e, output);
  }
}

function report(e: unknown, output: CliOutput): ExitCode {
  if (e instanceof CliError) {
    output.err(`lbf: ${e.message}`);
    return e.exitCode;
  }
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  output.err(`lbf: unexpected failure (please report it):\n${detail}`);
  return EXIT.internal;
}

if (require.main === module) {
  main(process.argv.slice(2), processOutput()).then((code) => {
    process.exitCode = code;
  });
}
