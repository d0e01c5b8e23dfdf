import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, endpointSchema, type EndpointId } from '@pcaq/core';
import { generateRows, rowJson, rowsCsv } from '@pcaq/testing';
import { run } from '../../packages/cli/test/run-cli.js';

// docs/engines.md: `pcaq eval --engine js` and `--engine duckdb` print the same bytes for the same
// file and query, in every output format, for every endpoint and for the files at the edges
// (empty, header only, BOM and CRLF, an extra column, a filter that keeps nothing).
const directory = mkdtempSync(join(tmpdir(), 'pcaq-edges-bytes-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The files of one endpoint's rows at the edges, by a short name. */
function files(id: EndpointId): Record<string, string> {
  const rows = generateRows(endpointSchema(id)!, { seed: 11, count: 25, distinct: 3 });
  const csv = rowsCsv(rows);
  const header = csv.slice(0, csv.indexOf('\n'));
  const lines = csv.trimEnd().split('\n');
  const texts: Record<string, string> = {
    'rows.csv': csv,
    'bom-crlf.csv': '\uFEFF' + csv.replace(/\n/g, '\r\n'),
    'header-only.csv': `${header}\n`,
    'empty.csv': '',
    'extra-column.csv': [`${header},notAField`, ...lines.slice(1).map((line) => `${line},x`)].join('\n') + '\n',
    'rows.json': `{"Value":[${rows.map(rowJson).join(',')}],"@nextLink":null,"TotalCount":${rows.length}}`,
    'empty.json': '[]',
    'rows.ndjson': rows.map(rowJson).join('\n') + '\n',
  };
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) {
    paths[name] = join(directory, `${id}-${name}`);
    writeFileSync(paths[name], text);
  }
  return paths;
}

describe.each(ENDPOINT_IDS.map((id) => [id]))('%s: both engines print the same bytes', (id) => {
  const paths = files(id);
  const { example } = endpointSchema(id)!.endpoint;
  // Grouped: the header of an empty result (csv, table). Plain: the columns and their order (ndjson, table).
  const queries: Record<string, { readonly argv: string[]; readonly formats: string[] }> = {
    grouped: { argv: ['--groupby', example.groupby], formats: ['csv', 'table'] },
    'filtered, ungrouped': { argv: ['--filter', example.filter], formats: ['ndjson', 'table'] },
  };
  for (const [file, path] of Object.entries(paths)) {
    for (const [name, { argv: query, formats }] of Object.entries(queries)) {
      it.each(formats)(`${file}, ${name}, --format %s`, async (format) => {
        const argv = ['eval', path, '--endpoint', id, ...query, '--format', format, '--all'];
        const js = await run([...argv, '--engine', 'js']);
        const duckdb = await run([...argv, '--engine', 'duckdb']);
        expect(duckdb.stdout).toBe(js.stdout);
        expect(duckdb.code).toBe(js.code);
        expect(js.code, js.stderr).toBe(0);
      });
    }
  }
});
