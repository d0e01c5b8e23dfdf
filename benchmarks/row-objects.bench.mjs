// node benchmarks/row-objects.bench.mjs: how a row object is built decides how fast it is built and
// read later (docs/evaluation.md, "Performance design"). One million rows per contender, interleaved
// rounds, medians; the licence-usage fields (12) and the subscriptions fields (25).
//
// - grown key by key: `{}` then `row[name] = value` in a loop (the readers before rowMaker): past
//   about a dozen keys V8 turns it into a dictionary object;
// - template copy, one store site: a spread copy of a JSON.parse'd template, values stored in a loop;
// - rowMaker: core's, a spread copy with the values stored at one site per position.
// "read" times three passes reading three fields of every row.
import { LICENSE_USAGE_SCHEMA, SUBSCRIPTIONS_SCHEMA, rowMaker } from '@pcaq/core';

const COUNT = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function contenders(names) {
  const values = names.map((name, i) => (i % 3 === 0 ? i : `${name} value`));
  const template = JSON.parse(`{${names.map((name) => `${JSON.stringify(name)}:null`).join(',')}}`);
  const make = rowMaker(names);
  return [
    ['grown key by key', () => { const row = {}; for (let i = 0; i < names.length; i++) row[names[i]] = values[i]; return row; }],
    ['template copy, one store site', () => { const row = { ...template }; for (let i = 0; i < names.length; i++) row[names[i]] = values[i]; return row; }],
    ['rowMaker', () => make(values)],
  ];
}

for (const schema of [LICENSE_USAGE_SCHEMA, SUBSCRIPTIONS_SCHEMA]) {
  const names = schema.fields.filter((f) => !f.groupedOnly).map((f) => f.name);
  const [a, b, c] = [names[1], names[Math.floor(names.length / 2)], names[names.length - 1]];
  const built = new Map();
  const read = new Map();
  const rows = new Array(COUNT);
  const list = contenders(names);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, make] of round % 2 ? list : [...list].reverse()) {
      let start = process.hrtime.bigint();
      for (let i = 0; i < COUNT; i++) rows[i] = make();
      built.set(name, [...(built.get(name) ?? []), Number(process.hrtime.bigint() - start) / 1e6]);
      start = process.hrtime.bigint();
      let hits = 0;
      for (let pass = 0; pass < 3; pass++) for (const row of rows) if (row[a] === 'x' || row[b] === 'y' || row[c] === 'z') hits++;
      read.set(name, [...(read.get(name) ?? []), Number(process.hrtime.bigint() - start) / 1e6]);
      if (hits !== 0) throw new Error('unexpected hit');
    }
  }
  console.log(`\n${schema.name}: ${names.length} fields, ${COUNT.toLocaleString('en-US')} rows, median of ${ROUNDS}`);
  console.log('| how | build ms | read ms |\n|---|--:|--:|');
  for (const [name] of list) console.log(`| ${name} | ${median(built.get(name)).toFixed(0)} | ${median(read.get(name)).toFixed(0)} |`);
}
