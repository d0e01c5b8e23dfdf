// node benchmarks/diagnostics.bench.mjs [N] (after pnpm build): the time lintQuery takes on a filter
// of N comparisons that each have a fixable keyword and an unknown field, so every comparison
// gives two diagnostics and the schema ones are made again for the original text
// (docs/diagnostics.md, "How diagnostics are made"). Median and minimum of 21 runs.
import { lintQuery } from '@pcaq/linter';

const n = Number(process.argv[2] ?? 800);
const filter = Array.from({ length: n }, (_, i) => `Channel EQ 'c${i}' ${i % 2 ? 'and' : 'or'} (`).join('') + "x eq 'y'";
const times = [];
let count = 0;
for (let run = 0; run < 21; run++) {
  const start = process.hrtime.bigint();
  count = lintQuery({ filter }).length;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`n=${n} diagnostics=${count} median=${times[10].toFixed(1)}ms min=${times[0].toFixed(1)}ms`);
