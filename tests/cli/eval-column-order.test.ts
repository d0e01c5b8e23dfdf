import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, endpointSchema } from '@pcaq/core';
import { generateRows, rowsCsv } from '@pcaq/testing';
import { run } from '../../packages/cli/test/run-cli.js';

// A CSV's rows keep the file's column order on both engines, whatever the order and the endpoint
// (docs/evaluation.md, "Performance design"): the js engine wrote licence rows in the source
// page's order while DuckDB kept the file's, so the two engines' stdout differed.
const directory = mkdtempSync(join(tmpdir(), 'pcaq-column-order-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('pcaq eval keeps a CSV file\'s column order', () => {
  for (const id of ENDPOINT_IDS) {
    it(`${id}: columns reversed, the js and duckdb engines print the same bytes, keys in the file's order`, async () => {
      const schema = endpointSchema(id)!;
      const rows = generateRows(schema, { seed: 11, count: 40 });
      const reversed = rows.map((row) => Object.fromEntries(Object.entries(row).reverse()));
      const file = join(directory, `${id}.csv`);
      writeFileSync(file, rowsCsv(reversed));
      const header = Object.keys(reversed[0]!);
      const outputs: string[] = [];
      for (const engine of ['js', 'duckdb']) {
        const result = await run(['eval', file, '--endpoint', id, '--engine', engine, '--all', '--format', 'ndjson']);
        expect(result.stderr, engine).toBe('');
        expect(result.code, engine).toBe(0);
        outputs.push(result.stdout);
      }
      expect(outputs[1]).toBe(outputs[0]);
      const first = JSON.parse(outputs[0]!.split('\n')[0]!) as Record<string, unknown>;
      expect(Object.keys(first)).toEqual(header.filter((name) => Object.hasOwn(first, name)));
    });
  }
});
