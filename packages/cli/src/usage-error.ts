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
 * Problems found in what the user gave (exit code 1), already reported to the user; the runner
 * prints nothing more. Used where a command must stop early, e.g. unreadable input data.
 *
 * @example
 * ```ts
 * io.stderr.write(`data.csv:3:7: error: ...\n`);
 * throw new ProblemsReported();
 * ```
 */
export class ProblemsReported extends Error {
  constructor() {
    super('problems reported');
    this.name = 'ProblemsReported';
  }
}
