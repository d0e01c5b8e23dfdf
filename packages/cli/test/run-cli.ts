import { PassThrough, Readable, Writable } from 'node:stream';
import { createIo, runCli } from '@pcaq/cli';

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}: standard input, environment and whether the streams are TTYs. */
export interface RunOptions {
  readonly stdin?: string;
  readonly env?: Record<string, string>;
  readonly tty?: boolean;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `pcaq ...argv` in-process, capturing its output. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const stdin = options.stdin === undefined ? new PassThrough() : Readable.from([Buffer.from(options.stdin)]);
  if (options.stdin === undefined) (stdin as PassThrough).end();
  const io = createIo({
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    env: options.env ?? {},
    stdoutIsTty: options.tty ?? false,
    stderrIsTty: options.tty ?? false,
  });
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
