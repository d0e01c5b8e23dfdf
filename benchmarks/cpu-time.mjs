// The timing of the parser benchmarks (parser.bench.mjs, parser-ab.bench.mjs): CPU time per call.

let sink = 0;

/**
 * Runs `run(text)` for about `ms` milliseconds of wall time; returns CPU ns per call (user +
 * system of this process). On the shared machine CPU time is far steadier than wall time, which
 * also counts the time other processes held the cores (benchmarks/parser.md).
 */
export function measure(run, text, ms) {
  let calls = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const budget = BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < batch; i++) sink += run(text).diagnostics.length;
    calls += batch;
    batch = Math.min(batch * 2, 1 << 14);
  }
  const used = process.cpuUsage(cpu);
  return ((used.user + used.system) * 1000) / calls;
}

/** What the runs returned, summed, so no call can be optimised away. */
export function sinkValue() {
  return sink;
}

/** The middle value of a list of timings. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
