import type { Command } from 'commander';
import { ENDPOINT_IDS } from '@pcaq/core';
import { DEFAULT_ENDPOINT } from '@pcaq/printer';
import { parseFilter } from '@pcaq/linter';
import { printFilter } from '@pcaq/printer';
import { readAll, type CliIo } from '../io.js';
import { addFormatOption, type FormatOf } from '../output-formats.js';
import { addOutputOptions, withOutput, type OutputOptionValues } from '../output-options.js';
import { endpointOrDefault } from '../query-options.js';
import { reportQueryDiagnostics } from '../query-report.js';
import { shownDiagnostics, toJson } from '../render-diagnostics.js';

const EXAMPLES = `
Examples:
  $ pcaq fmt "workloadCode eq 'SFB'   or ((channel eq 'Reseller'))"
  workloadCode eq 'SFB' or channel eq 'Reseller'
  $ echo "(workloadCode eq 'SFB' or channel eq 'Reseller') and productName eq 'E3'" | pcaq fmt -
  (workloadCode eq 'SFB' or channel eq 'Reseller') and productName eq 'E3'
  $ pcaq fmt --format json "channel  eq 'Reseller'"
  $ pcaq fmt --endpoint subscriptions "contains( productName ,'Office' ) and (autoRenewEnabled eq true)"
  contains(productName,'Office') and autoRenewEnabled eq true

The canonical form has single spaces, lowercase keywords, parentheses only where precedence
needs them, and quotes doubled inside strings. --endpoint NAME reads the filter as that
endpoint's ('pcaq endpoints' lists them; default license-usage). A filter with errors is not printed: its
diagnostics go to standard error and the exit status is 1.`;

interface FmtOptions extends OutputOptionValues {
  readonly format: FormatOf<'fmt'>;
  readonly endpoint?: string;
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
    .argument('<text>', "the filter ('-' reads it from standard input)")
    .option('--endpoint <name>', `the endpoint the filter is for: ${ENDPOINT_IDS.join(', ')} (default ${DEFAULT_ENDPOINT})`);
  addFormatOption(command, 'fmt');
  addOutputOptions(command, 'fmt')
    .addHelpText('after', EXAMPLES)
    .action((argument: string, options: FmtOptions) =>
      withOutput(io, options, 'fmt', async (out) => {
        const schema = endpointOrDefault(options.endpoint, 'fmt');
        const text = argument === '-' ? (await readAll(io.stdin)).replace(/^\uFEFF/, '').replace(/\r?\n$/, '') : argument;
        const { ast, diagnostics: located } = parseFilter(text, { source: 'filter', schema });
        reportQueryDiagnostics(located, { filter: text }, io, options);
        if (ast === undefined) return;
        const formatted = printFilter(ast);
        const shown = shownDiagnostics(located, options.quiet === true).map(toJson);
        out.write(options.format === 'json' ? JSON.stringify({ formatted, diagnostics: shown }, null, 2) + '\n' : formatted + '\n');
      }),
    );
}
