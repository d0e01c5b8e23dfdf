import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, type Query } from '@pcaq/core';
import type { Row } from '@pcaq/evaluator';
import { evaluate } from 'pcaq';
import { readRows, type InputFormat } from '@pcaq/readers';
import { EngineError, evaluateFileWithDuckDb } from '@pcaq/engines';
import { queryArbitrary, rowArbitrary } from '../../packages/engines/test/arbitraries.js';
import { ROW_COLUMNS } from '../../packages/engines/test/load-rows.js';
import { duckDbScratch } from '../../packages/engines/test/duckdb-scratch.js';
import { checked } from './checked.js';

const scratch = duckDbScratch('pcaq-duckdb-');

const BOM = '\uFEFF';
const ROWS = [
  { processedDateTime: '2018-10-14T00:00:00', workloadCode: 'SPO', channel: 'reseller', customerTenantId: '0112A436-B14E-4888-967B-CA4BB2CF1234', licenseActive: 0, licensesQualified: 1 },
  { processedDateTime: '2018-10-14T00:00:00', workloadCode: 'EXO', channel: 'Reseller', customerTenantId: '0112a436-b14e-4888-967b-ca4bb2cf1234', licenseActive: 5, licensesQualified: '12345678901234567890' },
  { processedDateTime: '2018-09-14T00:00:00', workloadCode: 'SFB', channel: 'Direct', customerTenantId: '6FD2C87F-B296-42F0-B197-1E91E994B900', licenseActive: 7, licensesQualified: 8 },
  { processedDateTime: '2018-10-14T00:00:00', workloadCode: 'sfb', channel: 'DIRECT', customerTenantId: '6fd2c87f-b296-42f0-b197-1e91e994b900', licenseActive: 2, licensesQualified: 3 },
];
const COLUMNS = ['processedDateTime', 'workloadCode', 'channel', 'customerTenantId', 'licenseActive', 'licensesQualified'] as const;
const csvOf = (rows: readonly Record<string, unknown>[]): string =>
  [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((name) => String(row[name] ?? '')).join(','))].join('\r\n') + '\r\n';

// Each file holds the same rows in one of the shapes docs/engines.md, "DuckDB over files: input tolerance", tolerates.
const FILES: readonly (readonly [name: string, text: string, format: InputFormat])[] = [
  ['bom.csv', BOM + csvOf(ROWS), 'csv'],
  ['array.json', JSON.stringify(ROWS, null, 2), 'json'],
  ['envelope.json', BOM + JSON.stringify({ Value: ROWS, TotalCount: 4 }), 'json'],
  ['lower-envelope.json', JSON.stringify({ value: ROWS }, null, 1), 'json'],
  ['rows.ndjson', ROWS.map((row) => JSON.stringify(row)).join('\n') + '\n', 'ndjson'],
];

const QUERIES: readonly Query[] = [
  { groupby: 'channel' },
  { groupby: 'customerTenantId,workloadCode', top: 1, skip: 1 },
  { filter: "channel eq 'RESELLER'" },
  { filter: "workloadCode ne 'spo'", top: 1 },
  { processedDateTime: '2018-09-14', groupby: 'workloadCode' },
  { top: 2, skip: 5 },
];

async function readAll(path: string, options: { format?: InputFormat; skipBadRows?: boolean } = {}): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of readRows(path, options)) rows.push(row);
  return rows;
}

describe('evaluateFileWithDuckDb: input tolerance', () => {
  it.each(FILES)('%s answers as the in-memory evaluator over the same file', async (name, text, format) => {
    const path = join(scratch.dir, name);
    await writeFile(path, text);
    const rows = await readAll(path, { format });
    for (const query of QUERIES) {
      expect(await evaluateFileWithDuckDb(path, checked(query), { connection: scratch.connection }), JSON.stringify(query)).toEqual(evaluate(rows, checked(query)));
    }
  });

  it('reads a Parquet copy made by DuckDB like the CSV it came from', async () => {
    const csv = join(scratch.dir, 'source.csv');
    const parquet = join(scratch.dir, 'copy.parquet');
    await writeFile(csv, csvOf(ROWS));
    await scratch.connection.run(`COPY (SELECT * FROM read_csv($1, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`, [csv]);
    const rows = await readAll(csv);
    for (const query of QUERIES) {
      expect(await evaluateFileWithDuckDb(parquet, checked(query), { connection: scratch.connection })).toEqual(evaluate(rows, checked(query)));
    }
  });

  it('returns plain rows with the fields the file has, licenseActive read as licensesActive', async () => {
    const path = join(scratch.dir, 'fields.csv');
    await writeFile(path, 'workloadCode,licenseActive,processedDateTime\nSFB,3,2018-10-14\n');
    const outcome = await evaluateFileWithDuckDb(path, checked({}), { connection: scratch.connection });
    expect(outcome).toMatchObject({ ok: true, value: [{ workloadCode: 'SFB', licensesActive: 3, processedDateTime: '2018-10-14' }] });
    expect(outcome.ok && Object.keys(outcome.value[0]!)).toEqual(['workloadCode', 'licensesActive', 'processedDateTime']);
  });

  it('answers an empty file part (skip past the end) with the total count and no nextLink', async () => {
    const path = join(scratch.dir, 'bom.csv');
    expect(await evaluateFileWithDuckDb(path, checked({ skip: 100 }), { connection: scratch.connection })).toEqual({ ok: true, diagnostics: [], value: [], totalCount: 3, nextLink: null });
  });
});

describe('evaluateFileWithDuckDb: problems', () => {
  it('refuses a query that was not checked before reading the file (text is checked by the linter first)', async () => {
    const text = evaluateFileWithDuckDb(join(scratch.dir, 'missing.csv'), { filter: "channel eq 'x'" } as never);
    await expect(text).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it.each(['-1', '2.5', '12a'])('stops at a count %s that is not a non-negative integer, with the readers\' file:line:column message', async (count) => {
    const path = join(scratch.dir, `bad-${count}.csv`);
    await writeFile(path, `workloadCode,licensesActive,processedDateTime\nSFB,1,2018-10-14\nEXO,${count},2018-10-14\n`);
    const failure = evaluateFileWithDuckDb(path, checked({ groupby: 'workloadCode' }), { connection: scratch.connection });
    await expect(failure).rejects.toBeInstanceOf(EngineError);
    const expected = await readAll(path).then(() => 'no error', (error: Error) => error.message);
    expect(expected).toMatch(new RegExp(`^${path.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:`));
    await expect(failure).rejects.toThrow(expected);
  });

  it('drops rows with bad counts with skipBadRows, as the readers do', async () => {
    const path = join(scratch.dir, 'skip.csv');
    await writeFile(path, 'workloadCode,licensesActive,processedDateTime\nSFB,1,2018-10-14\nEXO,x,2018-10-14\nSFB,2,2018-10-14\n');
    const rows = await readAll(path, { skipBadRows: true });
    expect(await evaluateFileWithDuckDb(path, checked({ groupby: 'workloadCode' }), { connection: scratch.connection, skipBadRows: true })).toEqual(evaluate(rows, checked({ groupby: 'workloadCode' })));
  });

  it.each([
    ['a missing file', 'nowhere.csv', /nowhere\.csv/],
    ['an unknown extension', 'rows.txt', /cannot tell the format/],
  ])('throws an EngineError for %s', async (_, name, message) => {
    const path = join(scratch.dir, name);
    if (name.endsWith('.txt')) await writeFile(path, 'x');
    await expect(evaluateFileWithDuckDb(path, checked({}), { connection: scratch.connection })).rejects.toThrow(message);
  });

  it('throws an EngineError for JSON that is neither an array nor a response body', async () => {
    const path = join(scratch.dir, 'object.json');
    await writeFile(path, '{"rows": []}');
    await expect(evaluateFileWithDuckDb(path, checked({}), { connection: scratch.connection })).rejects.toBeInstanceOf(EngineError);
  });
});

/** Every text cell quoted (an empty cell is a missing value), counts as digits. */
function generatedCsv(rows: readonly Row[]): string {
  const cell = (value: Row[string]): string =>
    value === null || value === undefined ? '' : typeof value === 'string' ? `"${value.replaceAll('"', '""')}"` : String(value);
  return [ROW_COLUMNS.join(','), ...rows.map((row) => ROW_COLUMNS.map((name) => cell(row[name])).join(','))].join('\n') + '\n';
}

describe('evaluateFileWithDuckDb == in-memory evaluator over generated CSV files', () => {
  it('agrees on generated rows and queries', async () => {
    const path = join(scratch.dir, 'generated.csv');
    await fc.assert(
      fc.asyncProperty(fc.array(rowArbitrary, { minLength: 1, maxLength: 30 }), queryArbitrary, fc.boolean(), async (rows, query, caseSensitive) => {
        await writeFile(path, generatedCsv(rows));
        const expected = evaluate(await readAll(path), checked(query), { caseSensitive });
        expect(await evaluateFileWithDuckDb(path, checked(query), { connection: scratch.connection, caseSensitive })).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
