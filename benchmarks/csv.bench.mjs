// pnpm bench:csv: `pcaq eval` with a groupby over CSV files of 1 GB and 2 GB generated on the fly
// into benchmarks/.data/ (gitignored, deleted afterwards unless KEEP_DATA=1), next to, in the same
// run: pcaq's CSV splitter alone, csv-parse alone (the parser pcaq used before), and `pcaq eval`
// over an NDJSON file of the same size (the reference the CSV goal is set against). Each run is a
// fresh process timed with /usr/bin/time (wall seconds, CPU seconds, peak RSS); medians of RUNS
// runs for the first size, one run for the others (SIZES and RUNS override).
//
// The parsers alone only count records. `pcaq eval` also decodes strictly, checks the header,
// builds rows (counts, interning), evaluates and prints JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeRowsFile } from './generate-rows.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = fileURLToPath(new URL('./.data/', import.meta.url));
const SIZES = (process.env.SIZES ?? '1,2').split(',').map(Number); // GB
const RUNS = Number(process.env.RUNS ?? 3);
const GROUPBY = 'customerTenantId,workloadCode';
const CSV_PARSE = `${ROOT}node_modules/csv-parse/lib/index.js`;
const READERS = `${ROOT}packages/readers/dist/index.js`;
const PCAQ = `${ROOT}packages/cli/bin/pcaq.js`;

const CSV_PARSE_ONLY = `
import { createReadStream } from 'node:fs';
import { parse } from ${JSON.stringify(CSV_PARSE)};
const parser = createReadStream(process.argv[1], { highWaterMark: 1 << 20 })
  .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
let records = 0;
for await (const record of parser) records++;
console.log(records);
`;

const SPLITTER_ONLY = `
import { createReadStream } from 'node:fs';
import { CsvSplitter, decodeChunks } from ${JSON.stringify(READERS)};
let records = 0;
const splitter = new CsvSplitter({ record: () => { records++; }, syntaxError: (at, message) => { throw new Error(message); } });
for await (const text of decodeChunks(createReadStream(process.argv[1], { highWaterMark: 1 << 16 }))) splitter.feed(text);
splitter.end();
console.log(records);
`;

function timed(command, args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = result.stderr.trim().split('\n');
  const [seconds, kilobytes, user, system] = lines[lines.length - 1].split(' ').map(Number);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return { seconds, cpu: user + system, rssMb: kilobytes / 1024, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  mkdirSync(DATA, { recursive: true });
  console.log(`node ${process.version}; df before:`);
  console.log(spawnSync('df', ['-h', DATA], { encoding: 'utf8' }).stdout.trim());
  const rowsOut = [];
  for (const gigabytes of SIZES) {
    const file = `${DATA}usage-${gigabytes}gb.csv`;
    let rows;
    if (!existsSync(file)) {
      const started = Date.now();
      ({ rows } = await writeRowsFile(file, { format: 'csv', count: Infinity, targetBytes: gigabytes * 1e9, seed: 7 }));
      console.log(`generated ${file}: ${rows.toLocaleString('en-US')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const ndjson = `${DATA}usage-${gigabytes}gb.ndjson`;
    if (!existsSync(ndjson)) await writeRowsFile(ndjson, { format: 'ndjson', count: Infinity, targetBytes: gigabytes * 1e9, seed: 7 });
    const bytes = statSync(file).size;
    const ndjsonBytes = statSync(ndjson).size;
    const runs = gigabytes === SIZES[0] ? RUNS : 1;
    const contenders = [
      ['pcaq CsvSplitter alone', () => timed(process.execPath, ['--input-type=module', '-e', SPLITTER_ONLY, file]), bytes],
      ['csv-parse alone', () => timed(process.execPath, ['--input-type=module', '-e', CSV_PARSE_ONLY, file]), bytes],
      [`pcaq eval CSV --groupby ${GROUPBY}`, () => timed(process.execPath, [PCAQ, 'eval', file, '--groupby', GROUPBY]), bytes],
      [`pcaq eval NDJSON --groupby ${GROUPBY}`, () => timed(process.execPath, [PCAQ, 'eval', ndjson, '--groupby', GROUPBY]), ndjsonBytes],
    ];
    const results = contenders.map(() => []);
    for (let i = 0; i < runs; i++) {
      contenders.forEach(([name, run], k) => {
        const result = run();
        results[k].push(result);
        console.log(`  run ${i + 1}: ${name}: ${result.seconds} s wall, ${result.cpu.toFixed(1)} s CPU, ${(result.rssMb).toFixed(0)} MB`);
      });
    }
    rows = Number(results[0][0].stdout.trim()) - 1; // minus the header
    const csvEval = median(results[2].map((r) => r.seconds));
    const csvEvalCpu = median(results[2].map((r) => r.cpu));
    contenders.forEach(([name, , size], k) => {
      const list = results[k];
      const seconds = median(list.map((r) => r.seconds));
      const cpu = median(list.map((r) => r.cpu));
      rowsOut.push({
        size: `${(size / 1e9).toFixed(2)} GB`, name, runs, seconds, cpu,
        mbPerSecond: size / 1e6 / seconds, mbPerCpuSecond: size / 1e6 / cpu,
        rssMb: Math.max(...list.map((r) => r.rssMb)),
        vsEval: seconds / csvEval, cpuVsEval: cpu / csvEvalCpu,
      });
    });
    console.log(`  ${rows.toLocaleString('en-US')} CSV rows`);
    if (process.env.KEEP_DATA !== '1') {
      rmSync(file);
      rmSync(ndjson);
    }
  }
  // Wall time on a shared machine moves with the load; CPU time (user + system) much less, so both
  // are shown: MB per wall second and MB per CPU second, and each contender against pcaq eval CSV.
  console.log('\n| file | contender | runs | median wall s | MB/s | median CPU s | MB per CPU s | peak RSS | wall vs eval CSV | CPU vs eval CSV |');
  console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rowsOut) {
    console.log(
      `| ${r.size} | ${r.name} | ${r.runs} | ${r.seconds.toFixed(1)} | ${r.mbPerSecond.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.mbPerCpuSecond.toFixed(1)} | ${r.rssMb.toFixed(0)} MB | ${r.vsEval.toFixed(2)}x | ${r.cpuVsEval.toFixed(2)}x |`,
    );
  }
}

await main();
