import { describe, expect, it } from 'vitest';
import { LICENSE_USAGE_SCHEMA, type Schema } from '@pcaq/core';
import { readText } from './read-bytes.js';

// A schema with one more text field and one more count: the readers learn both from the schema
// alone (docs/evaluation.md, "Rows"), with no other edit.
const SCHEMA: Schema = {
  name: 'seat usage',
  fields: [
    ...LICENSE_USAGE_SCHEMA.fields,
    { name: 'region', kind: 'string', filterable: true, groupable: true },
    { name: 'seatsAssigned', kind: 'count', filterable: false, groupable: false, aliases: ['seatAssigned'] },
  ],
};

const HUGE = '12345678901234567890';
const CSV_HEADER = [...SCHEMA.fields.map((f) => f.name)].join(',');
const csvRow = (seats: string): string =>
  ['SFB', 'Skype', 'S1', 'Svc', 'Reseller', '0112a436-b14e-4888-967b-ca4bb2cf1234', 'Contoso', '0112a436-b14e-4888-967b-ca4bb2cf1235', 'P', '1', '2', '2018-10-14T00:00:00', 'EU', seats].join(',');

describe('readers with a custom schema', () => {
  it('reads the extra count exactly, past 2^53 too, and the extra text field, in CSV, JSON and NDJSON', async () => {
    const csv = await readText(`${CSV_HEADER}\n${csvRow('7')}\n${csvRow(HUGE)}\n`, 'csv', { schema: SCHEMA });
    const json = await readText(`{"Value": [{"region": "EU", "seatsAssigned": 7}, {"region": "EU", "seatsAssigned": ${HUGE}}]}`, 'json', { schema: SCHEMA });
    const ndjson = await readText(`{"region": "EU", "seatsAssigned": "7"}\n{"region": "EU", "seatsAssigned": "${HUGE}"}\n`, 'ndjson', { schema: SCHEMA });
    for (const outcome of [csv, json, ndjson]) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.rows.map((row) => [row.region, row.seatsAssigned])).toEqual([['EU', 7], ['EU', BigInt(HUGE)]]);
    }
  });

  it('reads the extra count under its alias', async () => {
    const { rows } = await readText('{"seatAssigned": 3}\n', 'ndjson', { schema: SCHEMA });
    expect(rows).toEqual([{ seatsAssigned: 3 }]);
  });

  it('reports a bad extra count at file:line:column with the count code, in every format', async () => {
    const csv = await readText(`${CSV_HEADER}\n${csvRow('7')}\n${csvRow('-1')}\n`, 'csv', { schema: SCHEMA });
    const column = csvRow('-1').lastIndexOf(',') + 2;
    expect(csv.error).toMatchObject({ file: 'input', line: 3, column, code: 'PCAQ0513' });
    expect(csv.error?.message).toContain('seatsAssigned');
    const json = await readText('[\n  {"region": "EU", "seatsAssigned": 1e3}\n]', 'json', { schema: SCHEMA });
    expect(json.error).toMatchObject({ line: 2, column: 37, code: 'PCAQ0513' });
    const ndjson = await readText('{"seatsAssigned": 1}\n{"seatsAssigned": 2.5}\n', 'ndjson', { schema: SCHEMA });
    expect(ndjson.error).toMatchObject({ line: 2, column: 19, code: 'PCAQ0513' });
  });

  it('leaves the extra count as text under the licence-usage schema, the default', async () => {
    const { rows } = await readText('{"seatsAssigned": "7"}\n', 'ndjson');
    expect(rows).toEqual([{ seatsAssigned: '7' }]);
  });

  it('takes the schema header as a CSV header, and names the schema when a file has none', async () => {
    const { error } = await readText('1,2,3\n', 'csv', { schema: SCHEMA });
    expect(error?.message).toContain('seat usage rows');
  });
});
