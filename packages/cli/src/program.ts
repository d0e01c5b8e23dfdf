import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerFmtCommand } from './commands/fmt.js';
import { registerLintCommand } from './commands/lint.js';
import { registerSqlCommand } from './commands/sql.js';
import { registerUrlCommand } from './commands/url.js';
import { errorEnvelope, type RunFailure } from './error-envelope.js';
import { requestsJson } from './output-formats.js';
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
    .addHelpText('after', '\nExit status: 0 clean (warnings allowed), 1 problems found, 2 usage or internal error.');
  registerLintCommand(program, io);
  registerFmtCommand(program, io);
  registerUrlCommand(program, io);
  registerEvalCommand(program, io);
  registerSqlCommand(program, io);
  return program;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and returns the exit status:
 * 0 clean, 1 problems found, 2 usage error or a bug in pcaq. Never throws and never prints a
 * stack trace. With `--format json`, a failed run also prints a JSON error object on standard
 * output (docs/cli.md, "Errors as JSON").
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
    const failure = failureOf(error, io);
    io.setExitCode(failure.exitCode);
    if (failure.exitCode !== 0 && requestsJson(argv)) io.stdout.write(errorEnvelope(failure));
  }
  return io.exitCode;
}

function failureOf(error: unknown, io: CliIo): RunFailure {
  if (error instanceof CommanderError) {
    // Help and version end "successfully"; every other commander error is a usage error it has already printed.
    return { kind: 'usage', message: error.message.replace(/^error: /, ''), exitCode: error.exitCode === 0 ? 0 : 2 };
  }
  if (error instanceof UsageError) {
    const help = error.command ? `pcaq ${error.command} --help` : 'pcaq --help';
    io.stderr.write(`pcaq: ${error.message}\n(run '${help}' for usage)\n`);
    return { kind: 'usage', message: error.message, exitCode: 2 };
  }
  if (error instanceof ProblemsReported) return { ...(error.detail ?? { kind: 'query', message: error.message }), exitCode: 1 };
  // A bug is not "problems found": exit 2, as eslint and ruff do, so scripts can tell them apart.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`pcaq: unexpected error: ${message}\n(this is a bug in pcaq; please report it with the command you ran)\n`);
  return { kind: 'internal', message, exitCode: 2 };
}
