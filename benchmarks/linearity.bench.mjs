// Linearity benchmark: the pathological inputs that made entry points quadratic (many diagnostics
// in one text, many URL segments without '=', long run-together group-by names, tens of thousands
// of fixes), at doubling sizes. Linear work shows as a time ratio near 2.0 per doubling; past the
// 32,768-character limit every text entry point answers one diagnostic and reads nothing more, so
// its time stays flat. Inputs are built outside the timed code.
// Run: pnpm bench:linearity  (= pnpm build && node benchmarks/linearity.bench.mjs; --rounds N, default 5)
import os from 'node:os';
import { applyFixes, createDiagnostic, span } from '@pcaq/core';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { decodeQuery } from '@pcaq/printer';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 5;
const SIZES = [8_192, 16_384, 32_768, 65_536, 131_072];

/** `unit` repeated to exactly `size` characters. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const fixes = (count) => {
  const text = 'EQ '.repeat(count);
  const diagnostics = Array.from({ length: count }, (_, i) =>
    createDiagnostic('', { code: 'PCAQ0105', span: span(3 * i, 3 * i + 2), fixes: [{ message: 'm', edits: [{ span: span(3 * i, 3 * i + 2), text: 'eq' }] }] }),
  );
  return { text, diagnostics };
};

const cases = [
  { name: 'parseGroupBy: unknown fields (a,a,a,...)', input: (n) => fill('a,', n), run: (t) => parseGroupBy(t).diagnostics.length },
  { name: 'parseGroupBy: one long run-together name', input: (n) => `channel${fill('x', n - 7)}`, run: (t) => parseGroupBy(t).diagnostics.length },
  { name: 'decodeQuery: segments without = (&a&a...)', input: (n) => fill('&a', n), run: (t) => decodeQuery(t).diagnostics.length },
  { name: "parseFilter: unknown fields (a eq 'x' or ...)", input: (n) => fill("a eq 'x' or ", n), run: (t) => parseFilter(t).diagnostics.length },
  { name: 'parseFilter: errors without fixes (a gt ...)', input: (n) => fill("Channel gt 'x' ", n), run: (t) => parseFilter(t).diagnostics.length },
  { name: 'lintQuery: group-by array of unknown names', input: (n) => Array.from({ length: Math.floor(n / 8) }, (_, i) => `field${i % 100}`.padEnd(7, 'x')), run: (t) => lintQuery({ groupby: t }).length },
  { name: 'applyFixes: N fixes (N = size / 4)', input: (n) => fixes(Math.floor(n / 4)), run: (t) => applyFixes(t.text, t.diagnostics).length },
];

let sink = 0;
/**
 * CPU milliseconds per call (this process's user + system time, which other processes on the
 * shared machine do not inflate the way they inflate wall time), over calls repeated for at least
 * 100 ms of CPU.
 */
function measure(run, input) {
  let calls = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 100_000) {
    sink += run(input);
    calls++;
    const used = process.cpuUsage(start);
    elapsed = used.user + used.system;
  }
  return elapsed / 1000 / calls;
}

const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Node ${process.version}, CPU time per call, fastest of ${ROUNDS} interleaved rounds, load average ${load}\n`);
console.log(`| entry point, input | ${SIZES.map((s) => `${s / 1024}k`).join(' | ')} | ratios per doubling |`);
console.log(`|---|${SIZES.map(() => '--:').join('|')}|---|`);
for (const c of cases) {
  const inputs = SIZES.map((n) => c.input(n));
  for (const input of inputs) c.run(input); // warm-up at every size
  // Sizes interleaved round by round, so load from other processes hits every size alike.
  const samples = inputs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) inputs.forEach((input, i) => samples[i].push(measure(c.run, input)));
  const ms = samples.map((s) => Math.min(...s));
  const ratios = ms.slice(1).map((m, i) => (m / ms[i]).toFixed(2));
  console.log(`| ${c.name} | ${ms.map((m) => `${m.toFixed(m < 1 ? 3 : 1)} ms`).join(' | ')} | ${ratios.join(', ')} |`);
}
if (sink < 0) console.log(sink);
