// pnpm bench:engines: the same groupby query over one generated CSV file by the streaming JS
// evaluator (what `pcaq eval` runs: @pcaq/readers' readRows into @pcaq/evaluator's
// evaluateStream) and by embedded DuckDB (@pcaq/engines' evaluateFileWithDuckDb) over the CSV
// and over a Parquet copy DuckDB made of it. Each measurement is a fresh child process, so the
// wall time includes start-up and the peak RSS (process.resourceUsage().maxRSS) is that run's
// own. Data goes to benchmarks/.data/engines-* (gitignored), deleted at the end unless KEEP=1.
//
//   ROWS=100000,1000000,10000000 ROUNDS=3 pnpm bench:engines   (ENGINES=duckdb: DuckDB only)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const FILTER = "workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')";
const GROUPBY = 'customerTenantId,workloadCode';
const QUERY = { filter: FILTER, groupby: GROUPBY };
const ENGINES = (process.env.ENGINES ?? 'js,duckdb').split(',');
const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '.data');

// --- child: one engine, one file, one run; prints a JSON line --------------------------------
async function child(engine, path) {
  const started = process.hrtime.bigint();
  // Checked once, as the CLI does; both engines take the checked query.
  const { checkQuery } = await import('@pcaq/linter');
  const { checked } = checkQuery(QUERY);
  let outcome;
  if (engine === 'js') {
    const { readRows } = await import('@pcaq/readers');
    const { evaluateStream } = await import('@pcaq/evaluator');
    outcome = await evaluateStream(readRows(path), checked);
  } else {
    const { evaluateFileWithDuckDb } = await import('@pcaq/engines');
    outcome = await evaluateFileWithDuckDb(path, checked);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  const first = outcome.value[0];
  const checksum = outcome.value.reduce((sum, row) => sum + BigInt(row.licensesActive) + BigInt(row.licensesQualified), 0n);
  process.stdout.write(JSON.stringify({
    seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, totalCount: outcome.totalCount,
    first: `${first?.customerTenantId}/${first?.workloadCode}`, checksum: String(checksum),
  }) + '\n');
}

// --- parent -----------------------------------------------------------------------------------
function measure(engine, path) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', engine, path], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function prepare(rows) {
  const csv = join(DATA, `engines-${rows}.csv`);
  const parquet = join(DATA, `engines-${rows}.parquet`);
  if (!existsSync(csv)) {
    const { writeRowsFile } = await import('./generate-rows.mjs');
    const started = Date.now();
    await writeRowsFile(csv, { format: 'csv', count: rows, seed: 7 });
    console.error(`generated ${csv} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(parquet)) {
    // DuckDB is a dependency of @pcaq/engines, not of the repository root: resolve it from there.
    const fromEngines = createRequire(join(here, '../packages/engines/package.json'));
    const { DuckDBInstance } = await import(pathToFileURL(fromEngines.resolve('@duckdb/node-api')).href);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // The path is ours (benchmarks/.data), not user input; COPY ... TO takes no parameter.
    await connection.run(`COPY (SELECT * FROM read_csv($1, header = true, all_varchar = true)) TO '${parquet.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`, [csv]);
    connection.closeSync();
    instance.closeSync();
  }
  return { csv, parquet };
}

async function parent() {
  const sizes = (process.env.ROWS ?? '100000,1000000,10000000').split(',').map(Number);
  const rounds = Number(process.env.ROUNDS ?? 3);
  mkdirSync(DATA, { recursive: true });
  const made = [];
  console.log(`query: filter=${FILTER} groupby=${GROUPBY} (latest processed day, top 10000)`);
  console.log(`node ${process.version}, ${rounds} rounds per cell, median wall time (fresh process) and peak RSS\n`);
  console.log('| rows | file | engine | wall s | peak RSS MB | groups |');
  console.log('|--:|---|---|--:|--:|--:|');
  for (const rows of sizes) {
    const { csv, parquet } = await prepare(rows);
    made.push(csv, parquet);
    const cells = [
      ['CSV', 'js', csv],
      ['CSV', 'duckdb', csv],
      ['Parquet', 'duckdb', parquet],
    ];
    const answers = new Set();
    for (const [kind, engine, path] of cells.filter(([, engine]) => ENGINES.includes(engine))) {
      const runs = Array.from({ length: rounds }, () => measure(engine, path));
      for (const run of runs) answers.add(`${run.totalCount}|${run.first}|${run.checksum}`);
      const size = (statSync(path).size / 1e6).toFixed(0);
      console.log(`| ${rows.toLocaleString('en')} | ${kind} (${size} MB) | ${engine} | ${median(runs.map((r) => r.seconds)).toFixed(2)} | ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} | ${runs[0].totalCount} |`);
    }
    if (answers.size !== 1) throw new Error(`engines disagree at ${rows} rows: ${[...answers].join(' / ')}`);
  }
  // Only this benchmark's own files: other benchmarks keep data in the same folder.
  if (process.env.KEEP !== '1') for (const path of made) rmSync(path, { force: true });
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await parent();
