import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { loadWideText } from './display-width.js';
import type { CliIo } from './io.js';
import { errorEnvelope, type RunFailure } from './error-envelope.js';
import { requestsJson } from './output-formats.js';
import { ProblemsReported, UsageError } from './usage-error.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

type RegisterCommand = (program: Command, io: CliIo) => void;

/**
 * Each command's module, loaded only when it is needed: a command pulls in its own packages (the
 * evaluator and file readers for `eval`, the SQL compiler for `sql`), which `pcaq lint` should not
 * pay for at start-up (docs/performance.md, "Start-up"). In the order `--help` lists them.
 */
const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  lint: async () => (await import('./commands/lint.js')).registerLintCommand,
  fmt: async () => (await import('./commands/fmt.js')).registerFmtCommand,
  url: async () => (await import('./commands/url.js')).registerUrlCommand,
  eval: async () => (await import('./commands/eval.js')).registerEvalCommand,
  sql: async () => (await import('./commands/sql.js')).registerSqlCommand,
  scan: async () => (await import('./commands/scan.js')).registerScanCommand,
  explain: async () => (await import('./commands/explain.js')).registerExplainCommand,
  fetch: async () => (await import('./commands/fetch.js')).registerFetchCommand,
  serve: async () => (await import('./commands/serve.js')).registerServeCommand,
  endpoints: async () => (await import('./commands/endpoints.js')).registerEndpointsCommand,
};

/**
 * Builds the `pcaq` program with every command registered (or only those named in `only`);
 * output goes to `io`, and commander never exits the process itself.
 *
 * @example
 * ```ts
 * const program = await createProgram(processIo());
 * await program.parseAsync(['lint', '--filter', "channel eq 'x'"], { from: 'user' });
 * ```
 */
export async function createProgram(io: CliIo, only?: readonly string[]): Promise<Command> {
  const names = Object.keys(COMMANDS).filter((name) => only === undefined || only.includes(name));
  const registrars = await Promise.all(names.map((name) => (COMMANDS[name] as () => Promise<RegisterCommand>)()));
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
  for (const register of registrars) register(program, io);
  return program;
}

/** Commands whose output shows no text but their own arguments' (and their help). */
const ARGUMENT_TEXT_ONLY = new Set(['lint', 'fmt', 'url', 'sql', 'explain']);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Whether a command line may show text with emoji, marks or wide characters, whose carets and
 * columns need `string-width` (loaded only then: docs/performance.md, "Start-up"): any command
 * that shows a file's or a service's text, or an argument outside printable ASCII, a `%` escape
 * (decoded into anything), or standard input.
 */
function mayShowWideText(argv: readonly string[]): boolean {
  const first = argv[0] ?? '';
  // The program's own help and version are plain text.
  if (first.startsWith('-') || first === 'help' || argv.includes('--help') || argv.includes('-h')) return false;
  if (!ARGUMENT_TEXT_ONLY.has(first)) return true;
  return argv.some((arg) => arg === '-' || arg.includes('%') || arg === '--batch' || arg.startsWith('--batch=') || !PRINTABLE_ASCII.test(arg));
}

/**
 * The commands a command line needs: the one it names, or all of them when it names none (the
 * program's own help and version, an unknown or mistyped command, which commander answers with
 * the full list and a suggestion).
 */
function commandsFor(argv: readonly string[]): readonly string[] | undefined {
  const first = argv[0];
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? [first] : undefined;
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
      io.stderr.write((await createProgram(io)).helpInformation());
      io.setExitCode(2);
      return io.exitCode;
    }
    if (mayShowWideText(argv)) await loadWideText();
    const program = await createProgram(io, commandsFor(argv));
    await program.parseAsync([...argv], { from: 'user' });
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
