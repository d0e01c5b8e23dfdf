import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedQuery, DIAGNOSTIC_MESSAGES, groupByField, LICENSE_USAGE_SCHEMA } from '@pcaq/core';
import { compileQuery } from '@pcaq/evaluator';
import { readRows } from '@pcaq/readers';
import { EngineError, evaluateFileWithDuckDb, fileSourceOf } from '@pcaq/engines';
import { duckDbScratch } from './duckdb-scratch.js';

// docs/diagnostics.md, PCAQ0522 and PCAQ0523; docs/engines.md, "DuckDB over files: input tolerance".
const scratch = duckDbScratch('pcaq-file-source-');
const byWorkload = checkedQuery({ schema: LICENSE_USAGE_SCHEMA, groupby: [groupByField('workloadCode')], top: 10_000, skip: 0 });
const ROW = '{"workloadCode": "SFB", "licensesActive": 2, "processedDateTime": "2018-10-14"}';

async function failure(run: () => Promise<unknown>): Promise<EngineError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('no EngineError');
}

async function written(name: string, text: string): Promise<string> {
  const path = join(scratch.dir, name);
  await writeFile(path, text);
  return path;
}

describe('a file whose format its extension does not tell', () => {
  it.each(['rows.txt', 'rows', 'rows.csv.bak'])('%s is PCAQ0522, naming the extensions and how to give the format', async (name) => {
    const path = await written(name, 'workloadCode,licensesActive\nSFB,1\n');
    for (const error of [await failure(() => fileSourceOf(path)), await failure(() => evaluateFileWithDuckDb(path, byWorkload, { connection: scratch.connection }))]) {
      expect(error.code).toBe('PCAQ0522');
      expect(error.message.startsWith(`${path}: error PCAQ0522: cannot tell the format of the file from its extension (`)).toBe(true);
      expect(error.message).toContain('.csv, .json, .ndjson, .jsonl or .parquet');
      expect(error.message).toContain('--input-format (the inputFormat option)');
    }
  });

  it('is read when its format is given', async () => {
    const path = await written('given.txt', 'workloadCode,licensesActive,processedDateTime\nSFB,1,2018-10-14\n');
    expect(await fileSourceOf(path, 'csv')).toEqual({ kind: 'file', path, format: 'csv' });
    expect(await evaluateFileWithDuckDb(path, byWorkload, { connection: scratch.connection, inputFormat: 'csv' })).toMatchObject({
      ok: true,
      value: [{ workloadCode: 'SFB', licensesActive: 1, licensesQualified: 0, processedDateTime: '2018-10-14' }],
    });
  });
});

describe('a JSON file that is neither rows nor a response body', () => {
  it.each([
    ['an object without rows', '{"rows": []}', "it begins '{\"rows\": []}'"],
    ['a string', '"rows"', 'it begins \'"rows"\''],
    ['an empty file', '', 'it begins nothing (the file is empty)'],
  ])('%s is PCAQ0523 from fileSourceOf, saying how the file begins', async (_title, text, begins) => {
    const path = await written('shape.json', text);
    const error = await failure(() => fileSourceOf(path));
    expect(error.code).toBe('PCAQ0523');
    expect(error.message).toBe(`${path}: error PCAQ0523: the file is neither a JSON array of rows nor a response body {"Value": [...]} (told from its first 64 KiB); ${begins}`);
    expect(Object.hasOwn(DIAGNOSTIC_MESSAGES, error.code!)).toBe(true);
  });

  it('is reported by the DuckDB engine with the readers\' code, as the js engine reports it', async () => {
    const path = await written('object.json', '{"rows": []}');
    const error = await failure(() => evaluateFileWithDuckDb(path, byWorkload, { connection: scratch.connection }));
    expect(error.code).toBe('PCAQ0511');
  });
});

describe('a response body the quick look at the start cannot place is answered as the js engine answers it', () => {
  const bodies: readonly [string, string][] = [
    ['a member name written with escapes', `{"\\u0056alue": [${ROW}]}`],
    ['the rows after 64 KiB of other members', `{"note": "${'x'.repeat(70_000)}", "Value": [${ROW}]}`],
  ];
  it.each(bodies)('%s', async (_title, text) => {
    const path = await written('body.json', text);
    await expect(failure(() => fileSourceOf(path))).resolves.toMatchObject({ code: 'PCAQ0523' });
    const expected = await compileQuery(byWorkload).evaluateAsync(readRows(path));
    expect(expected).toMatchObject({ ok: true, totalCount: 1 });
    expect(await evaluateFileWithDuckDb(path, byWorkload, { connection: scratch.connection })).toEqual(expected);
  });

  it('for any member names before the rows, escaped or not', async () => {
    const name = fc.stringMatching(/^[a-zA-Z@]{1,8}$/).filter((key) => key !== 'Value' && key !== 'value');
    const escaped = (key: string): string => [...key].map((c) => (c.charCodeAt(0) % 2 === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { maxLength: 3 }), fc.boolean(), fc.constantFrom('Value', 'value'), async (others, escape, member) => {
        const key = (k: string): string => JSON.stringify(k).replace(k, escape ? escaped(k) : k);
        const text = `{${others.map((k) => `${key(k)}: 1, `).join('')}${key(member)}: [${ROW}]}`;
        const path = await written('any.json', text);
        const expected = await compileQuery(byWorkload).evaluateAsync(readRows(path));
        expect(await evaluateFileWithDuckDb(path, byWorkload, { connection: scratch.connection })).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });
});
