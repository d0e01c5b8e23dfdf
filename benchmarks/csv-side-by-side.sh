#!/usr/bin/env bash
# `pcaq eval` on 100 MB of CSV and NDJSON, side by side in one run: the CSV splitter alone, then the
# CLI of this checkout (after) and, when BEFORE names another built checkout of pcaq, its CLI
# (before). ROUNDS rounds (default 3), interleaved; each a fresh process under GNU time (wall s,
# user + system CPU s of all threads, peak RSS). Prints one line per run; take the medians.
# Usage: pnpm build && BEFORE=/path/to/other/checkout benchmarks/csv-side-by-side.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="$ROOT/benchmarks/.data"
mkdir -p "$DATA"
for format in csv ndjson; do
  [ -f "$DATA/usage-100mb.$format" ] || node --input-type=module -e "
    const { writeRowsFile } = await import('$ROOT/benchmarks/generate-rows.mjs');
    await writeRowsFile('$DATA/usage-100mb.$format', { format: '$format', count: Infinity, targetBytes: 1e8, seed: 7 });"
done
SPLITTER='import { createReadStream } from "node:fs"; const { CsvSplitter, decodeChunks } = await import(process.env.READERS);
let n = 0; const s = new CsvSplitter({ record: () => { n++; }, syntaxError: (at, m) => { throw new Error(m); } });
for await (const t of decodeChunks(createReadStream(process.argv[1], { highWaterMark: 1 << 16 }))) s.feed(t); s.end(); console.log(n);'
timed() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null | tail -1 |
    awk -v n="$name" '{ printf "%-34s wall %6.2f s %6.1f MB/s  cpu %5.2f s %6.1f MB/cpu-s  rss %d MB\n", n, $1, 100 / $1, $2 + $3, 100 / ($2 + $3), $4 / 1024 }'
}
GROUPBY="--groupby customerTenantId,workloadCode"
for round in $(seq "${ROUNDS:-3}"); do
  READERS="$ROOT/packages/readers/dist/index.js" timed "splitter alone" node --input-type=module -e "$SPLITTER" "$DATA/usage-100mb.csv"
  for side in ${BEFORE:+before} after; do
    dir="$ROOT"; [ "$side" = before ] && dir="$BEFORE"
    timed "$side eval csv" node "$dir/packages/cli/dist/bin.js" eval "$DATA/usage-100mb.csv"
    timed "$side eval csv groupby" node "$dir/packages/cli/dist/bin.js" eval "$DATA/usage-100mb.csv" $GROUPBY
    timed "$side eval ndjson groupby" node "$dir/packages/cli/dist/bin.js" eval "$DATA/usage-100mb.ndjson" $GROUPBY
  done
done
