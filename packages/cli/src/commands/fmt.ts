import type { Command } from 'commander';
import { hasErrors } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { printFilter } from '@pcaq/printer';
import { readAll, wantsColor, type CliIo } from '../io.js';
import { renderDiagnostics } from '../render-diagnostics.js';

const EXAMPLES = `
Examples:
  $ pcaq fmt "workloadCode eq 'SFB'   or ((channel eq 'Reseller'))"
  workloadCode eq 'SFB' or channel eq 'Reseller'
  $ echo "(a eq 'x' or b eq 'y') and c eq 'z'" | pcaq fmt -

The canonical form has single spaces, lowercase keywords, parentheses only where precedence
needs them, and quotes doubled inside strings. A filter with errors is not printed: its
diagnostics go to standard error and the exit status is 1.`;

/**
 * Registers `pcaq fmt TEXT`: prints the canonical text of a filter (`-` reads standard input).
 *
 * @example
 * ```ts
 * registerFmtCommand(program, processIo());
 * ```
 */
export function registerFmtCommand(program: Command, io: CliIo): void {
  program
    .command('fmt')
    .description('print a filter in canonical form')
    .argument('<text>', "the filter ('-' reads it from standard input)")
    .addHelpText('after', EXAMPLES)
    .action(async (argument: string) => {
      const text = argument === '-' ? (await readAll(io.stdin)).replace(/\r?\n$/, '') : argument;
      const { ast, diagnostics } = parseFilter(text);
      const located = diagnostics.map((d) => ({ ...d, source: 'filter' as const }));
      io.stderr.write(renderDiagnostics(located, { filter: text }, { format: 'text', color: wantsColor(io, 'stderr') }));
      if (hasErrors(located) || ast === undefined) {
        io.setExitCode(1);
        return;
      }
      io.stdout.write(printFilter(ast) + '\n');
    });
}
