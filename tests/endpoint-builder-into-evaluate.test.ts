import { describe, expect, it } from 'vitest';
import { ENDPOINT_SCHEMAS } from '@pcaq/core';
import { query } from '@pcaq/builder';
import { evaluate, type Row } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';

// A per-endpoint builder's CheckedQuery into the evaluator: two packages together, so it lives here.

const subscription = (subscriptionType: string, autoRenewEnabled: boolean, creationDate: string, productName: string, licenseCount: number): Row => ({
  subscriptionType,
  autoRenewEnabled,
  creationDate,
  productName,
  licenseCount,
});

const rows: Row[] = [
  subscription('Office', true, '2018-03-01T00:00:00', 'Office 365 E3', 5),
  subscription('Azure', true, '2018-04-01T00:00:00', 'Azure plan', 2),
  subscription('Office', false, '2018-05-01T00:00:00', 'Office 365 E5', 9),
  subscription('Office', true, '2017-12-31T23:59:59', 'Office 365 E1', 4),
  subscription('Office', true, '2019-01-01T00:00:00', 'Office 365 E5', 7),
];

describe('a subscriptions builder into evaluate', () => {
  const builder = query('subscriptions')
    .where('autoRenewEnabled').eq(true)
    .where('creationDate').gt(new Date(Date.UTC(2018, 0, 1)))
    .where('productName').contains('Office')
    .groupBy('subscriptionType');

  it('evaluates by the endpoint kinds: a boolean, a date as an instant, contains, its aggregates', () => {
    const outcome = evaluate(rows, builder.toChecked());
    expect(outcome.ok).toBe(true);
    // Rows 1 and 5 hold: row 2 is Azure, row 3 does not renew, row 4 is created before 2018.
    expect(outcome.ok && outcome.value).toMatchObject([{ subscriptionType: 'Office', licenseCount: 12, subscriptionCount: 2 }]);
  });

  it('gives what the same request written as text gives', () => {
    const fromText = checkQuery({ filter: builder.toString(), groupby: 'subscriptionType' }, { schema: ENDPOINT_SCHEMAS.subscriptions });
    expect(fromText.diagnostics).toEqual([]);
    expect(evaluate(rows, builder.toChecked())).toEqual(evaluate(rows, fromText.checked!));
  });
});
