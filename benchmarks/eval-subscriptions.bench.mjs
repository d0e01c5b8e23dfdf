// pnpm bench:eval-subscriptions: the evaluator over 1,000,000 subscriptions rows in memory (the
// seeded generateRows of @pcaq/testing), side by side with hand-written JS of the same semantics,
// beside the licence-usage benchmark (eval.bench.mjs) and reported the same way: median of ROUNDS
// interleaved runs, pcaq's median as a multiple of hand-written JS's.
//
// Same semantics everywhere (docs/evaluation.md, "The analytics family"): every row (subscriptions
// take no processedDateTime), `autoRenewEnabled eq true` on booleans, `contains` ignoring case (hand-written: `toLowerCase().includes`, the same on these names),
// `subscriptionType` compared exactly (a case-sensitive enum), groups in order of first appearance
// with `licenseCount` summed exactly (counts given as text read as numbers, past 2^53 as bigints)
// and `subscriptionCount` the rows of the group; first page (top 10000).
import { compileQuery } from 'pcaq';
import { SUBSCRIPTIONS_SCHEMA } from '@pcaq/core';
import { generateRows } from '@pcaq/testing';
import { bench } from './side-by-side.mjs';

const COUNT = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const FILTER = "autoRenewEnabled eq true and contains(productName,'wood')";
const GROUPBY = 'subscriptionType';
const TOP = 10_000;

// --- hand-written: the obvious code a developer writes for these semantics --------------------
const WOOD = 'wood';
function handMatches(row) {
  return row.autoRenewEnabled === true && typeof row.productName === 'string' && row.productName.toLowerCase().includes(WOOD);
}
function handFilter(rows) {
  const value = [];
  let totalCount = 0;
  for (const row of rows) {
    if (!handMatches(row)) continue;
    if (totalCount < TOP) value.push(row);
    totalCount++;
  }
  return { value, totalCount };
}
function handGroup(rows) {
  const byType = new Map();
  const groups = [];
  for (const row of rows) {
    if (!handMatches(row)) continue;
    let group = byType.get(row.subscriptionType);
    if (group === undefined) {
      group = { subscriptionType: row.subscriptionType, small: 0, big: 0n, subscriptionCount: 0 };
      byType.set(row.subscriptionType, group);
      groups.push(group);
    }
    const count = row.licenseCount;
    if (typeof count === 'number') group.small += count;
    else if (typeof count === 'string') group.small += Number(count);
    else if (typeof count === 'bigint') group.big += count;
    group.subscriptionCount++;
  }
  const value = groups.slice(0, TOP).map((g) => ({ subscriptionType: g.subscriptionType, licenseCount: g.big + BigInt(g.small), subscriptionCount: g.subscriptionCount }));
  return { value, totalCount: groups.length };
}

// --- pcaq ---------------------------------------------------------------------------------------
function pcaq(query) {
  return (rows) => {
    const compiled = compileQuery(query, { schema: SUBSCRIPTIONS_SCHEMA });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const outcome = compiled.evaluate(rows);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics.slice(0, 3)));
    return outcome;
  };
}

function main() {
  console.log(`node ${process.version}, ${COUNT.toLocaleString('en-US')} generated subscriptions rows (seed 42)`);
  const rows = generateRows(SUBSCRIPTIONS_SCHEMA, { seed: 42, count: COUNT });
  // The answers must agree before any figure means something.
  const expected = handGroup(rows);
  const actual = pcaq({ filter: FILTER, groupby: GROUPBY })(rows);
  const same = JSON.stringify(expected, (_, v) => (typeof v === 'bigint' ? `${v}` : v)) === JSON.stringify({ value: actual.value.map((r) => ({ ...r, licenseCount: BigInt(r.licenseCount) })), totalCount: actual.totalCount }, (_, v) => (typeof v === 'bigint' ? `${v}` : v));
  if (!same) throw new Error('pcaq and the hand-written code disagree on the grouped answer');
  bench('filter, subscriptions', rows, [
    ['hand-written JS', handFilter],
    ['pcaq', pcaq({ filter: FILTER })],
    ], ROUNDS);
  bench(`filter + groupby=${GROUPBY}, subscriptions`, rows, [
    ['hand-written JS', handGroup],
    ['pcaq', pcaq({ filter: FILTER, groupby: GROUPBY })],
    ], ROUNDS);
}

main();
