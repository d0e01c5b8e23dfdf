import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedQuery, comparison, dateTimeLiteral, field, SUBSCRIPTIONS_SCHEMA, LICENSE_USAGE_SCHEMA } from '@pcaq/core';
import { evaluateFileWithDuckDb } from '@pcaq/engines';
import { duckDbScratch } from './duckdb-scratch.js';

// A Parquet file's DATE and TIMESTAMP columns are written in the service's form,
// `2018-10-14T00:00:00`, as every other format and the in-memory engine write dates
// (docs/engines.md, "DuckDB over files"); DuckDB's own text is `2018-10-14 00:00:00`.
const scratch = duckDbScratch('pcaq-parquet-dates-');

describe('Parquet date-times in the service form', () => {
  it('a TIMESTAMP processedDateTime reads as 2018-10-14T00:00:00, and picks the snapshot', async () => {
    const file = join(scratch.dir, 'licence.parquet');
    await scratch.connection.run(
      `COPY (SELECT * FROM (VALUES ('Reseller', 3::BIGINT, TIMESTAMP '2018-10-14 00:00:00'), ('Direct', 4::BIGINT, TIMESTAMP '2018-09-14 00:00:00')) t(channel, licensesActive, processedDateTime)) TO '${file}' (FORMAT parquet)`,
    );
    const result = await evaluateFileWithDuckDb(file, checkedQuery({ schema: LICENSE_USAGE_SCHEMA, top: 10, skip: 0 }));
    expect(result.ok && result.value).toEqual([{ channel: 'Reseller', licensesActive: 3, processedDateTime: '2018-10-14T00:00:00' }]);
  });

  it('DATE, TIMESTAMP with a fraction and text columns of a family endpoint', async () => {
    const file = join(scratch.dir, 'subscriptions.parquet');
    await scratch.connection.run(
      `COPY (SELECT 'a' AS id, DATE '2018-05-01' AS creationDate, TIMESTAMP '2018-05-02 03:04:05.25' AS lastUsageDate, '2018-06-01T00:00:00' AS effectiveStartDate) TO '${file}' (FORMAT parquet)`,
    );
    const filter = comparison(field('creationDate'), 'ge', dateTimeLiteral('2018-05-01T00:00:00', 'cast'));
    const result = await evaluateFileWithDuckDb(file, checkedQuery({ schema: SUBSCRIPTIONS_SCHEMA, filter, top: 10, skip: 0 }));
    expect(result.ok).toBe(true);
    const [row] = result.ok ? result.value : [];
    expect(row).toMatchObject({ id: 'a', creationDate: '2018-05-01T00:00:00', lastUsageDate: '2018-05-02T03:04:05.250000', effectiveStartDate: '2018-06-01T00:00:00' });
  });
});
