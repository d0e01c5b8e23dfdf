// pnpm bench:eval: the evaluator over 1,000,000 rows in memory, side by side in one run with
// hand-written JS of the same semantics and with mingo. Inputs are built before any timing; each
// contender runs ROUNDS times, interleaved, and the median is reported.
//
// Same semantics everywhere: rows of the latest processed day only, case-insensitive equality
// (missing values never equal), totals (TotalCount), first page (top 10000).
// The umbrella's compileQuery checks the text, then compiles the checked query (as before the
// checked-query hand-off, when the evaluator checked it itself): timings compare across that change.
import { compileQuery } from 'pcaq';
import { Aggregator, Query } from 'mingo';
import { generateRows } from './generate-rows.mjs';
import { bench } from './side-by-side.mjs';

const COUNT = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const FILTER = "workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')";
const GROUPBY = 'customerTenantId,workloadCode';
const TOP = 10_000;

// --- hand-written: the obvious code a developer writes for these semantics --------------------
function latestDay(rows) {
  let latest = '';
  for (const row of rows) if (row.processedDateTime > latest) latest = row.processedDateTime;
  return latest.slice(0, 10);
}
const lower = (value) => (typeof value === 'string' ? value.toLowerCase() : null);
function handMatches(row) {
  return (
    lower(row.workloadCode) === 'sfb' ||
    (lower(row.channel) === 'reseller' && lower(row.productName) !== 'office 365 enterprise e3')
  );
}
function handFilter(rows) {
  const day = latestDay(rows);
  const value = [];
  let totalCount = 0;
  for (const row of rows) {
    if (!row.processedDateTime.startsWith(day) || !handMatches(row)) continue;
    if (totalCount < TOP) value.push(row);
    totalCount++;
  }
  return { value, totalCount };
}
function handGroup(rows) {
  const day = latestDay(rows);
  const byTenant = new Map();
  const groups = [];
  for (const row of rows) {
    if (!row.processedDateTime.startsWith(day) || !handMatches(row)) continue;
    const tenant = lower(row.customerTenantId);
    let byWorkload = byTenant.get(tenant);
    if (byWorkload === undefined) byTenant.set(tenant, (byWorkload = new Map()));
    const workload = lower(row.workloadCode);
    let group = byWorkload.get(workload);
    if (group === undefined) {
      group = {
        customerTenantId: row.customerTenantId, workloadCode: row.workloadCode,
        licensesActive: 0, licensesQualified: 0, processedDateTime: row.processedDateTime,
      };
      byWorkload.set(workload, group);
      groups.push(group);
    }
    group.licensesActive += row.licensesActive;
    group.licensesQualified += row.licensesQualified;
  }
  return { value: groups.slice(0, TOP), totalCount: groups.length };
}

// --- mingo: the in-memory query engine people reach for -----------------------------------------
const ci = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
function mingoCriteria(rows) {
  return {
    processedDateTime: { $regex: `^${latestDay(rows)}` },
    $or: [
      { workloadCode: ci('SFB') },
      { channel: ci('Reseller'), productName: { $not: ci('OFFICE 365 ENTERPRISE E3') } },
    ],
  };
}
function mingoFilter(rows) {
  const query = new Query(mingoCriteria(rows));
  const value = [];
  let totalCount = 0;
  for (const row of rows) {
    if (!query.test(row)) continue;
    if (totalCount < TOP) value.push(row);
    totalCount++;
  }
  return { value, totalCount };
}
function mingoGroup(rows) {
  const aggregator = new Aggregator([
    { $match: mingoCriteria(rows) },
    {
      $group: {
        _id: { t: { $toLower: '$customerTenantId' }, w: { $toLower: '$workloadCode' } },
        customerTenantId: { $first: '$customerTenantId' }, workloadCode: { $first: '$workloadCode' },
        licensesActive: { $sum: '$licensesActive' }, licensesQualified: { $sum: '$licensesQualified' },
      },
    },
  ]);
  const groups = aggregator.run(rows);
  return { value: groups.slice(0, TOP), totalCount: groups.length };
}

// --- pcaq ---------------------------------------------------------------------------------------
function pcaq(query) {
  return (rows) => {
    const compiled = compileQuery(query);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    return compiled.evaluate(rows);
  };
}

function main() {
  console.log(`node ${process.version}, ${COUNT.toLocaleString('en-US')} generated rows (seed 42)`);
  const datasets = [
    ['4 processed dates (latest holds 1/4)', [...generateRows({ count: COUNT })]],
    ['1 processed date', [...generateRows({ count: COUNT, dates: ['2018-10-14T00:00:00'] })]],
  ];
  for (const [label, rows] of datasets) {
    bench(`filter, ${label}`, rows, [
      ['hand-written JS', handFilter],
      ['pcaq', pcaq({ filter: FILTER })],
      ['mingo', mingoFilter],
    ], ROUNDS);
    bench(`filter + groupby=${GROUPBY}, ${label}`, rows, [
      ['hand-written JS', handGroup],
      ['pcaq', pcaq({ filter: FILTER, groupby: GROUPBY })],
      ['mingo', mingoGroup],
    ], ROUNDS);
  }
}

main();
