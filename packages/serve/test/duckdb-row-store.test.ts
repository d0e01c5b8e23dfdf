import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CheckedQuery, Query, Schema } from '@pcaq/core';
import { LICENSE_USAGE_SCHEMA } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { openDuckDbRowStore, openJsRowStore } from '@pcaq/serve';
import { PATH, temporaryDirectory } from './support.js';

// The DuckDB store reads counts and fields by the schema's row shape, with @pcaq/sql's count
// reading (docs/engines.md, "Rows and columns from the schema"): what the JavaScript store accepts,
// it accepts, with the same values. The stores take a checked query, as the server hands them one
// after checking the request once (docs/architecture.md, "The checked query").
function checked(query: Query, schema?: Schema): CheckedQuery {
  const result = checkQuery(query, schema === undefined ? {} : { schema });
  if (result.checked === undefined) throw new Error(`the test's query has errors: ${result.diagnostics.map((d) => d.code).join(', ')}`);
  return result.checked;
}
const BY_CHANNEL = checked({ groupby: 'channel' });

describe("the DuckDB row store reads counts as @pcaq/sql and the readers do", () => {
  it('reads a count padded with tabs or no-break spaces, and an empty count cell as missing', async () => {
    const files = temporaryDirectory();
    const path = files.file('padded.csv', 'channel,licensesActive,licensesQualified,processedDateTime\nReseller,\t5 ,"",2018-10-14\nDirect,\u00a07,2,2018-10-14\n');
    const duckdb = await openDuckDbRowStore([path]);
    const js = await openJsRowStore([path]);
    try {
      const expected = await js.evaluate(BY_CHANNEL, PATH);
      expect(expected.ok && expected.value.map((row) => [row.channel, row.licensesActive, row.licensesQualified])).toEqual([
        ['Reseller', 5, 0],
        ['Direct', 7, 2],
      ]);
      expect(await duckdb.evaluate(BY_CHANNEL, PATH)).toEqual(expected);
    } finally {
      await Promise.all([duckdb.close(), js.close()]);
      files.remove();
    }
  });

  it("loads a schema's extra count and text field, and checks the extra count", async () => {
    const schema: Schema = {
      ...LICENSE_USAGE_SCHEMA,
      fields: [...LICENSE_USAGE_SCHEMA.fields, { name: 'region', kind: 'string', filterable: true, groupable: true }, { name: 'seats', kind: 'count', filterable: false, groupable: false }],
    };
    const files = temporaryDirectory();
    const good = files.file('good.ndjson', '{"channel":"Reseller","region":"EMEA","seats":"9007199254740993","processedDateTime":"2018-10-14"}\n{"channel":"Direct","region":"emea","seats":2,"processedDateTime":"2018-10-14"}\n');
    const store = await openDuckDbRowStore([good], { schema });
    try {
      const outcome = await store.evaluate(checked({ groupby: 'region' }, schema), PATH);
      expect(outcome.ok && outcome.value).toEqual([{ region: 'EMEA', licensesActive: 0, licensesQualified: 0, seats: 9007199254740995n, processedDateTime: '2018-10-14' }]);
      const bad = files.file('bad.ndjson', '{"channel":"Reseller","seats":"x1","processedDateTime":"2018-10-14"}\n');
      await expect(openDuckDbRowStore([bad], { schema })).rejects.toThrow(/bad\.ndjson:1:\d+: error PCAQ0513: seats must be a non-negative integer written in digits; found 'x1'/);
    } finally {
      await store.close();
      files.remove();
    }
  });
});

// The class: any count text the readers accept (digits, past 2^53 too, padded with any of the
// whitespace they trim, or empty) loads into DuckDB with the same value.
const padding = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\ufeff'), maxLength: 3 });
const countText = fc.oneof(fc.constant(''), fc.tuple(padding, fc.bigInt({ min: 0n, max: 2n ** 70n }), padding).map(([before, n, after]) => `${before}${n}${after}`));
const csvRow = fc.tuple(fc.constantFrom('Reseller', 'Direct'), countText, countText);

describe('count texts the readers accept', () => {
  test.prop([fc.array(csvRow, { minLength: 1, maxLength: 12 })], { numRuns: 8 })('give the DuckDB store the JavaScript store\'s sums', async (rows) => {
    const files = temporaryDirectory();
    const cell = (text: string): string => `"${text}"`;
    const path = files.file('counts.csv', ['channel,licensesActive,licensesQualified,processedDateTime', ...rows.map(([channel, a, q]) => `${channel},${cell(a)},${cell(q)},2018-10-14`)].join('\n') + '\n');
    const duckdb = await openDuckDbRowStore([path]);
    const js = await openJsRowStore([path]);
    try {
      expect(await duckdb.evaluate(BY_CHANNEL, PATH)).toEqual(await js.evaluate(BY_CHANNEL, PATH));
    } finally {
      await Promise.all([duckdb.close(), js.close()]);
      files.remove();
    }
  });
});
