// parseFilter of this checkout against another built checkout's (BEFORE=/path), in one process,
// interleaved round by round (which side runs first alternates), beside the hand-written parser
// building the same frozen AST (benchmarks/baselines/hand-parser.mjs). On a shared machine two
// separate runs differ by more than the changes looked for; ratios taken within one round do not
// (benchmarks/README.md). Prints, per input, the median CPU time per call of each side, after/before, and
// each side as a multiple of the hand-written parser (the goal's column, benchmarks/parser.md).
// Times are CPU time of this process per call (see `measure`).
// Run: pnpm build && BEFORE=/path/to/other/checkout node benchmarks/parser-ab.bench.mjs
// Options: --rounds N (default 21), --ms N per contender per round (default 60).
import os from 'node:os';
import { handParseFilterWithCoreNodes } from './baselines/hand-parser.mjs';
import { bigFilter, SUBSCRIPTIONS_TYPICAL, TYPICAL } from './parser-inputs.mjs';
import { measure, median, sinkValue } from './cpu-time.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ROUNDS = option('rounds', 21);
const ROUND_MS = option('ms', 60);
if (!process.env.BEFORE) throw new Error('set BEFORE to the root of another built checkout');

const after = await import(new URL('../packages/linter/dist/index.js', import.meta.url).href);
const before = await import(`${process.env.BEFORE}/packages/linter/dist/index.js`);
const { SUBSCRIPTIONS_SCHEMA } = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const { SUBSCRIPTIONS_SCHEMA: beforeSubscriptions } = await import(`${process.env.BEFORE}/packages/core/dist/index.js`);

// ---- inputs (built outside the timed code); each side gets its own build's schema object --------
const licence = (parse) => (text) => parse(text);
const inputs = [
  { name: 'typical', text: TYPICAL, after: licence(after.parseFilter), before: licence(before.parseFilter) },
  { name: '1 KB', text: bigFilter(1_000), after: licence(after.parseFilter), before: licence(before.parseFilter) },
  { name: '30 KB', text: bigFilter(30_000), after: licence(after.parseFilter), before: licence(before.parseFilter) },
  {
    name: 'subscriptions, typical',
    text: SUBSCRIPTIONS_TYPICAL,
    after: (text) => after.parseFilter(text, { schema: SUBSCRIPTIONS_SCHEMA }),
    before: (text) => before.parseFilter(text, { schema: beforeSubscriptions }),
    noHand: true,
  },
];

// ---- sanity: both sides agree, without diagnostics ---------------------------------------------
const plain = (value) => JSON.parse(JSON.stringify(value));
for (const input of inputs) {
  const a = after.parseFilter === before.parseFilter ? undefined : plain(input.after(input.text));
  const b = plain(input.before(input.text));
  if (b.diagnostics.length > 0) throw new Error(`${input.name}: ${JSON.stringify(b.diagnostics[0])}`);
  if (a && JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${input.name}: the two builds disagree`);
}

// ---- timing ------------------------------------------------------------------------------------

console.log(`Node ${process.version}, ${ROUNDS} interleaved rounds x ${ROUND_MS} ms, medians; load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`before: ${process.env.BEFORE}\n`);
console.log('| input | hand-written, core nodes | parseFilter before | parseFilter after | after / before | before / hand (core nodes) | after / hand (core nodes) |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
for (const input of inputs) {
  const contenders = [['before', input.before], ['after', input.after]];
  if (!input.noHand) contenders.push(['hand', handParseFilterWithCoreNodes]);
  for (const [, run] of contenders) measure(run, input.text, 200); // warm-up
  const samples = { before: [], after: [], hand: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? contenders : [...contenders].reverse();
    for (const [name, run] of order) samples[name].push(measure(run, input.text, ROUND_MS));
  }
  const us = (ns) => `${(ns / 1000).toFixed(2)} us`;
  const [b, a] = [median(samples.before), median(samples.after)];
  const hand = input.noHand ? undefined : median(samples.hand);
  const versus = (ns) => (hand === undefined ? 'n/a' : `${(ns / hand).toFixed(2)}x`);
  console.log(`| ${input.name} (${input.text.length} chars) | ${hand === undefined ? 'n/a' : us(hand)} | ${us(b)} | ${us(a)} | ${(a / b).toFixed(2)} | ${versus(b)} | ${versus(a)} |`);
}
// ---- stages: the shape check and the schema check of each build, on trees this checkout's parser
// has just made (as parseFilter checks them). Each figure is (parse, then the stage) minus (parse
// alone): a stage timed alone on one tree over and over finds it in cache, which a fresh one is not.
const parse = (await import(new URL('../packages/parser/dist/index.js', import.meta.url).href)).parseFilterSyntax;
const sides = {
  before: {
    check: (await import(`${process.env.BEFORE}/packages/checker/dist/index.js`)).checkFilter,
    shape: (await import(`${process.env.BEFORE}/packages/core/dist/index.js`)).filterTreeProblem,
  },
  after: {
    check: (await import(new URL('../packages/checker/dist/index.js', import.meta.url).href)).checkFilter,
    shape: (await import(new URL('../packages/core/dist/index.js', import.meta.url).href)).filterTreeProblem,
  },
};
const NONE = { diagnostics: [] };
const visit = () => {};
console.log('\nStages on a tree parsed just now, CPU time per call, medians (a stage = parse and stage, less parse alone):\n');
console.log('| input | parse alone | shape check (filterTreeProblem) before | after | checkFilter (shape check included) before | after |');
console.log('|---|--:|--:|--:|--:|--:|');
for (const input of inputs.slice(0, 3)) {
  const runs = { parse: (text) => parse(text) };
  for (const [name, side] of Object.entries(sides)) {
    runs[`${name} shape`] = (text) => (side.shape(parse(text).ast, { visit }), NONE);
    runs[`${name} check`] = (text) => ({ diagnostics: side.check(parse(text).ast, text, {}) });
  }
  for (const run of Object.values(runs)) measure(run, input.text, 100); // warm-up
  const samples = Object.fromEntries(Object.keys(runs).map((key) => [key, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const keys = round % 2 ? Object.keys(runs) : Object.keys(runs).reverse();
    for (const key of keys) samples[key].push(measure(runs[key], input.text, ROUND_MS));
  }
  const alone = median(samples.parse);
  const us = (key) => `${((median(samples[key]) - alone) / 1000).toFixed(2)} us`;
  console.log(`| ${input.name} | ${(alone / 1000).toFixed(2)} us | ${us('before shape')} | ${us('after shape')} | ${us('before check')} | ${us('after check')} |`);
}
console.log(`\nload average at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (sinkValue() < 0) console.log(sinkValue());
