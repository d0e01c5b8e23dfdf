import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, endpointSchema, type Schema } from '@pcaq/core';
import { generateRows, rowJson, rowsCsv, type GeneratedRow } from '@pcaq/testing';
import { run } from '../../packages/cli/test/run-cli.js';

// `pcaq eval --endpoint NAME` reads a file by that endpoint's schema on both engines and in both
// formats: the same grouped answer four ways, never an empty answer from rows read by another
// endpoint's schema (docs/evaluation.md, "Rows").
const directory = mkdtempSync(join(tmpdir(), 'pcaq-eval-endpoints-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function writeFiles(id: string, rows: readonly GeneratedRow[]): { csv: string; json: string } {
  const csv = join(directory, `${id}.csv`);
  const json = join(directory, `${id}.json`);
  writeFileSync(csv, rowsCsv(rows));
  writeFileSync(json, `{"Value":[${rows.map(rowJson).join(',')}]}`);
  return { csv, json };
}

function firstGroupable(schema: Schema): string {
  const field = schema.fields.find((f) => f.groupable);
  if (field === undefined) throw new Error(`${schema.name} has no groupable field`);
  return field.name;
}

describe('pcaq eval --endpoint reads files by the endpoint schema', () => {
  for (const id of ENDPOINT_IDS) {
    it(`${id}: grouped, the js and duckdb engines over CSV and JSON give one non-empty answer`, async () => {
      const schema = endpointSchema(id)!;
      const files = writeFiles(id, generateRows(schema, { seed: 5, count: 120 }));
      const answers: string[] = [];
      for (const engine of ['js', 'duckdb']) {
        for (const file of [files.csv, files.json]) {
          const result = await run(['eval', file, '--endpoint', id, '--groupby', firstGroupable(schema), '--engine', engine, '--all', '--format', 'ndjson']);
          expect(result.stderr, `${engine} ${file}`).toBe('');
          expect(result.code, `${engine} ${file}`).toBe(0);
          answers.push(result.stdout);
        }
      }
      expect(answers[0]!.trim().split('\n').length).toBeGreaterThan(0);
      expect(answers[0]).not.toBe('');
      expect(new Set(answers).size).toBe(1);
    });
  }
});
