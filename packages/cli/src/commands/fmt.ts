import type { Command } from 'commander';
import { parseFilter } from '@pcaq/linter';
import { printFilter } from '@pcaq/printer';
import { readAll, type CliIo } from '../io.js';
import { addFormatOption, type FormatOf } from '../output-formats.js';
import { addOutputOptions, withOutput, type OutputOptionValues } from '../output-options.js';
import { reportQueryDiagnostics } from '../query-report.js';
import { shownDiagnostics, toJson } from '../render-diagnostics.js';

const EXAMPLES = `
Examples:
  $ pcaq fmt "workloadCode eq 'SFB'   or ((channel eq 'Reseller'))"
  workloadCode eq 'SFB' or channel eq 'Reseller'
  $ echo "(workloadCode eq 'SFB' or channel eq 'Reseller') and productName eq 'E3'" | pcaq fmt -
  (workloadCode eq 'SFB' or channel eq 'Reseller') and productName eq 'E3'
  $ pcaq fmt --format json "channel  eq 'Reseller'"

The canonical form has single spaces, lowercase keywords, parentheses only where precedence
needs them, and quotes doubled inside strings. A filter with errors is not printed: its
diagnostics go to standard error and the exit status is 1.`;

interface FmtOptions extends OutputOptionValues {
  readonly format: FormatOf<'fmt'>;
}

/**
 * Registers `pcaq fmt TEXT`: prints the canonical text of a filter (`-` reads standard input).
 *
 * @example
 * ```ts
 * registerFmtCommand(program, processIo());
 * ```
 */
export function registerFmtCommand(program: Command, io: CliIo): void {
  const command = program
    .command('fmt')
    .description('print a filter in canonical form')
    .argument('<text>', "the filter ('-' reads it from standard input)");
  addFormatOption(command, 'fmt');
  addOutputOptions(command, 'fmt')
    .addHelpText('after', EXAMPLES)
    .action((argument: string, options: FmtOptions) =>
      withOutput(io, options, 'fmt', async (out) => {
        const text = argument === '-' ? (await readAll(io.stdin)).replace(/^\uFEFF/, '').replace(/\r?\n$/, '') : argument;
        const { ast, diagnostics: located } = parseFilter(text, { source: 'filter' });
        reportQueryDiagnostics(located, { filter: text }, io, options);
        if (ast === undefined) return;
        const formatted = printFilter(ast);
        const shown = shownDiagnostics(located, options.quiet === true).map(toJson);
        out.write(options.format === 'json' ? JSON.stringify({ formatted, diagnostics: shown }, null, 2) + '\n' : formatted + '\n');
      }),
    );
}
