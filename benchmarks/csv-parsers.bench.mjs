// pnpm bench:csv-parsers: the CSV parsers pcaq could read with, side by side in one run, on the
// same generated file (benchmarks/.data/, git-ignored; SIZE_MB, default 300). Each contender is
// a fresh process that streams the file from disk (64 KiB chunks, as `readRows` reads) and counts
// records and the characters of one column, so nothing can be optimised away; RUNS rounds (default
// 3), interleaved, medians reported. MB/s are of the file's bytes per wall second; CPU seconds
// (user + system) are shown too, since wall time on a shared machine moves with the load.
//
// Contenders: pcaq's `CsvSplitter` (strict UTF-8 decoding, line and column tracking), `readRows`
// (the splitter plus rows built: header checks, counts, interning), csv-parse, papaparse and uDSV
// (each streaming), and d3-dsv (no streaming API: it parses the whole file as one string, so it
// holds the file in memory and is shown for reference only). Each prints its record count and
// the characters of the customerName column, compared with CsvSplitter's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeRowsFile } from './generate-rows.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = fileURLToPath(new URL('./.data/', import.meta.url));
const SIZE_MB = Number(process.env.SIZE_MB ?? 300);
const RUNS = Number(process.env.RUNS ?? 3);
const READERS = JSON.stringify(`${ROOT}packages/readers/dist/index.js`);
const mod = (name) => JSON.stringify(`${ROOT}node_modules/${name}`);

// Every script: argv[1] is the file; prints "records columnChars".
const OPEN = `import { createReadStream } from 'node:fs'; const stream = () => createReadStream(process.argv[1], { highWaterMark: 1 << 16 });`;
const CONTENDERS = {
  'pcaq CsvSplitter': `${OPEN}
    import { CsvSplitter, decodeChunks } from ${READERS};
    let records = 0, chars = 0;
    const splitter = new CsvSplitter({ record: (cells) => { records++; chars += cells[7].length; }, syntaxError: (at, m) => { throw new Error(m); } });
    for await (const text of decodeChunks(stream())) splitter.feed(text);
    splitter.end();
    console.log(records, chars);`,
  'pcaq readRows (rows built)': `
    import { readRows } from ${READERS};
    let records = 1, chars = 'customerName'.length; // the header is no row
    for await (const batch of readRows(process.argv[1]).batches()) for (const row of batch) { records++; chars += row.customerName.length; }
    console.log(records, chars);`,
  'csv-parse': `${OPEN}
    import { parse } from ${mod('csv-parse/lib/index.js')};
    let records = 0, chars = 0;
    for await (const cells of stream().pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }))) { records++; chars += cells[7].length; }
    console.log(records, chars);`,
  papaparse: `${OPEN}
    import Papa from ${mod('papaparse/papaparse.js')};
    let records = 0, chars = 0;
    await new Promise((resolve, reject) => Papa.parse(stream(), { step: (r) => { records++; chars += r.data[7].length; }, complete: resolve, error: reject }));
    console.log(records, chars);`,
  uDSV: `${OPEN}
    import { inferSchema, initParser } from ${mod('udsv/dist/uDSV.mjs')};
    let records = 1, chars = 'customerName'.length, parser; // the header is no row
    const decoder = new TextDecoder();
    for await (const bytes of stream()) {
      const text = decoder.decode(bytes, { stream: true });
      parser ??= initParser(inferSchema(text));
      parser.chunk(text, parser.stringArrs, (cells) => { records++; chars += cells[7].length; });
    }
    parser.end();
    console.log(records, chars);`,
  'd3-dsv (whole file in memory)': `
    import { readFileSync } from 'node:fs';
    import { csvParseRows } from ${mod('d3-dsv/dist/d3-dsv.mjs')};
    let records = 0, chars = 0;
    for (const cells of csvParseRows(readFileSync(process.argv[1], 'utf8'))) { records++; chars += cells[7].length; }
    console.log(records, chars);`,
};

function timed(script, file) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, '--input-type=module', '-e', script, file], { cwd: ROOT, encoding: 'utf8' });
  const lines = result.stderr.trim().split('\n');
  const [seconds, kilobytes, user, system] = lines[lines.length - 1].split(' ').map(Number);
  if (result.status !== 0) throw new Error(`failed:\n${result.stderr}`);
  return { seconds, cpu: user + system, rssMb: kilobytes / 1024, out: result.stdout.trim() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

mkdirSync(DATA, { recursive: true });
const file = `${DATA}parsers-${SIZE_MB}mb.csv`;
if (!existsSync(file)) await writeRowsFile(file, { format: 'csv', count: Infinity, targetBytes: SIZE_MB * 1e6, seed: 7 });
const bytes = statSync(file).size;
console.log(`node ${process.version}; ${file}: ${(bytes / 1e6).toFixed(0)} MB; ${RUNS} interleaved rounds`);
const runs = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
for (let round = 0; round < RUNS; round++) {
  for (const [name, script] of Object.entries(CONTENDERS)) {
    const run = timed(script, file);
    runs[name].push(run);
    console.log(`  round ${round + 1}: ${name}: ${run.seconds} s wall, ${run.cpu.toFixed(2)} s CPU (${run.out})`);
  }
}
const base = runs['pcaq CsvSplitter'];
for (const [name, list] of Object.entries(runs)) {
  // papaparse decodes each chunk of a Node byte stream on its own: a character split across
  // chunks becomes two U+FFFD (measured: 3 cells of the 100 MB file), so its count is higher.
  if (list[0].out !== base[0].out) console.log(`NOTE: ${name} read other text than CsvSplitter: ${list[0].out} vs ${base[0].out}`);
}
console.log('\n| parser | median wall s | MB/s | median CPU s | MB per CPU s | peak RSS | wall vs CsvSplitter | CPU vs CsvSplitter |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const [name, list] of Object.entries(runs)) {
  const seconds = median(list.map((r) => r.seconds));
  const cpu = median(list.map((r) => r.cpu));
  console.log(
    `| ${name} | ${seconds.toFixed(2)} | ${(bytes / 1e6 / seconds).toFixed(0)} | ${cpu.toFixed(2)} | ${(bytes / 1e6 / cpu).toFixed(0)} | ${Math.max(...list.map((r) => r.rssMb)).toFixed(0)} MB | ${(seconds / median(base.map((r) => r.seconds))).toFixed(2)}x | ${(cpu / median(base.map((r) => r.cpu))).toFixed(2)}x |`,
  );
}
