import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerFmtCommand } from './commands/fmt.js';
import { registerLintCommand } from './commands/lint.js';
import { registerScanCommand } from './commands/scan.js';
import { registerSqlCommand } from './commands/sql.js';
import { registerUrlCommand } from './commands/url.js';
import { ProblemsReported, UsageError } from './usage-error.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Builds the `pcaq` program with every command registered; output goes to `io`, and commander
 * never exits the process itself.
 *
 * @example
 * ```ts
 * await createProgram(processIo()).parseAsync(['lint', '--filter', "channel eq 'x'"], { from: 'user' });
 * ```
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('pcaq')
    .description('Lint, format, encode and evaluate Partner Center analytics queries.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText('after', '\nExit status: 0 clean (warnings allowed), 1 problems found, 2 usage error.');
  registerLintCommand(program, io);
  registerFmtCommand(program, io);
  registerUrlCommand(program, io);
  registerEvalCommand(program, io);
  registerSqlCommand(program, io);
  registerScanCommand(program, io);
  registerExplainCommand(program, io);
  return program;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and returns the exit status:
 * 0 clean, 1 problems found, 2 usage error. Never throws and never prints a stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv.length === 0) {
      io.stderr.write(createProgram(io).helpInformation());
      io.setExitCode(2);
      return io.exitCode;
    }
    await createProgram(io).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    io.setExitCode(exitCodeOf(error, io));
  }
  return io.exitCode;
}

function exitCodeOf(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version end "successfully"; every other commander error is a usage error it has already printed.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    const help = error.command ? `pcaq ${error.command} --help` : 'pcaq --help';
    io.stderr.write(`pcaq: ${error.message}\n(run '${help}' for usage)\n`);
    return 2;
  }
  if (error instanceof ProblemsReported) return 1;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`pcaq: unexpected error: ${message}\n(this is a bug in pcaq; please report it with the command you ran)\n`);
  return 1;
}
