import type { Readable, Writable } from 'node:stream';
import { createColors } from 'picocolors';

/**
 * Everything a command touches outside itself, so tests can run the CLI in-process.
 *
 * @example
 * ```ts
 * const io = processIo();
 * io.stdout.write('hello\n');
 * ```
 */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  /** The exit status so far. */
  readonly exitCode: number;
  /** Raises the exit status (0 clean, 1 problems found, 2 usage or internal error); it never goes down. */
  setExitCode(code: number): void;
}

/**
 * The streams and settings a {@link CliIo} is made of.
 *
 * @example
 * ```ts
 * const io = createIo({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {}, stdoutIsTty: false, stderrIsTty: false });
 * ```
 */
export type CliStreams = Omit<CliIo, 'exitCode' | 'setExitCode'>;

/**
 * Wraps streams into a {@link CliIo} that tracks the exit status.
 *
 * @example
 * ```ts
 * declare const streams: CliStreams;
 * const io = createIo({ ...streams });
 * io.setExitCode(1);
 * io.exitCode; // 1
 * ```
 */
export function createIo(streams: CliStreams, onExitCode?: (code: number) => void): CliIo {
  let exitCode = 0;
  return {
    ...streams,
    get exitCode() {
      return exitCode;
    },
    setExitCode(code: number) {
      if (code > exitCode) {
        exitCode = code;
        onExitCode?.(code);
      }
    },
  };
}

/**
 * The real process's streams and environment.
 *
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  const streams: CliStreams = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
  };
  return createIo(streams, (code) => {
    process.exitCode = code;
  });
}

/**
 * Colour on a TTY only (docs/cli.md, "Colour"): `--color` / `--no-color` decide first; then
 * `FORCE_COLOR` (`0` or `false` turns colour off, any other non-empty value on); then `NO_COLOR`
 * (non-empty: off, no-color.org); then `TERM=dumb` (off); else colour when the stream is a TTY.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * const colors = colorsFor(io, 'stdout');
 * io.stdout.write(colors.red('error') + '\n');
 * ```
 */
export function colorsFor(io: CliIo, stream: 'stdout' | 'stderr', flag?: boolean): ReturnType<typeof createColors> {
  return createColors(wantsColor(io, stream, flag));
}

/**
 * Whether output on `stream` should be coloured (see {@link colorsFor}); `flag` is the command's
 * `--color` (true) or `--no-color` (false), undefined when neither was given.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * wantsColor({ ...io, env: { NO_COLOR: '1' } }, 'stdout'); // false
 * wantsColor({ ...io, env: { NO_COLOR: '1' } }, 'stdout', true); // true
 * ```
 */
export function wantsColor(io: CliIo, stream: 'stdout' | 'stderr', flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (io.env['TERM'] === 'dumb') return false;
  return stream === 'stdout' ? io.stdoutIsTty : io.stderrIsTty;
}

/**
 * Reads a whole readable stream as UTF-8 text.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * const text = await readAll(io.stdin);
 * ```
 */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
