// The in-memory evaluator of this checkout against another built checkout's (BEFORE=/path), in one
// process, alternating which runs first: the queries of `pnpm bench:eval` over the same generated
// rows; CPU ms of each evaluation, sorted. Between separate processes on a shared machine the noise
// was larger than the differences looked for (benchmarks/README.md).
// Run: pnpm build && BEFORE=/path/to/other/checkout node --expose-gc benchmarks/eval-ab.bench.mjs
import { generateRows } from './generate-rows.mjs';

const ROWS = Number(process.env.ROWS ?? 300_000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const after = await import(new URL('../packages/evaluator/dist/index.js', import.meta.url).href);
const before = await import(`${process.env.BEFORE}/packages/evaluator/dist/index.js`);
// The evaluator takes checked queries (docs/architecture.md); a checkout from before that hand-off
// checks text itself. Either way the query is checked outside the timed evaluation.
const { checkQuery } = await import(new URL('../packages/linter/dist/index.js', import.meta.url).href);
const compile = (evaluator, query) => {
  const { checked } = checkQuery(query);
  try {
    const compiled = evaluator.compileQuery(checked);
    if (compiled.ok !== false) return compiled;
  } catch {
    // An evaluator from before the hand-off refuses the checked query; it takes the text below.
  }
  // An evaluator from before the hand-off checks the text itself.
  return evaluator.compileQuery(query);
};
const rows = [...generateRows({ count: ROWS, seed: 42 })];
// The query of `pnpm bench:eval` (benchmarks/eval.bench.mjs), with and without its groupby.
const FILTER = "workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')";
const queries = [
  ['filter', { filter: FILTER }],
  ['filter + groupby=customerTenantId,workloadCode', { filter: FILTER, groupby: ['customerTenantId', 'workloadCode'] }],
];
for (const [title, extra] of queries) {
  const times = { before: [], after: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [['before', before], ['after', after]] : [['after', after], ['before', before]];
    for (const [name, evaluator] of order) {
      const parsed = compile(evaluator, extra);
      globalThis.gc?.();
      const start = process.cpuUsage();
      const result = parsed.evaluate(rows);
      const used = process.cpuUsage(start);
      times[name].push((used.user + used.system) / 1000);
      if (result.totalCount === undefined) throw new Error('no result');
    }
  }
  for (const name of ['before', 'after']) {
    const sorted = times[name].sort((a, b) => a - b);
    console.log(`${title} | ${name} | median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms CPU | ${sorted.map((t) => t.toFixed(0)).join(' ')}`);
  }
}
