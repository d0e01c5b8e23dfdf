// pnpm bench:csv: `pcaq eval` with a groupby over CSV files of 1 GB and 2 GB generated on the fly
// into benchmarks/.data/ (gitignored, deleted afterwards unless KEEP_DATA=1), next to csv-parse
// alone in the same run. Each run is a fresh process timed with /usr/bin/time (wall seconds and
// peak RSS); medians of RUNS runs for 1 GB, one run for 2 GB (SIZES and RUNS override).
//
// Both contenders read the file as a stream with the same csv-parse options; csv-parse alone only
// counts records. `pcaq eval` also builds rows (counts, interning), evaluates and prints JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeRowsFile } from './generate-rows.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = fileURLToPath(new URL('./.data/', import.meta.url));
const SIZES = (process.env.SIZES ?? '1,2').split(',').map(Number); // GB
const RUNS = Number(process.env.RUNS ?? 3);
const GROUPBY = 'customerTenantId,workloadCode';
const CSV_PARSE = `${ROOT}packages/readers/node_modules/csv-parse/lib/index.js`;
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
    const bytes = statSync(file).size;
    const runs = gigabytes === SIZES[0] ? RUNS : 1;
    const parseRuns = [];
    const evalRuns = [];
    for (let i = 0; i < runs; i++) {
      const parsed = timed(process.execPath, ['--input-type=module', '-e', CSV_PARSE_ONLY, file]);
      rows = Number(parsed.stdout.trim()) - 1; // minus the header
      parseRuns.push(parsed);
      evalRuns.push(timed(process.execPath, [PCAQ, 'eval', file, '--groupby', GROUPBY]));
      const total = JSON.parse(evalRuns[evalRuns.length - 1].stdout).TotalCount;
      const last = evalRuns[evalRuns.length - 1];
      console.log(`  run ${i + 1}: csv-parse ${parsed.seconds} s (cpu ${parsed.cpu.toFixed(1)} s), pcaq eval ${last.seconds} s (cpu ${last.cpu.toFixed(1)} s, ${total} groups)`);
    }
    for (const [name, list] of [['csv-parse alone', parseRuns], [`pcaq eval --groupby ${GROUPBY}`, evalRuns]]) {
      const seconds = median(list.map((r) => r.seconds));
      const cpu = median(list.map((r) => r.cpu));
      rowsOut.push({
        cpu, cpuVsParse: cpu / median(parseRuns.map((r) => r.cpu)),
        size: `${(bytes / 1e9).toFixed(2)} GB`, rows, name, seconds, runs,
        rowsPerSecond: rows / seconds, mbPerSecond: bytes / 1e6 / seconds,
        rssMb: Math.max(...list.map((r) => r.rssMb)),
        vsParse: seconds / median(parseRuns.map((r) => r.seconds)),
      });
    }
    if (process.env.KEEP_DATA !== '1') rmSync(file);
  }
  // Wall time on a shared machine moves with the load; CPU time (user + system) much less, so both
  // are shown, and the overhead is given on both.
  console.log('\n| file | rows | contender | runs | median wall s | rows/s | MB/s | median CPU s | peak RSS | wall vs csv-parse | CPU vs csv-parse |');
  console.log('|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rowsOut) {
    console.log(
      `| ${r.size} | ${r.rows.toLocaleString('en-US')} | ${r.name} | ${r.runs} | ${r.seconds.toFixed(1)} | ${(r.rowsPerSecond / 1e6).toFixed(2)} M | ${r.mbPerSecond.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.rssMb.toFixed(0)} MB | ${r.vsParse.toFixed(2)}x | ${r.cpuVsParse.toFixed(2)}x |`,
    );
  }
}

await main();
