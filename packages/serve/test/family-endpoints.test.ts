import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, endpointSchema } from '@pcaq/core';
import { compileQuery } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';
import { readRows } from '@pcaq/readers';
import { startServer } from '@pcaq/serve';
import { generateRows, rowJson } from '@pcaq/testing';
import { get, temporaryDirectory } from './support.js';

/** A query each endpoint takes: a group-by on its first groupable field. */
function groupedQuery(id: (typeof ENDPOINT_IDS)[number]): { groupby: string } {
  return { groupby: endpointSchema(id).fields.find((f) => f.groupable)!.name };
}

describe('pcaq serve answers every endpoint of the family', () => {
  it.each(ENDPOINT_IDS.map((id) => [id]))('%s: its path answers as the evaluator does over the same rows, on both engines', async (id) => {
    const schema = endpointSchema(id);
    const files = temporaryDirectory();
    const path = `${files.path}/${id}.json`;
    writeFileSync(path, `{"Value":[${generateRows(schema, { seed: 11, count: 60, distinct: 5 }).map(rowJson).join(',')}]}`);
    const js = await startServer({ files: [path], engine: 'js', endpoint: id });
    const duckdb = await startServer({ files: [path], engine: 'duckdb', endpoint: id });
    try {
      const query = groupedQuery(id);
      const expected = await compileQuery(checkQuery(query, { schema }).checked!).evaluateAsync(readRows(path, { schema }));
      if (!expected.ok) throw new Error('the evaluator refused the generated rows');
      const url = `${schema.endpoint.paths[0]}?groupby=${query.groupby}`;
      for (const server of [js, duckdb]) {
        const body = (await (await get(`${server.url}${url}`)).json()) as { Value: unknown[]; TotalCount: number };
        expect(body.TotalCount).toBe(expected.totalCount);
        expect(body.Value).toEqual(JSON.parse(`[${expected.value.map((row) => rowJson(row)).join(',')}]`));
      }
    } finally {
      await js.close();
      await duckdb.close();
      files.remove();
    }
  });
});
