import { describe, expect, it } from 'vitest';
import { LICENSE_USAGE_SCHEMA, type Schema } from '@pcaq/core';
import { compileQuery, evaluate, EvaluatorArgumentError } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';

// The evaluator takes the checked query only (docs/architecture.md, "The checked query").
const rows = [
  { channel: 'Reseller', workloadCode: 'SFB', licensesActive: 1, licensesQualified: 2, processedDateTime: '2018-10-14T00:00:00' },
  { channel: 'reseller', workloadCode: 'EXO', licensesActive: 3, licensesQualified: 4, processedDateTime: '2018-10-14T00:00:00' },
];

describe('the evaluator takes a checked query', () => {
  it('evaluates a checked query as it is, with no diagnostics of its own', () => {
    const { checked } = checkQuery({ filter: "channel eq 'RESELLER'", groupby: 'channel' });
    const outcome = evaluate(rows, checked!);
    expect(outcome).toMatchObject({ ok: true, diagnostics: [], totalCount: 1, value: [{ channel: 'Reseller', licensesActive: 4 }] });
  });

  it('refuses text: a query that was not checked is a bug in code, never evaluated', () => {
    expect(() => compileQuery({ filter: "channel eq 'x'" } as never)).toThrow(EvaluatorArgumentError);
    expect(() => evaluate(rows, { filter: "channel eq 'x'" } as never)).toThrow(/checked query/);
  });

  it('reads the fields from the schema the query was checked against', () => {
    // A schema where channel is a GUID field: it then compares ignoring case even with caseSensitive.
    const schema: Schema = { ...LICENSE_USAGE_SCHEMA, fields: LICENSE_USAGE_SCHEMA.fields.map((f) => (f.name === 'channel' ? { ...f, kind: 'guid' as const } : f)) };
    const guid = '0112a436-b14e-4888-967b-ca4bb2cf1234';
    const data = [{ channel: guid.toUpperCase(), licensesActive: 1, licensesQualified: 1, processedDateTime: '2018-10-14T00:00:00' }];
    const custom = checkQuery({ filter: `channel eq '${guid}'` }, { schema }).checked!;
    const standard = checkQuery({ filter: `channel eq '${guid}'` }).checked!;
    expect(compileQuery(custom, { caseSensitive: true }).evaluate(data)).toMatchObject({ ok: true, totalCount: 1 });
    expect(compileQuery(standard, { caseSensitive: true }).evaluate(data)).toMatchObject({ ok: true, totalCount: 0 });
  });
});
