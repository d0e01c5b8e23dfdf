// The side-by-side harness of the evaluation benchmarks: each contender runs on the same rows,
// interleaved round by round, and is reported as a ratio to the hand-written baseline.
//
// Each run starts after a full GC (`node --expose-gc`). Run node with `--no-concurrent-sweeping`
// too (the pnpm scripts do): otherwise the GC returns while helper threads still sweep a heap of
// 1M rows, and whichever contender runs next competes with them; on 2 cores that made the first
// run after a GC 2 to 3 times slower, and made the ratios measure the sweeper (benchmarks/README.md).

/** The middle value of a list of timings. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs every contender `rounds` times, interleaved, and prints a table of medians and ratios. */
export function bench(title, rows, contenders, rounds) {
  const times = new Map(contenders.map(([name]) => [name, []]));
  const totals = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of contenders) {
      globalThis.gc?.();
      const start = process.hrtime.bigint();
      const result = run(rows);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      times.get(name).push(ms);
      totals.set(name, result.totalCount);
    }
  }
  const baseline = median(times.get('hand-written JS'));
  console.log(`\n${title}  (${rows.length.toLocaleString('en-US')} rows, median of ${rounds})`);
  console.log('| contender | median ms | rows/s | vs hand-written | TotalCount |');
  console.log('|---|--:|--:|--:|--:|');
  for (const [name] of contenders) {
    const ms = median(times.get(name));
    const rate = (rows.length / (ms / 1000) / 1e6).toFixed(2);
    console.log(`| ${name} | ${ms.toFixed(1)} | ${rate} M | ${(ms / baseline).toFixed(2)}x | ${totals.get(name)} |`);
  }
  const counts = new Set(totals.values());
  if (counts.size !== 1) console.log(`!! contenders disagree on TotalCount: ${[...totals].join(', ')}`);
}
