import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Query } from '@pcaq/core';
import { type EvaluationOutcome, type Row } from '@pcaq/evaluator';
import { evaluate } from 'pcaq';
import { readRows, RowReadError, type InputFormat, type ReadProblem } from '@pcaq/readers';
import { EngineError, evaluateFileWithDuckDb } from '@pcaq/engines';
import { duckDbScratch } from '../../packages/engines/test/duckdb-scratch.js';
import { checked } from './checked.js';

// The js engine (the readers, then the evaluator) and the DuckDB engine over the same bytes: the
// same answer, or the same `file:line:column: message` (docs/engines.md, "Reading files strictly").

const scratch = duckDbScratch('pcaq-agreement-');
let serial = 0;

type Answer = { readonly outcome: EvaluationOutcome; readonly skipped: readonly string[] } | { readonly error: string };

const GROUPED: Query = { groupby: 'workloadCode' };
const show = (problem: ReadProblem): string => `${problem.file}:${problem.line}:${problem.column ?? ''}: ${problem.message}`;

async function jsAnswer(path: string, query: Query, format: InputFormat, skipBadRows: boolean): Promise<Answer> {
  const skipped: string[] = [];
  const rows: Row[] = [];
  try {
    for await (const row of readRows(path, { format, skipBadRows, onSkip: (problem) => skipped.push(show(problem)) })) rows.push(row);
  } catch (error) {
    if (error instanceof RowReadError) return { error: error.message };
    throw error;
  }
  return { outcome: evaluate(rows, query), skipped };
}

async function duckDbAnswer(path: string, query: Query, format: InputFormat, skipBadRows: boolean): Promise<Answer> {
  const skipped: string[] = [];
  try {
    const outcome = await evaluateFileWithDuckDb(path, checked(query), { connection: scratch.connection, inputFormat: format, skipBadRows, onSkip: (problem) => skipped.push(show(problem)) });
    return { outcome, skipped };
  } catch (error) {
    if (error instanceof EngineError) return { error: error.message };
    throw error;
  }
}

async function fileOf(content: string | Uint8Array, extension: string): Promise<string> {
  const path = join(scratch.dir, `file-${serial++}.${extension}`);
  await writeFile(path, content);
  return path;
}

const HEADER = 'processedDateTime,workloadCode,channel,licensesActive,licensesQualified';
/** Rows enough to fill more than the readers' first 64 KiB chunk, so a problem after them is found by DuckDB first. */
const PADDING = Array.from({ length: 3000 }, (_, i) => `2018-10-14,W${i % 7},Reseller,${i},1`).join('\n');

/**
 * Both engines over the same bytes. When the readers themselves fail with something other than a
 * positioned RowReadError (a bug of theirs), the DuckDB engine must still fail cleanly, naming
 * the file.
 */
async function expectAgreement(content: string | Uint8Array, format: InputFormat, query: Query = GROUPED, skipBadRows = false): Promise<Answer> {
  const path = await fileOf(content, format);
  const js = await jsAnswer(path, query, format, skipBadRows).catch((error: Error) => ({ crashed: error.message }));
  const duckDb = await duckDbAnswer(path, query, format, skipBadRows);
  if ('crashed' in js) expect(duckDb).toEqual({ error: expect.stringContaining(path) });
  else expect(duckDb).toEqual(js);
  return duckDb;
}

describe('the engines agree on bad CSV files', () => {
  it.each([
    ['a record with a cell too few', `${HEADER}\n${PADDING}\n2018-10-14,EXO,Direct,3\n`],
    ['a record with a cell too many (DuckDB returned no rows at all)', `${HEADER}\n2018-10-14,EXO,Direct,3,4,5\n`],
    ['a ragged record after many good ones', `${HEADER}\n${PADDING}\n2018-10-14,EXO,Direct,3,4,5\n${PADDING}\n`],
    ['an unterminated quote', `${HEADER}\n${PADDING}\n2018-10-14,"EXO,Direct,3,4\n`],
    ['text after a closing quote', `${HEADER}\n${PADDING}\n2018-10-14,"EXO"x,Direct,3,4\n`],
    ['a bad count after many good rows', `${HEADER}\n${PADDING}\n2018-10-14,EXO,Direct,-3,4\n`],
    ['a count written 1e3', `${HEADER}\n${PADDING}\n2018-10-14,EXO,Direct,1e3,4\n`],
    ['a count written 1.0', `${HEADER}\n${PADDING}\n2018-10-14,EXO,Direct,1.0,4\n`],
  ])('%s: the same file:line:column error', async (_title, text) => {
    const answer = await expectAgreement(text, 'csv');
    expect(answer).toHaveProperty('error');
  });

  it('a repeated header name: the same columns or the same error', async () => {
    await expectAgreement('processedDateTime,workloadCode,workloadCode,licensesActive\n2018-10-14,SPO,EXO,1\n', 'csv');
  });

  it('a header spelled in another case is not a response field on either engine', async () => {
    await expectAgreement('processedDateTime,WorkloadCode,licensesActive\n2018-10-14,SPO,1\n', 'csv', { groupby: 'workloadCode' });
  });

  it('a file without a header line: the same answer or the same error', async () => {
    await expectAgreement('2018-10-14,SPO,Reseller,1,2\n2018-10-14,EXO,Direct,3,4\n', 'csv');
  });

  it('counts with tabs and no-break spaces around them are read by both', async () => {
    const answer = await expectAgreement(`${HEADER}\n2018-10-14,EXO,Direct,\t3\t,\u00a04\n`, 'csv');
    expect(answer).toHaveProperty('outcome.value.0.licensesActive', 3);
  });

  it('--skip-bad-rows: the same rows skipped, reported at the same lines', async () => {
    const text = `${HEADER}\n2018-10-14,EXO,Direct,x,4\n${PADDING}\n2018-10-14,SPO,Direct,1,-4\n2018-10-14,SPO,Direct,1,4\n`;
    const answer = await expectAgreement(text, 'csv', GROUPED, true);
    expect(answer).toHaveProperty('skipped.length', 2);
  });

  it('--skip-bad-rows with a malformed record: the same error or the same skipped rows', async () => {
    await expectAgreement(`${HEADER}\n${PADDING}\n2018-10-14,EXO,Direct,3\n`, 'csv', GROUPED, true);
  });

  it.each([
    ['an unterminated quote', 'processedDateTime,"workloadCode,licensesActive\n2018-10-14,SPO,1\n'],
    ['a stray quote', 'processed"DateTime,workloadCode,licensesActive\n2018-10-14,SPO,1\n'],
    ['no names at all', ',,\n2018-10-14,SPO,1\n'],
  ])('--skip-bad-rows with a malformed header (%s): the same error or the same answer', async (_title, text) => {
    await expectAgreement(text, 'csv', GROUPED, true);
  });

  it('bytes that are not UTF-8: the same error or the same answer', async () => {
    const text = Buffer.concat([Buffer.from(`${HEADER}\n${PADDING}\n2018-10-14,SP`), Buffer.from([0xff, 0xfe]), Buffer.from(',Direct,3,4\n')]);
    await expectAgreement(text, 'csv');
  });

  it('a UTF-16 file with a byte-order mark is read like its UTF-8 text', async () => {
    const text = `${HEADER}\n2018-10-14,Ünï,Direct,3,4\n2018-10-14,ünï,Direct,1,1\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const path = await fileOf(utf16, 'csv');
    const expected = evaluate([{ processedDateTime: '2018-10-14', workloadCode: 'Ünï', channel: 'Direct', licensesActive: 4, licensesQualified: 5 }], GROUPED);
    expect(await duckDbAnswer(path, GROUPED, 'csv', false)).toEqual({ outcome: { ...expected, value: [{ workloadCode: 'Ünï', licensesActive: 4, licensesQualified: 5, processedDateTime: '2018-10-14' }] }, skipped: [] });
  });

  it('a windows-1252 file is read with encoding windows-1252', async () => {
    const path = await fileOf(Buffer.from(`${HEADER}\n2018-10-14,Caf\xe9 \x80,Direct,3,4\n`, 'latin1'), 'csv');
    const outcome = await evaluateFileWithDuckDb(path, checked(GROUPED), { connection: scratch.connection, encoding: 'windows-1252' });
    expect(outcome).toMatchObject({ ok: true, value: [{ workloadCode: 'Café €', licensesActive: 3, licensesQualified: 4 }] });
  });
});

describe('the engines agree on JSON and NDJSON files', () => {
  const row = (extra: string): string => `{"processedDateTime":"2018-10-14","workloadCode":"SPO"${extra}}`;
  // Rows enough to pass the readers' first chunk: what follows is read by DuckDB's SQL first.
  const padding = Array.from({ length: 1500 }, (_, i) => row(`,"licensesActive":${i}`)).join(',');

  it('NDJSON with a byte-order mark is read (DuckDB refused it)', async () => {
    const answer = await expectAgreement(`\uFEFF${row(',"licensesActive":1')}\n${row(',"licensesActive":2')}\n`, 'ndjson');
    expect(answer).toHaveProperty('outcome.value.0.licensesActive', 3);
  });

  it.each([
    ['-0', '0'],
    ['"7"', '7'],
    ['" 7 "', '7'],
  ])('a JSON count written %s is read as the readers read it', async (written) => {
    await expectAgreement(`[${row(`,"licensesActive":${written}`)}]`, 'json');
    await expectAgreement(`[${padding},${row(`,"licensesActive":${written}`)}]`, 'json');
  });

  it.each(['1e3', '1.0', '10E0', '"-0"', '"1e3"', '"1.0"', '-1', '1.5', 'true', '{"a":1}', '[1]', '1e400'])('a JSON count written %s: the same error', async (written) => {
    await expectAgreement(`[${row(`,"licensesActive":${written}`)}]`, 'json');
    await expectAgreement(`[${padding},${row(`,"licensesActive":${written}`)}]`, 'json');
  });

  it('a bad JSON count after many good rows: the same file:line:column error', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => row(`,"licensesActive":${i}`));
    await expectAgreement([...rows, row(',"licensesActive":-1')].join('\n') + '\n', 'ndjson');
  });

  it('a JSON count past 2^53 is summed exactly by DuckDB, never rounded', async () => {
    // After enough rows that DuckDB, not the readers' look at the start of the file, reads it.
    const rows = Array.from({ length: 1500 }, () => row(',"licensesActive":0'));
    const path = await fileOf([...rows, row(',"licensesActive":9007199254740993'), row(',"licensesActive":"9007199254740993"')].join('\n'), 'ndjson');
    const outcome = await evaluateFileWithDuckDb(path, checked(GROUPED), { connection: scratch.connection });
    expect(outcome).toMatchObject({ ok: true, value: [{ licensesActive: 18014398509481986n }] });
  });

  it('malformed NDJSON after many good rows: the same error', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => row(`,"licensesActive":${i}`));
    await expectAgreement([...rows, '{"processedDateTime": "2018-10-14",'].join('\n') + '\n', 'ndjson');
  });

  it('a row holding an array nested 50,000 deep: no crash (DuckDB segfaulted), the js engine\'s answer or error', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    await expectAgreement(`${row(`,"channel":${deep}`)}\n${row(`,"other":${deep}`)}\n`, 'ndjson');
  }, 60_000);
});

// The class behind the cases above: any damage to a CSV file, anywhere, leaves the engines agreeing.
describe('the engines agree on damaged CSV files (property)', () => {
  const cell = fc.constantFrom('SPO', 'exo', 'Ünï', '1', '12', '-1', '2.5', '', ' 3 ', '"q"', '"a,b"', '2018-10-14', '2018-09-14');
  const record = fc.array(cell, { minLength: 3, maxLength: 7 });
  const damage = fc.constantFrom('', '"', '\n', ',', '\r\n', '\xff');

  it('gives the same answer or the same error for generated records with random damage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 12 }), fc.nat(), damage, fc.boolean(), fc.boolean(), async (records, at, broken, padded, skipBadRows) => {
        // Padded, the damage lies past the readers' first chunk, where DuckDB reads first.
        const head = padded ? `${HEADER}\n${PADDING}\n` : '';
        const body = [...(padded ? [] : [HEADER]), ...records.map((cells) => cells.join(','))].join('\n') + '\n';
        const cut = head.length + (at % body.length);
        const text = head + body;
        const damaged = broken === '\xff'
          ? Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from([0xff]), Buffer.from(text.slice(cut))])
          : Buffer.from(text.slice(0, cut) + broken + text.slice(cut));
        await expectAgreement(damaged, 'csv', GROUPED, skipBadRows);
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});
