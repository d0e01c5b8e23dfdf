// Where parseFilter's time goes on well-formed input: each stage alone on the built modules
// (scanner, fast-path check, recursive descent, schema check), beside the hand-written parser
// building the same AST, alternated 9 times; medians in microseconds per call.
// Run: pnpm build && node benchmarks/parser-stages.bench.mjs
// Reaches into the built files of @pcaq/parser on purpose: the stages are not public API.
import { checkFilter } from '@pcaq/checker';
import { cleanFilterAst } from '../packages/parser/dist/clean-filter-ast.js';
import { isCleanTokenStream } from '../packages/parser/dist/clean-tokens.js';
import { scan } from '../packages/parser/dist/scanner.js';
import { handParseFilterWithCoreNodes } from './baselines/hand-parser.mjs';
import { bigFilter, TYPICAL } from './parser-inputs.mjs';

const timePerCall = (run, ms = 60) => {
  let calls = 0;
  const start = performance.now();
  let now;
  do {
    for (let i = 0; i < 20; i++) run();
    calls += 20;
    now = performance.now();
  } while (now - start < ms);
  return ((now - start) * 1000) / calls;
};

console.log('| input | hand-written, core nodes | scan | fast-path check | descent | checkFilter |');
console.log('|---|--:|--:|--:|--:|--:|');
for (const [name, text] of [['typical', TYPICAL], ['1 KB', bigFilter(1_000)], ['30 KB', bigFilter(30_000)]]) {
  const tokens = scan(text);
  const ast = cleanFilterAst(tokens);
  const stages = {
    hand: () => handParseFilterWithCoreNodes(text),
    scan: () => scan(text),
    clean: () => isCleanTokenStream(tokens),
    descent: () => cleanFilterAst(tokens),
    check: () => checkFilter(ast, text, {}),
  };
  const samples = Object.fromEntries(Object.keys(stages).map((key) => [key, []]));
  for (let round = 0; round < 9; round++) for (const [key, run] of Object.entries(stages)) samples[key].push(timePerCall(run));
  const median = (values) => [...values].sort((a, b) => a - b)[4];
  const hand = median(samples.hand);
  const cells = Object.keys(stages).map((key) => {
    const us = median(samples[key]);
    return key === 'hand' ? `${us.toFixed(2)} us` : `${us.toFixed(2)} us (${(us / hand).toFixed(2)}x)`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
