// Load test of `pcaq serve` on loopback, bounded in time (about 2.5 minutes with the defaults):
// requests/s and latency percentiles for 1,000- and 10,000-row pages of a 1M-row CSV file, the
// server's peak RSS, and its RSS sampled every second over a 60 s run. The server runs as a child
// process (`pcaq serve`, the built binary), so its memory is its own; the load comes from a
// keep-alive loopback client in this process. Baseline in the same run: a bare node:http server
// sending the same page's bytes from memory, the floor any server pays for HTTP and the bytes.
//
//   ENGINE=duckdb pnpm bench:serve            # 1M rows (204 MB) in DuckDB
//   ENGINE=js pnpm bench:serve                # the same in JavaScript (what auto picks: under 256 MiB)
//   CASE_SECONDS=15 FLAT_SECONDS=60 CONCURRENCY=4 KEEP=1 pnpm bench:serve
//
// Data goes to benchmarks/.data/serve-*.csv (git-ignored), deleted at the end unless KEEP=1.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRowsFile } from './generate-rows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'packages', 'cli', 'bin', 'pcaq.js');
const DATA = join(here, '.data');
const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ENGINE = process.env.ENGINE ?? 'auto';
const CASE_SECONDS = Number(process.env.CASE_SECONDS ?? 15);
const FLAT_SECONDS = Number(process.env.FLAT_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 4);
const PATH = '/v1/analytics/commercial/usage/license/';

mkdirSync(DATA, { recursive: true });
const file = join(DATA, `serve-${ROWS}.csv`);
if (!existsSync(file)) {
  const started = performance.now();
  const { rows, bytes } = await writeRowsFile(file, { format: 'csv', count: ROWS, seed: 42 });
  console.log(`generated ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Starts a child that prints its URL on its first line of stdout; resolves with the child and the URL. */
async function startChild(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout, 'data');
  return { child, url: chunk.toString('utf8').split('\n')[0].replace(/\/$/, '').replace(/\/v1\/.*$/, '') };
}

/** The child's resident set now and at its peak (Linux /proc), in MB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function get(url) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent, headers: { Authorization: 'Bearer bench' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, bytes, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** CONCURRENCY loops of requests for `seconds`; `target(i)` gives the i-th URL. */
async function load(target, seconds, onSecond) {
  const latencies = [];
  let bytes = 0;
  let failures = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const sampler = onSecond ? setInterval(onSecond, 1000) : undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const answer = await get(target(next++));
        if (answer.status !== 200) failures++;
        latencies.push(answer.ms);
        bytes += answer.bytes;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), mbPerSecond: bytes / 1e6 / elapsed, failures };
}

// Pages spread over the latest processed day's rows (the generator writes 4 days; a quarter of the rows are the latest).
const pageUrl = (base, top) => (i) => `${base}${PATH}?top=${top}&skip=${((i * 7919) % Math.max(1, Math.floor(ROWS / 4 / top) - 1)) * top}`;
const filterUrl = (base) => (i) => `${base}${PATH}?filter=${encodeURIComponent(`channel eq 'Reseller' and workloadCode ne 'SFB'`)}&groupby=customerTenantId,workloadCode&top=1000&skip=${(i % 10) * 1000}`;

console.log(`file: ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB, ${ROWS.toLocaleString('en-US')} rows); ${CONCURRENCY} connections; node ${process.version}`);
const loadStarted = performance.now();
const server = await startChild([BIN, 'serve', file, '--port', '0', '--engine', ENGINE]);
const loadSeconds = (performance.now() - loadStarted) / 1000;
const afterLoad = memoryOf(server.child.pid);
console.log(`server up in ${loadSeconds.toFixed(1)} s; RSS ${afterLoad.rss.toFixed(0)} MB (peak ${afterLoad.peak.toFixed(0)} MB)`);

const results = [];
try {
  for (const [name, target] of [
    ['1,000-row page', pageUrl(server.url, 1000)],
    ['10,000-row page', pageUrl(server.url, 10000)],
    ['filter + groupby, 1,000-row page', filterUrl(server.url)],
  ]) {
    // The same page's bytes from a bare node:http server: the floor for HTTP and the bytes.
    // The first request of a query computes its whole result (docs/serve.md, "Paging costs the page").
    const coldStarted = performance.now();
    const body = await (await fetch(target(0), { headers: { Authorization: 'Bearer bench' } })).arrayBuffer();
    const coldMs = performance.now() - coldStarted;
    const bodyFile = join(DATA, 'serve-baseline-body.json');
    (await import('node:fs')).writeFileSync(bodyFile, Buffer.from(body));
    const baseline = await startChild([
      '--input-type=module',
      '-e',
      `import { createServer } from 'node:http'; import { readFileSync } from 'node:fs';
       const body = readFileSync(${JSON.stringify(bodyFile)});
       const server = createServer((q, s) => { s.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length }); s.end(body); });
       server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));`,
    ]);
    const ours = await load(target, CASE_SECONDS);
    const floor = await load(() => `${baseline.url}${PATH}`, CASE_SECONDS);
    baseline.child.kill('SIGTERM');
    results.push({ name, bytes: body.byteLength, coldMs, ours, floor });
    console.log(`${name}: first request ${coldMs.toFixed(0)} ms; then ${ours.perSecond.toFixed(1)} req/s, p50 ${ours.p50.toFixed(1)} ms, p99 ${ours.p99.toFixed(1)} ms (${ours.failures} failed) | bare node:http, same bytes: ${floor.perSecond.toFixed(0)} req/s, p99 ${floor.p99.toFixed(1)} ms`);
  }

  const samples = [];
  const flat = await load(pageUrl(server.url, 1000), FLAT_SECONDS, () => samples.push(memoryOf(server.child.pid).rss));
  const memory = memoryOf(server.child.pid);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
  const firstThird = mean(samples.slice(0, third));
  const lastThird = mean(samples.slice(-third));
  console.log(`\n${FLAT_SECONDS} s of 1,000-row pages: ${flat.requests} requests, ${flat.perSecond.toFixed(1)} req/s, p99 ${flat.p99.toFixed(1)} ms, ${flat.failures} failed`);
  console.log(`RSS over the run (MB, one sample a second): min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)}, first third mean ${firstThird.toFixed(0)}, last third mean ${lastThird.toFixed(0)} (${(((lastThird - firstThird) / firstThird) * 100).toFixed(1)}%)`);
  console.log(`RSS samples: ${samples.map((value) => value.toFixed(0)).join(' ')}`);
  console.log(`server peak RSS (VmHWM, load included): ${memory.peak.toFixed(0)} MB`);

  console.log('\n| request | body | first request | pcaq serve req/s | p50 | p99 | bare node:http, same bytes: req/s | p99 |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const { name, bytes, coldMs, ours, floor } of results) {
    console.log(`| ${name} | ${(bytes / 1e3).toFixed(0)} kB | ${coldMs.toFixed(0)} ms | ${ours.perSecond.toFixed(1)} | ${ours.p50.toFixed(1)} ms | ${ours.p99.toFixed(1)} ms | ${floor.perSecond.toFixed(0)} | ${floor.p99.toFixed(1)} ms |`);
  }
} finally {
  server.child.kill('SIGTERM');
  await once(server.child, 'exit');
  agent.destroy();
  rmSync(join(DATA, 'serve-baseline-body.json'), { force: true });
  if (process.env.KEEP !== '1') rmSync(file, { force: true });
}
