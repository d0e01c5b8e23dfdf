import { statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '@pcaq/core';
import { wantsColor, type CliIo } from './io.js';
import { OutputTarget } from './output-target.js';
import { UsageError } from './usage-error.js';

/**
 * The options every command shares for its output, as commander hands them over.
 *
 * @example
 * ```ts
 * const options: OutputOptionValues = { output: 'result.json', quiet: true, maxWarnings: 0 };
 * ```
 */
export interface OutputOptionValues {
  /** `-o FILE`: write there instead of standard output, whole or not at all. */
  readonly output?: string;
  /** `--quiet`: print errors only. */
  readonly quiet?: boolean;
  /** `--max-warnings N`: more than N warnings is a failure (exit 1). */
  readonly maxWarnings?: number;
  /** `--color` (true) or `--no-color` (false). */
  readonly color?: boolean;
}

/**
 * Adds `-o/--output`, `--quiet`, `--max-warnings` and `--color`/`--no-color` to a command.
 *
 * @example
 * ```ts
 * addOutputOptions(program.command('lint'), 'lint');
 * ```
 */
export function addOutputOptions(command: Command, name: string): Command {
  return command
    .option('-o, --output <file>', "write the output to FILE, whole or not at all ('-' for standard output)")
    .option('--quiet', 'print errors only, no warnings')
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more than N warnings').argParser(count(name)))
    .option('--color', 'colour the output, even when it is not a terminal')
    .option('--no-color', 'never colour the output');
}

function count(name: string): (value: string) => number {
  return (value) => {
    if (/^[0-9]{1,9}$/.test(value)) return Number(value);
    throw new UsageError(`--max-warnings takes a whole number of warnings, not '${value}'`, name);
  };
}

/**
 * Runs a command's body with an {@link OutputTarget} for its output: committed when the body
 * returns, discarded when it throws, so standard output or `-o FILE` gets all of it or none
 * (docs/cli.md, "Whole or absent").
 *
 * @throws UsageError when `-o FILE` cannot be written.
 * @example
 * ```ts
 * await withOutput(io, options, 'fmt', (out) => out.write(text + '\n'));
 * ```
 */
export async function withOutput(
  io: CliIo,
  options: OutputOptionValues,
  name: string,
  body: (out: OutputTarget) => Promise<void> | void,
): Promise<void> {
  const out = openTarget(io, options.output, name);
  try {
    await body(out);
  } catch (error) {
    out.discard();
    throw error;
  }
  try {
    await out.commit();
  } catch (error) {
    out.discard();
    throw new UsageError(`cannot write '${options.output ?? '-'}' (${codeOf(error)})`, name);
  }
}

function openTarget(io: CliIo, file: string | undefined, name: string): OutputTarget {
  if (file !== undefined && file !== '-' && isDirectory(file)) throw new UsageError(`cannot write '${file}': it is a directory`, name);
  try {
    return new OutputTarget(io.stdout, file === '-' ? undefined : file);
  } catch (error) {
    throw new UsageError(`cannot write '${file}' (${codeOf(error)})`, name);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : 'error');
}

/**
 * Whether the warnings among `diagnostics` exceed `--max-warnings` (never when it is not given).
 *
 * @example
 * ```ts
 * tooManyWarnings(diagnostics, { maxWarnings: 0 }); // true when there is a warning
 * ```
 */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], options: OutputOptionValues): boolean {
  if (options.maxWarnings === undefined) return false;
  return diagnostics.filter((d) => d.severity === 'warning').length > options.maxWarnings;
}

/**
 * Whether the command's output (standard output, or `-o FILE`) is coloured: a file only with
 * `--color`; standard output as {@link wantsColor} decides.
 *
 * @example
 * ```ts
 * renderDiagnostics(diagnostics, texts, { format: 'text', color: outputColor(io, options) });
 * ```
 */
export function outputColor(io: CliIo, options: OutputOptionValues): boolean {
  if (options.output !== undefined && options.output !== '-') return options.color === true;
  return wantsColor(io, 'stdout', options.color);
}
