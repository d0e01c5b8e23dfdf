import type { Diagnostic } from '@pcaq/core';

/**
 * A mistake in how the command was called (exit code 2). Its message is printed as
 * `pcaq: <message>` with a pointer to `--help`, never with a stack trace.
 *
 * @example
 * ```ts
 * throw new UsageError('--batch cannot be combined with --filter', 'lint');
 * ```
 */
export class UsageError extends Error {
  /** The command whose `--help` the message points to. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/**
 * What a failed run reports in its JSON error object (docs/cli.md, "Errors as JSON"): `query`
 * for a query with errors (its diagnostics), `data` for input that cannot be read (where).
 *
 * @example
 * ```ts
 * const detail: ProblemDetail = { kind: 'data', message: 'usage.csv:4:7: error PCAQ0513: licensesActive must be ...', file: 'usage.csv', line: 4, column: 7, code: 'PCAQ0513' };
 * ```
 */
export interface ProblemDetail {
  readonly kind: 'query' | 'data';
  readonly message: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** For `data`: the problem's code in the message table (`PCAQ0513`), when it has one. */
  readonly code?: string;
}

/**
 * Problems found in what the user gave (exit code 1), already reported to the user on standard
 * error; the runner prints nothing more there (with `--format json` it prints `detail` as the
 * error object on standard output). Used where a command must stop early, e.g. unreadable data.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * io.stderr.write(`data.csv:3:7: error: ...\n`);
 * throw new ProblemsReported({ kind: 'data', message: 'data.csv:3:7: ...', file: 'data.csv', line: 3, column: 7 });
 * ```
 */
export class ProblemsReported extends Error {
  readonly detail: ProblemDetail | undefined;

  constructor(detail?: ProblemDetail) {
    super(detail?.message ?? 'problems reported');
    this.name = 'ProblemsReported';
    this.detail = detail;
  }
}
