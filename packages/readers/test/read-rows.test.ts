import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRows, RowReadError, type ReadOptions, type ReadProblem, type ReadRow } from '@pcaq/readers';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function readAll(name: string, options: ReadOptions = {}) {
  const skipped: ReadProblem[] = [];
  const source = readRows(fixture(name), { ...options, onSkip: (problem) => skipped.push(problem) });
  const rows: ReadRow[] = [];
  for await (const row of source) rows.push(row);
  return { rows, skipped, stats: source.stats };
}

async function problemOf(name: string, options: ReadOptions = {}): Promise<ReadProblem> {
  try {
    await readAll(name, options);
  } catch (error) {
    if (error instanceof RowReadError) return error.problem;
    throw error;
  }
  throw new Error(`${name} was read without an error`);
}

const SECOND_ROW = {
  processedDateTime: '2018-10-14T00:00:00',
  workloadCode: 'EXO',
  channel: 'Reseller',
  customerTenantId: '0112A436-B14E-4888-967B-CA4BB2CF1234',
  customerName: 'O\'Brien, "Söhne" 𝒜',
  licensesActive: 12,
  licensesQualified: 12345678901234567890n,
};

describe('readRows: good input', () => {
  it.each(['rows-bare.json', 'rows-lower-value.json', 'rows-bom.json', 'rows.ndjson', 'rows-bom.ndjson'])(
    '%s: rows as read, numeric strings as numbers (bigint past 2^53 - 1)',
    async (name) => {
      const { rows } = await readAll(name);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toEqual(SECOND_ROW);
      expect(rows[0]).toMatchObject({ workloadCode: 'SPO', licensesActive: 0, licensesQualified: 1 });
    },
  );

  it('CSV: header names the columns, an empty cell is null, licenseActive is read as licensesActive', async () => {
    const { rows } = await readAll('rows.csv');
    expect(rows).toEqual([
      { processedDateTime: '2018-10-14T00:00:00', workloadCode: 'SPO', channel: 'reseller', customerTenantId: '0112A436-B14E-4888-967B-CA4BB2CF1234', customerName: 'TEST COMPANY', licensesActive: 0, licensesQualified: 1 },
      { ...SECOND_ROW, channel: null },
    ]);
  });

  it('CSV with a byte-order mark', async () => {
    const { rows } = await readAll('rows-bom.csv');
    expect(Object.keys(rows[0] ?? {})[0]).toBe('processedDateTime');
  });

  it("reads the source page's example once its missing ']' is added", async () => {
    const { rows } = await readAll('page-example-corrected.json');
    expect(rows.map((row) => [row['workloadCode'], row['licensesActive'], row['licensesQualified']])).toEqual([
      ['SPO', 0, 1],
      ['EXO', 0, 1],
    ]);
    expect(rows[0]).not.toHaveProperty('licenseActive');
  });

  it.each(['empty.csv', 'header-only.csv', 'empty.ndjson'])('%s has no rows', async (name) => {
    expect((await readAll(name)).rows).toEqual([]);
  });

  it('interns strings: equal values are one instance', async () => {
    const { rows } = await readAll('rows.csv');
    expect(rows[0]?.['customerTenantId']).toBe(rows[1]?.['customerTenantId']);
  });

  it('reads a stream, with the format given', async () => {
    const stream = Readable.from([Buffer.from('{"a":"x"}\n{"a'), Buffer.from('":"y"}\n')]);
    const rows: ReadRow[] = [];
    for await (const row of readRows('-', { format: 'ndjson', stream })) rows.push(row);
    expect(rows).toEqual([{ a: 'x' }, { a: 'y' }]);
  });

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('[{"a":"𝒜é"}]');
    const stream = Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]);
    const rows: ReadRow[] = [];
    for await (const row of readRows('-', { format: 'json', stream })) rows.push(row);
    expect(rows).toEqual([{ a: '𝒜é' }]);
  });
});

describe('readRows: bad input is an error naming file, line and column', () => {
  it.each<[string, Partial<ReadProblem>]>([
    ['page-example.json', { code: 'PCAQ0506', line: 31, column: 1 }],
    ['bad-row.json', { code: 'PCAQ0506', line: 3, column: 47 }],
    ['bad-count.json', { code: 'PCAQ0513', line: 3, column: 45 }],
    ['not-object.json', { code: 'PCAQ0510', line: 1, column: 27 }],
    ['no-value.json', { code: 'PCAQ0511', line: 1, column: 1 }],
    ['trailing-comma.json', { code: 'PCAQ0506', line: 3, column: 1 }],
    ['trailing-garbage.json', { code: 'PCAQ0508', line: 2, column: 1 }],
    ['truncated.json', { code: 'PCAQ0506', line: 3, column: 3 }],
    ['empty.json', { code: 'PCAQ0507' }],
    ['bad-row.ndjson', { code: 'PCAQ0506', line: 2, column: 24 }],
    ['bad-count.csv', { code: 'PCAQ0513', line: 3 }],
    ['bad-columns.csv', { code: 'PCAQ0514', line: 3 }],
    ['bad-quote.csv', { code: 'PCAQ0515', line: 2 }],
  ])('%s', async (name, expected) => {
    const problem = await problemOf(name);
    expect(problem).toMatchObject({ file: fixture(name), ...expected });
  });

  it('names the file as given by the name option', async () => {
    expect(await problemOf('bad-count.csv', { name: 'usage.csv' })).toMatchObject({ file: 'usage.csv' });
  });
});

describe('readRows: skipBadRows', () => {
  it.each<[string, number, [number, string][]]>([
    ['bad-count.csv', 2, [[3, 'PCAQ0513'], [4, 'PCAQ0513']]],
    ['bad-columns.csv', 1, [[3, 'PCAQ0514'], [4, 'PCAQ0514']]],
    ['bad-quote.csv', 0, [[2, 'PCAQ0515']]],
    ['bad-count.json', 1, [[3, 'PCAQ0513'], [4, 'PCAQ0513']]],
    ['bad-row.json', 2, [[3, 'PCAQ0506']]],
    ['bad-row.ndjson', 2, [[2, 'PCAQ0506'], [3, 'PCAQ0510']]],
    ['not-object.json', 1, [[1, 'PCAQ0510'], [1, 'PCAQ0510']]],
  ])('%s: keeps %i rows, reports each skipped row', async (name, kept, problems) => {
    const { rows, skipped, stats } = await readAll(name, { skipBadRows: true });
    expect(rows).toHaveLength(kept);
    expect(skipped.map((p) => [p.line, p.code])).toEqual(problems);
    expect(stats.skipped).toBe(problems.length);
    expect(stats.rows).toBe(kept);
  });

  it('still stops at a problem in the structure of a JSON document', async () => {
    expect(await problemOf('page-example.json', { skipBadRows: true })).toMatchObject({ code: 'PCAQ0506', line: 31 });
  });
});
