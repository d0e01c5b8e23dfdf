// Start-up benchmark: fresh processes, each command against `node -e 0` in the same run.
// Run: pnpm bench:startup  (= pnpm build && node benchmarks/startup.bench.mjs)
// Options: --runs N per command (default 31). Commands run interleaved (one of each per round), so
// load from other processes hits all alike; medians of wall time, spawn to exit, are reported, and
// the minimum. Where GNU time is installed (/usr/bin/time) each run's CPU time (user + system) is
// reported too: on a shared, busy machine it moves much less with the load than wall time does.
// `pcaq` is run as `node packages/cli/bin/pcaq.js`, what the installed `pcaq` binary runs (the
// package manager's shell shim in node_modules/.bin adds a shell start of its own); it runs the
// bundle `pnpm build` makes, and one row runs the compiled files instead, for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at >= 0 ? Number(args[at + 1]) : 31;

const BIN = join(root, 'packages/cli/bin/pcaq.js');
const UNBUNDLED = join(root, 'packages/cli/dist/bin.js');
const commands = [
  { name: 'node -e 0', argv: ['-e', '0'], status: 0 },
  { name: `node -e "await import('pcaq')"`, argv: ['-e', "await import('pcaq')"], status: 0 },
  { name: `pcaq lint --filter "channel eq 'x'"`, argv: [BIN, 'lint', '--filter', "channel eq 'x'"], status: 0 },
  // The same command from the compiled files, as the binary ran before it ran the bundle.
  { name: `pcaq lint --filter "channel eq 'x'"` + ' (unbundled: dist/bin.js)', argv: [UNBUNDLED, 'lint', '--filter', "channel eq 'x'"], status: 0 },
  { name: `pcaq lint --filter "channel eq x"` + ' (an error: recovery path)', argv: [BIN, 'lint', '--filter', 'channel eq x'], status: 1 },
  { name: 'pcaq --help', argv: [BIN, '--help'], status: 0 },
];

const GNU_TIME = '/usr/bin/time';
const withCpu = existsSync(GNU_TIME);

/** Runs one command once; returns its wall and CPU times in ms (and checks it did what it should). */
function timeOnce(command) {
  const [file, argv] = withCpu ? [GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...command.argv]] : [process.execPath, command.argv];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = result.stderr.trimEnd().split('\n');
  const cpuLine = withCpu ? lines.pop() ?? '' : '';
  if (result.status !== command.status || /Error|at .*:\d+:\d+/.test(lines[0] ?? '')) {
    throw new Error(`${command.name} exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  }
  const [, user, system] = /^cpu ([\d.]+) ([\d.]+)$/.exec(cpuLine) ?? [];
  return { wall, cpu: user === undefined ? NaN : (Number(user) + Number(system)) * 1000 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

for (const command of commands) timeOnce(command); // warm the file cache
const times = commands.map(() => []);
for (let round = 0; round < RUNS; round++) commands.forEach((command, i) => times[i].push(timeOnce(command)));

const wall = (i) => times[i].map((t) => t.wall);
const cpu = (i) => times[i].map((t) => t.cpu);
const base = { wall: median(wall(0)), min: Math.min(...wall(0)), cpu: median(cpu(0)) };
console.log(`Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${RUNS} runs each, interleaved`);
console.log('');
console.log('| command | wall median ms | x `node -e 0` | added ms | wall min ms | x `node -e 0` | CPU median ms | x `node -e 0` | added ms |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
commands.forEach((command, i) => {
  const m = median(wall(i));
  const min = Math.min(...wall(i));
  const c = median(cpu(i));
  const cells = [m.toFixed(1), (m / base.wall).toFixed(2), (m - base.wall).toFixed(1), min.toFixed(1), (min / base.min).toFixed(2)];
  cells.push(...(withCpu ? [c.toFixed(0), (c / base.cpu).toFixed(2), (c - base.cpu).toFixed(0)] : ['-', '-', '-']));
  console.log(`| \`${command.name}\` | ${cells.join(' | ')} |`);
});
