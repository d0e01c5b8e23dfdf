import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { INDIRECT_RESELLERS_SCHEMA, SEARCH_SCHEMA, SUBSCRIPTIONS_SCHEMA } from '@pcaq/core';
import { readText } from './read-bytes.js';

// docs/evaluation.md, "Rows": booleans, "no value" dates, counts as strings and aliases are read by
// the schema's kinds, alike in CSV, JSON and NDJSON.
describe('values read by the schema kinds', () => {
  it('reads a boolean field as a boolean from JSON true/false and from text in any case; other text stays text', async () => {
    const csv = await readText('autoRenewEnabled,licenseCount\nTRUE,1\nfalse,2\nyes,3\n,4\n', 'csv', { schema: SUBSCRIPTIONS_SCHEMA });
    const json = await readText('[{"autoRenewEnabled":true,"licenseCount":1},{"autoRenewEnabled":"False","licenseCount":2},{"autoRenewEnabled":"yes","licenseCount":3},{"autoRenewEnabled":null,"licenseCount":4}]', 'json', { schema: SUBSCRIPTIONS_SCHEMA });
    for (const outcome of [csv, json]) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.rows.map((row) => row.autoRenewEnabled)).toEqual([true, false, 'yes', null]);
    }
  });

  it('keeps a JSON boolean on a field that is not boolean as its JSON text, as before', async () => {
    const { rows } = await readText('{"churnRisk":true}\n', 'ndjson', { schema: SUBSCRIPTIONS_SCHEMA });
    expect(rows).toEqual([{ churnRisk: 'true' }]);
  });

  it('reads the "no value" date 0001-01-01T00:00:00 as null, counts given as strings as numbers, and the response spelling of an alias as its field', async () => {
    const csv = await readText(
      'firstSubscriptionEndDate,latestSubscriptionDeprovisionedEndDate,subscriptionCount\n0001-01-01T00:00:00,0001-01-01T00:00:00,"63"\n2018-01-01T00:00:00,2019-02-01T00:00:00,7\n',
      'csv',
      { schema: INDIRECT_RESELLERS_SCHEMA },
    );
    const ndjson = await readText(
      '{"firstSubscriptionEndDate":"0001-01-01T00:00:00","latestSubscriptionDeprovisionedEndDate":"0001-01-01T00:00:00","subscriptionCount":"63"}\n{"firstSubscriptionEndDate":"2018-01-01T00:00:00","latestSubscriptionDeprovisionedEndDate":"2019-02-01T00:00:00","subscriptionCount":7}\n',
      'ndjson',
      { schema: INDIRECT_RESELLERS_SCHEMA },
    );
    for (const outcome of [csv, ndjson]) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.rows).toEqual([
        { firstSubscriptionEndDate: null, latestSubscriptionDeprovisionedDate: null, subscriptionCount: 63 },
        { firstSubscriptionEndDate: '2018-01-01T00:00:00', latestSubscriptionDeprovisionedDate: '2019-02-01T00:00:00', subscriptionCount: 7 },
      ]);
    }
  });

  test.prop([fc.array(fc.oneof(fc.boolean(), fc.constantFrom('true', 'FALSE', 'TrUe', 'fAlse', 'ja', '1', ' true', 'true ')), { minLength: 1, maxLength: 20 })])(
    'CSV and JSON agree on every boolean cell: exactly true/false in any case become booleans, anything else stays as written',
    async (cells) => {
      const text = cells.map((cell) => String(cell));
      const csv = await readText(`contactButtonClicked\n${text.map((cell) => `"${cell}"`).join('\n')}\n`, 'csv', { schema: SEARCH_SCHEMA });
      const json = await readText(JSON.stringify(cells.map((cell) => ({ contactButtonClicked: cell }))), 'json', { schema: SEARCH_SCHEMA });
      const expected = text.map((cell) => (/^(true|false)$/i.test(cell) ? cell.toLowerCase() === 'true' : cell));
      expect(csv.rows.map((row) => row.contactButtonClicked)).toEqual(expected);
      expect(json.rows.map((row) => row.contactButtonClicked)).toEqual(expected);
    },
  );
});
