import type { Command } from 'commander';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, diagnosticHelpUri, didYouMean, similarNames, type DiagnosticCode } from '@pcaq/core';
import { DIAGNOSTIC_DOCS } from '../generated/diagnostic-docs.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

const EXAMPLES = `
Examples:
  $ pcaq explain PCAQ0104
  $ pcaq explain 104           the same code, written short

Prints the code's entry of the diagnostics reference: its message, a failing and a fixed
example, and why pcaq reports it.`;

/**
 * Registers `pcaq explain CODE`: prints the code's entry of docs/diagnostics.md (generated
 * into the CLI, so it works without the docs folder) and the address of the published page.
 *
 * @example
 * ```ts
 * registerExplainCommand(program, processIo());
 * ```
 */
export function registerExplainCommand(program: Command, io: CliIo): void {
  program
    .command('explain')
    .description("print a diagnostic code's documentation: message, failing and fixed example, why")
    .argument('<code>', 'a diagnostic code, e.g. PCAQ0104')
    .addHelpText('after', EXAMPLES)
    .action((argument: string) => {
      const code = normalise(argument);
      const section = code && DIAGNOSTIC_DOCS[code];
      if (!code || !section) {
        const meant = similarNames(argument.trim().toUpperCase(), DIAGNOSTIC_CODES);
        throw new UsageError(`'${argument}' is not a pcaq diagnostic code.${didYouMean(meant)}`, 'explain');
      }
      const [heading, ...body] = section.trimEnd().split('\n');
      io.stdout.write(`${heading}\n\nMessage: ${DIAGNOSTIC_MESSAGES[code].template}\n${body.join('\n')}\n\nOnline: ${diagnosticHelpUri(code)}\n`);
    });
}

/** `PCAQ0104`, `pcaq0104`, `0104` and `104` all name PCAQ0104. */
function normalise(text: string): DiagnosticCode | undefined {
  const m = /^\s*(?:pcaq)?0*(\d{1,4})\s*$/i.exec(text);
  if (!m) return undefined;
  const code = `PCAQ${m[1]!.padStart(4, '0')}`;
  return (DIAGNOSTIC_CODES as readonly string[]).includes(code) ? (code as DiagnosticCode) : undefined;
}
