import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedQuery, DIAGNOSTIC_MESSAGES, groupByField, LICENSE_USAGE_SCHEMA } from '@pcaq/core';
import { readRows, RowReadError } from '@pcaq/readers';
import { EngineError, evaluateFileWithDuckDb } from '@pcaq/engines';
import { duckDbScratch } from './duckdb-scratch.js';

const scratch = duckDbScratch('pcaq-engine-problems-');
// The engines take a checked query; this one groups by the field every damaged file names.
const byWorkload = checkedQuery({ schema: LICENSE_USAGE_SCHEMA, groupby: [groupByField('workloadCode')], top: 10_000, skip: 0 });

async function engineFailure(path: string): Promise<EngineError> {
  try {
    await evaluateFileWithDuckDb(path, byWorkload, { connection: scratch.connection });
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error(`${path} was evaluated without an error`);
}

async function readersProblem(path: string) {
  try {
    for await (const _ of readRows(path)) void _;
  } catch (error) {
    if (error instanceof RowReadError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('engine problems carry the codes of the message table, the same as the js engine', () => {
  it.each([
    ['bad-count.csv', 'workloadCode,licensesActive,processedDateTime\nSFB,1,2018-10-14\nEXO,-1,2018-10-14\n', 'PCAQ0513'],
    ['columns.csv', 'workloadCode,licensesActive,processedDateTime\nSFB,1\n', 'PCAQ0514'],
    ['twice.json', '{"Value": [], "value": []}', 'PCAQ0512'],
    ['latin1.ndjson', Buffer.from([...Buffer.from('{"workloadCode": "Caf'), 0xe9, ...Buffer.from('"}\n')]), 'PCAQ0504'],
  ] as const)('%s: the readers\' code and message on DuckDB', async (name, text, code) => {
    const path = join(scratch.dir, name);
    await writeFile(path, text);
    const failure = await engineFailure(path);
    expect(failure.code).toBe(code);
    expect(failure.problem?.code).toBe(code);
    const problem = await readersProblem(path);
    expect(problem?.code).toBe(code);
    expect(failure.message).toContain(`error ${code}: ${problem?.message}`);
  });

  it('a file that cannot be opened is PCAQ0520, named in the message', async () => {
    const failure = await engineFailure(join(scratch.dir, 'nowhere.csv'));
    expect(failure.code).toBe('PCAQ0520');
    expect(failure.message).toMatch(/nowhere\.csv: error PCAQ0520: cannot read the file \(ENOENT\)$/);
  });

  it('a JSON file that cannot be opened is PCAQ0520 too (its shape is looked at before DuckDB reads it)', async () => {
    const failure = await engineFailure(join(scratch.dir, 'nowhere.json'));
    expect(failure.code).toBe('PCAQ0520');
    expect(failure.message).toMatch(/nowhere\.json: error PCAQ0520: cannot read the file \(ENOENT\)$/);
  });

  it('a Parquet file DuckDB refuses is PCAQ0521, with DuckDB\'s first line passed on as the reason', async () => {
    const path = join(scratch.dir, 'bad-count.parquet');
    await scratch.connection.run(`COPY (SELECT 'SFB' AS workloadCode, '-1' AS licensesActive, '2018-10-14' AS processedDateTime) TO '${path}' (FORMAT parquet)`);
    const failure = await engineFailure(path);
    expect(failure.code).toBe('PCAQ0521');
    expect(failure.message.startsWith(`${path}: error PCAQ0521: DuckDB cannot read the file: `)).toBe(true);
    expect(failure.message).not.toContain('\n');
    expect(Object.hasOwn(DIAGNOSTIC_MESSAGES, failure.code!)).toBe(true);
  });

  it('no engine module reads meaning out of an engine\'s message text with a regular expression', () => {
    const dir = new URL('../src/', import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
    const matching = files.filter((file) => /\.exec\((?:message|firstLine|error\.message)|(?:message|firstLine)\.match\(/.test(readFileSync(join(dir, file), 'utf8')));
    expect(matching).toEqual([]);
  });
});
