import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const BIN = fileURLToPath(new URL('../bin/pcaq.js', import.meta.url));
const USAGE = fileURLToPath(new URL('fixtures/eval/usage.csv', import.meta.url));
const BAD = fileURLToPath(new URL('fixtures/eval/bad.csv', import.meta.url));

describe('pcaq serve', () => {
  it('prints the endpoint URL, answers on it, and exits 0 on SIGTERM', async () => {
    // The built binary in a child process: the server runs until a signal, which only a process can get.
    const child = spawn(process.execPath, [BIN, 'serve', USAGE, '--port', '0', '--faults', 'bom'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = chunk.toString('utf8').split('\n')[0] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/analytics\/commercial\/usage\/license\/$/);
      const response = await fetch(`${url}?top=1`, { headers: { Authorization: 'Bearer x' } });
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())[0]).toBe(0xef);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it.each([
    [['serve', USAGE, '--endpoint', 'revenue'], /unknown endpoint 'revenue'; the endpoints are: license-usage/],
    [['serve', USAGE, '--port', '70000'], /--port must be a number from 0 to 65535/],
    [['serve', USAGE, '--faults', '429@later'], /--faults: unknown condition '@later'.*\(at character 4\)/],
    [['serve', 'no-such-file.csv', '--port', '0'], /no such file: 'no-such-file.csv'/],
    [['serve', USAGE, '--engine', 'sqlite'], /--engine must be one of auto, js, duckdb/],
  ])('usage errors exit 2 and say why: %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('a file with a bad row exits 1 naming the file and line', async () => {
    const result = await run(['serve', BAD, '--port', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv:4:\d+: error PCAQ0513: licensesActive must be a non-negative integer/);
    expect(result.stdout).toBe('');
  });
});
