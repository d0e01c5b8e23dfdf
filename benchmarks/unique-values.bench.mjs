// node benchmarks/unique-values.bench.mjs: peak memory of the evaluator when every row holds a new,
// long value in a compared field (unique 10 KB customer names), for 100 MB and 1 GB of such rows.
// Memory must be flat in the input's size whatever the data (docs/evaluation.md, "Performance
// design"): the equality caches are bounded by size, not only by count. Each size runs in a fresh
// process timed by /usr/bin/time (wall seconds, peak RSS). Rows are generated on the fly and
// dropped after evaluation, so the process holds only what the evaluator keeps.
// SIZES=100,1000 (MB) and NAME_BYTES=10000 override the defaults.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// The umbrella's compileQuery checks the text, then compiles the checked query.
import { compileQuery } from 'pcaq';

const NAME_BYTES = Number(process.env.NAME_BYTES ?? 10_000);
const SIZES = (process.env.SIZES ?? '100,1000').split(',').map(Number);
// A literal as long as the names, so no row is answered by the length check alone: every row
// reaches the equality cache, the structure whose growth is measured.
const LITERAL = 'C'.repeat(NAME_BYTES);
const QUERIES = {
  // The day is given, so matching rows stream out at once (without it the page, up to `top` rows
  // of 10 KB, is held until the end: memory of the result, not of the caches).
  filter: { filter: `customerName eq '${LITERAL}' or channel eq 'Reseller'`, processedDateTime: '2018-10-14' },
  'filter + groupby': { filter: `customerName ne '${LITERAL}'`, groupby: 'workloadCode' },
};

/** The child: evaluates `megabytes` of rows with unique long names and prints the totals. */
function child(megabytes, queryName) {
  const rows = Math.ceil((megabytes * 1_000_000) / NAME_BYTES);
  const compiled = compileQuery(QUERIES[queryName]);
  if (!compiled.ok) throw new Error('query');
  const run = compiled.start({ onRow: () => {} });
  const filler = 'x'.repeat(NAME_BYTES - 12);
  for (let i = 0; i < rows; i++) {
    // A new string per row (a template result is a fresh heap string, as a reader's would be).
    const name = `${String(i).padStart(12, '0')}${filler}`;
    run.push({ customerName: name, channel: i % 3 === 0 ? 'reseller' : 'Direct', workloadCode: i % 2 === 0 ? 'SFB' : 'EXO', licensesActive: 1, licensesQualified: 1, processedDateTime: '2018-10-14T00:00:00' });
  }
  const result = run.finish();
  console.log(JSON.stringify({ rows, totalCount: result.totalCount }));
}

if (process.argv[2] === '--child') {
  child(Number(process.argv[3]), process.argv[4]);
} else {
  const script = fileURLToPath(import.meta.url);
  console.log(`node ${process.version}, names of ${NAME_BYTES} bytes, one fresh process per run\n`);
  console.log('| query | input | rows | wall s | peak RSS |');
  console.log('|---|--:|--:|--:|--:|');
  for (const queryName of Object.keys(QUERIES)) {
    for (const megabytes of SIZES) {
      const timed = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, script, '--child', String(megabytes), queryName], { encoding: 'utf8' });
      const [wall, kilobytes] = timed.stderr.trim().split('\n').at(-1).split(' ');
      const { rows } = JSON.parse(timed.stdout);
      console.log(`| ${queryName} | ${megabytes} MB | ${rows.toLocaleString('en')} | ${wall} | ${(Number(kilobytes) / 1024).toFixed(0)} MB |`);
    }
  }
}
