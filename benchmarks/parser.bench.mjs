// Parser benchmark: pcaq's parseFilter (lex, parse, schema check) and @pcaq/parser's
// parseFilterSyntax (lex, parse) against a small hand-written recursive-descent parser doing the
// same work (benchmarks/baselines/hand-parser.mjs), side by side in one run.
// Run: pnpm bench  (= pnpm build && node benchmarks/parser.bench.mjs)
// Options: --rounds N (default 7), --ms N per contender per round (default 150).
import os from 'node:os';
import { parseFilter } from 'pcaq';
import { parseFilterSyntax } from '@pcaq/parser';
import { handParseFilter, handParseFilterWithCoreNodes } from './baselines/hand-parser.mjs';
import { bigFilter, TYPICAL } from './parser-inputs.mjs';
import { measure, median, sinkValue } from './cpu-time.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ROUNDS = option('rounds', 7);
const ROUND_MS = option('ms', 150);

// ---- inputs (built outside the timed code) ----------------------------------------------------
const inputs = [
  { name: 'typical', text: TYPICAL },
  { name: '1 KB', text: bigFilter(1_000) },
  { name: '10 KB', text: bigFilter(10_000) },
  { name: '30 KB', text: bigFilter(30_000) },
];

const contenders = [
  { name: 'hand-written', run: handParseFilter },
  { name: 'hand-written, core nodes', run: handParseFilterWithCoreNodes },
  { name: 'parseFilterSyntax', run: parseFilterSyntax },
  { name: 'parseFilter', run: parseFilter },
];

// ---- sanity: every contender accepts every input and the trees agree ---------------------------
const shape = (n) => (n.type === 'Comparison' ? [n.field.name, n.operator, n.value.value] : { [n.operator]: n.operands.map(shape) });
for (const { name, text } of inputs) {
  const reference = JSON.stringify(shape(handParseFilter(text).ast));
  for (const contender of contenders) {
    const result = contender.run(text);
    if (result.diagnostics.length > 0 || JSON.stringify(shape(result.ast)) !== reference) {
      throw new Error(`${contender.name} disagrees on ${name}: ${JSON.stringify(result.diagnostics.slice(0, 2))}`);
    }
  }
}

// ---- timing ------------------------------------------------------------------------------------

const rows = [];
for (const { name, text } of inputs) {
  for (const contender of contenders) measure(contender.run, text, 300); // warm-up
  const samples = new Map(contenders.map((c) => [c.name, []]));
  // Interleaved rounds, so load from other processes hits every contender alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const contender of contenders) samples.get(contender.name).push(measure(contender.run, text, ROUND_MS));
  }
  const hand = median(samples.get('hand-written'));
  const handCore = median(samples.get('hand-written, core nodes'));
  for (const contender of contenders) {
    const ns = median(samples.get(contender.name));
    rows.push({ input: name, chars: text.length, contender: contender.name, ns, vsPlain: ns / hand, vsCore: ns / handCore });
  }
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Node ${process.version}, ${ROUNDS} interleaved rounds x ${ROUND_MS} ms, medians of CPU time per call, load average ${load}\n`);
// Two ratios: against the hand-written parser building plain objects (the cheapest possible), and
// against the same parser building the same frozen AST through the core factories (same output).
console.log('| input | chars | parser | ops/s | us/op | ns/char | x hand-written (plain objects) | x hand-written (core nodes, same AST) |');
console.log('|---|--:|---|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(`| ${r.input} | ${fmt(r.chars)} | ${r.contender} | ${fmt(1e9 / r.ns)} | ${fmt(r.ns / 1000, 2)} | ${fmt(r.ns / r.chars, 1)} | ${fmt(r.vsPlain, 2)} | ${fmt(r.vsCore, 2)} |`);
}
if (sinkValue() < 0) console.log(sinkValue());
