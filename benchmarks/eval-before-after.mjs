// The evaluator against an earlier build of itself, in one process, rounds interleaved and the order
// alternated (the machine is shared: separate runs differ more than the code does). Make the earlier
// build first, e.g. for the commit before the schema-driven rows:
//   git checkout be1a37a -- packages/evaluator/src && pnpm build && cp -r packages/evaluator/dist /tmp/evaluator-before
//   git checkout HEAD -- packages/evaluator/src && git clean -fd packages/evaluator/src && pnpm build
//   cp -r /tmp/evaluator-before packages/evaluator/dist-before   # inside the package: @pcaq/core resolves
//   node --expose-gc benchmarks/eval-before-after.mjs; rm -r packages/evaluator/dist-before   # ROWS, ROUNDS optional
import { generateRows } from './generate-rows.mjs';

const NEW = await import('../packages/evaluator/dist/index.js');
const OLD = await import('../packages/evaluator/dist-before/index.js');
const N = Number(process.env.ROWS ?? 300000);
const ROUNDS = Number(process.env.ROUNDS ?? 21);
const rows = [...generateRows({ count: N })];
const rows1 = [...generateRows({ count: N, dates: ['2018-10-14T00:00:00'] })];
const FILTER = "workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')";
const GROUPBY = 'customerTenantId,workloadCode';
const cases = [
  ['filter, 4 dates', rows, { filter: FILTER, top: 10000 }],
  ['filter+groupby, 4 dates', rows, { filter: FILTER, groupby: GROUPBY, top: 10000 }],
  ['filter, 1 date', rows1, { filter: FILTER, top: 10000 }],
  ['filter+groupby, 1 date', rows1, { filter: FILTER, groupby: GROUPBY, top: 10000 }],
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${N.toLocaleString('en-US')} rows, median of ${ROUNDS}\n| case | before ms | after ms | after/before |\n|---|--:|--:|--:|`);
for (const [name, data, query] of cases) {
  const times = { before: [], after: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [['before', OLD], ['after', NEW]] : [['after', NEW], ['before', OLD]];
    for (const [which, evaluator] of order) {
      globalThis.gc?.();
      const compiled = evaluator.compileQuery(query);
      const start = process.hrtime.bigint();
      const outcome = compiled.evaluate(data);
      times[which].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!outcome.ok) throw new Error(`${which}: ${JSON.stringify(outcome.diagnostics)}`);
    }
  }
  console.log(`| ${name} | ${median(times.before).toFixed(1)} | ${median(times.after).toFixed(1)} | ${(median(times.after) / median(times.before)).toFixed(2)} |`);
}
