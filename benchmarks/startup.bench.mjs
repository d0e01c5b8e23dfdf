// Start-up benchmark: fresh processes, each command against `node -e 0` in the same run.
// Run: pnpm bench:startup  (= pnpm build && node benchmarks/startup.bench.mjs)
// Options: --runs N per command (default 31). Commands run interleaved (one of each per round), so
// load from other processes hits all alike; medians of wall time, spawn to exit, are reported.
// `pcaq` is run as `node packages/cli/bin/pcaq.js`, what the installed `pcaq` binary runs (the
// package manager's shell shim in node_modules/.bin adds a shell start of its own).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at >= 0 ? Number(args[at + 1]) : 31;

const BIN = join(root, 'packages/cli/bin/pcaq.js');
const commands = [
  { name: 'node -e 0', argv: ['-e', '0'], status: 0 },
  { name: `node -e "await import('pcaq')"`, argv: ['-e', "await import('pcaq')"], status: 0 },
  { name: `pcaq lint --filter "channel eq 'x'"`, argv: [BIN, 'lint', '--filter', "channel eq 'x'"], status: 0 },
  { name: `pcaq lint --filter "channel eq x"` + ' (an error: recovery path)', argv: [BIN, 'lint', '--filter', 'channel eq x'], status: 1 },
  { name: 'pcaq --help', argv: [BIN, '--help'], status: 0 },
];

/** Runs one command once; returns its wall time in ms (and checks it did what it should). */
function timeOnce(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.argv, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== command.status || /Error|at .*:\d+:\d+/.test(result.stderr.split('\n')[0] ?? '')) {
    throw new Error(`${command.name} exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  }
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

for (const command of commands) timeOnce(command); // warm the file cache
const times = commands.map(() => []);
for (let round = 0; round < RUNS; round++) commands.forEach((command, i) => times[i].push(timeOnce(command)));

const baseline = median(times[0]);
console.log(`Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${RUNS} runs each, interleaved`);
console.log('');
console.log('| command | median ms | min ms | x `node -e 0` | added ms |');
console.log('|---|--:|--:|--:|--:|');
commands.forEach((command, i) => {
  const m = median(times[i]);
  const min = Math.min(...times[i]);
  console.log(`| \`${command.name}\` | ${m.toFixed(1)} | ${min.toFixed(1)} | ${(m / baseline).toFixed(2)} | ${(m - baseline).toFixed(1)} |`);
});
