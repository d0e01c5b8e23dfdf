import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';
import { enterExampleDirectory, leaveExampleDirectory, runExample, words } from './shell-example.js';

// Every command's --help examples run as shown (docs/cli.md): the one-shot commands in process;
// `pcaq serve` as the built binary in a child process on 127.0.0.1 port 0, stopped with SIGTERM
// (a server runs until a signal, which only a process can get); the `curl` and `pcaq fetch`
// examples against a `pcaq serve` the test starts, their base URL pointed at it.

const ONE_SHOT = ['lint', 'fmt', 'url', 'eval', 'sql', 'scan', 'explain', 'endpoints'] as const;
const ALL = [...ONE_SHOT, 'serve', 'fetch'] as const;
const BIN = fileURLToPath(new URL('../bin/pcaq.js', import.meta.url));

interface Example {
  readonly command: string;
  readonly expected: string[];
}

/**
 * The command of a help line without its description: help text sets a note apart by two or
 * more spaces or a `#` (outside quotes).
 */
function withoutNote(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if ((c === ' ' && line[i + 1] === ' ') || (c === '#' && line[i - 1] === ' ')) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** The `$ ...` lines of a help text, each with the lines printed under it (its expected output). */
function examplesOf(help: string): Example[] {
  const examples: Example[] = [];
  for (const line of help.split('\n')) {
    const command = /^\s+\$ (.*)$/.exec(line)?.[1];
    if (command !== undefined) examples.push({ command: withoutNote(command), expected: [] });
    else if (/^\s{2,}\S/.test(line) && examples.length > 0 && !/^\s{2,}-/.test(line)) examples[examples.length - 1]!.expected.push(line.trim());
    else if (line.trim() === '' || !/^\s/.test(line)) examples.push({ command: '', expected: [] });
  }
  return examples.filter((e) => e.command !== '');
}

async function examplesOfCommand(name: string): Promise<Example[]> {
  const help = await run([name, '--help']);
  expect(help.code).toBe(0);
  return examplesOf(help.stdout);
}

type Server = ChildProcessByStdio<null, Readable, Readable>;

/** Starts the built `pcaq serve ARGS` on port 0 and waits for the endpoint URL it prints first. */
async function startServer(argv: readonly string[]): Promise<{ server: Server; url: string }> {
  const at = argv.indexOf('--port');
  const args = at === -1 ? [...argv, '--port', '0'] : [...argv.slice(0, at), '--port', '0', ...argv.slice(at + 2)];
  const server = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const first = await Promise.race([once(server.stdout, 'data') as Promise<[Buffer]>, once(server, 'exit').then(() => [Buffer.from('')] as [Buffer])]);
  const url = first[0].toString('utf8').split('\n')[0] ?? '';
  expect({ args, url, stderr }).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\/analytics\/commercial\/usage\/license\/$/) });
  return { server, url };
}

/** Stops a server with SIGTERM; `pcaq serve` then exits 0. */
async function stopServer(server: Server): Promise<number | null> {
  const exited = once(server, 'exit') as Promise<[number | null]>;
  server.kill('SIGTERM');
  return (await exited)[0];
}

/** An example line with the addresses of the help text (the service, port 8080) pointed at a running server. */
function pointedAt(line: string, url: string): string {
  const origin = new URL(url).origin;
  return line.replaceAll('https://api.partnercenter.microsoft.com', origin).replaceAll('http://127.0.0.1:8080', origin);
}

beforeAll(async () => {
  enterExampleDirectory();
  // What the scan and serve examples name: a source folder, a script, a Parquet export.
  mkdirSync('src');
  writeFileSync('src/usage.py', 'requests.get(BASE, params={"filter": "channel eq \'Reseller\'", "top": 100})\n');
  mkdirSync('scripts');
  writeFileSync('scripts/report.py', 'URL = "https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?groupby=workloadCode"\n');
  const duckdb = await (await DuckDBInstance.create(':memory:')).connect();
  await duckdb.run("COPY (SELECT * FROM read_csv('usage.csv')) TO 'usage-2026.parquet' (FORMAT parquet)");
  duckdb.closeSync();
});
afterAll(leaveExampleDirectory);

describe('every --help example runs as shown', () => {
  it.each(ALL)('pcaq %s --help has examples', async (name) => {
    expect((await examplesOfCommand(name)).length).toBeGreaterThan(1);
  });

  it.each(ONE_SHOT)('pcaq %s: each example exits 0 and prints what the help shows under it', async (name) => {
    for (const example of await examplesOfCommand(name)) {
      const result = await runExample(example.command);
      expect({ example: example.command, code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
      if (example.expected.length > 0) expect(result.stdout.trimEnd().split('\n')).toEqual(example.expected);
      for (const written of example.command.match(/(?<=-o )\S+|(?<=> )\S+/g) ?? []) expect(existsSync(written)).toBe(true);
    }
  });

  it('pcaq serve: each example starts, prints its endpoint URL, answers the curl example, and exits 0 on SIGTERM', async () => {
    const examples = await examplesOfCommand('serve');
    const curl = examples.filter((e) => e.command.startsWith('curl '));
    expect(curl).toHaveLength(1);
    for (const example of examples.filter((e) => e.command.startsWith('pcaq serve '))) {
      const { server, url } = await startServer(words(example.command).slice(1));
      try {
        // The curl example, as curl would send it: its -H headers, its URL pointed at this server.
        const argv = words(pointedAt(curl[0]!.command, url)).slice(1);
        const headers = Object.fromEntries(argv.flatMap((word, i) => (argv[i - 1] === '-H' ? [word.split(/:\s*/, 2) as [string, string]] : [])));
        const target = argv.find((word) => word.startsWith('http'))!;
        const faults = example.command.includes('--faults');
        const response = await fetch(target, { headers });
        // The example with --faults throttles the first request (429@first); a client then retries.
        expect(response.status).toBe(faults ? 429 : 200);
        if (!faults) expect(((await response.json()) as { Value: unknown[] }).Value).toHaveLength(2);
        else await response.arrayBuffer();
      } finally {
        expect({ example: example.command, code: await stopServer(server) }).toEqual({ example: example.command, code: 0 });
      }
    }
  }, 60_000);

  it('pcaq fetch: each example exports every page from a pcaq serve the test starts', async () => {
    const examples = await examplesOfCommand('fetch');
    const env: Record<string, string> = {};
    const { server, url } = await startServer(['serve', 'usage.csv']);
    try {
      for (const example of examples) {
        const exported = /^export (\w+)=/.exec(example.command);
        if (exported) {
          env[exported[1]!] = 'a-token';
          continue;
        }
        const argv = words(pointedAt(example.command, url));
        expect(argv[0]).toBe('pcaq');
        const result = await run(argv.slice(1), { env });
        expect({ example: example.command, code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
        for (const written of example.command.match(/(?<=-o )\S+/g) ?? []) expect(existsSync(written)).toBe(true);
      }
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
  }, 60_000);
});
