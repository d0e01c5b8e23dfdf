import { Option, type Command } from 'commander';
import { UsageError } from './usage-error.js';

/**
 * The `--format` values of each command, the default first. This is the one list of formats: a
 * new one (a new renderer) is added here and in the command that renders it.
 *
 * @example
 * ```ts
 * OUTPUT_FORMATS.eval; // ['json', 'ndjson', 'csv', 'table']
 * ```
 */
export const OUTPUT_FORMATS = {
  lint: ['text', 'json', 'sarif', 'github'],
  fmt: ['text', 'json'],
  url: ['text', 'json'],
  eval: ['json', 'ndjson', 'csv', 'table'],
  sql: ['text', 'json'],
  fetch: ['ndjson', 'csv', 'json'],
} as const;

/**
 * A command that has a `--format` option.
 *
 * @example
 * ```ts
 * const name: FormattedCommand = 'lint';
 * ```
 */
export type FormattedCommand = keyof typeof OUTPUT_FORMATS;

/**
 * The formats of one command.
 *
 * @example
 * ```ts
 * const format: FormatOf<'sql'> = 'json';
 * ```
 */
export type FormatOf<C extends FormattedCommand> = (typeof OUTPUT_FORMATS)[C][number];

/**
 * Adds `--format` to `command` with its formats from {@link OUTPUT_FORMATS}; any other value is a
 * usage error naming the choices.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * const program = new Command();
 * addFormatOption(program.command('sql'), 'sql');
 * ```
 */
export function addFormatOption(command: Command, name: FormattedCommand): Command {
  const formats: readonly string[] = OUTPUT_FORMATS[name];
  const option = new Option('--format <format>', formats.join(', '))
    .default(formats[0])
    .argParser((value: string) => {
      if (formats.includes(value)) return value;
      throw new UsageError(`--format must be one of ${formats.join(', ')}, not '${value}'`, name);
    });
  return command.addOption(option);
}

/**
 * Whether the command line asks for JSON output in so many words (`--format json` or
 * `--format=json`; `eval`'s default JSON does not count, so a person who typed a wrong path
 * reads one message, not two). Read from the raw arguments, so that even an error in parsing
 * them can be reported as JSON.
 *
 * @example
 * ```ts
 * requestsJson(['lint', '--format', 'json', '--bogus']); // true
 * ```
 */
export function requestsJson(argv: readonly string[]): boolean {
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--format') format = argv[i + 1];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  }
  return format === 'json';
}
