import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkedQuery, comparison, field, groupByField, stringLiteral, type CheckedQuery, type FieldDefinition, type Row, type RowValue, type Schema } from '@pcaq/core';
import { evaluate } from '@pcaq/evaluator';

// The evaluator reads rows through the schema's row shape (docs/evaluation.md, "Rows"): these
// schemas are built by hand, with counts, aliases and GUIDs the licence schema does not have.
const DAY = '2018-10-14T00:00:00';
const text = (name: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({ name, kind: 'string', filterable: true, groupable: true, ...extra });
const count = (name: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({ name, kind: 'count', filterable: false, groupable: false, ...extra });
const schemaOf = (...fields: FieldDefinition[]): Schema => ({ name: 'hand-built', fields: [...fields, { name: 'processedDateTime', kind: 'datetime', filterable: false, groupable: false }] });
// The evaluator takes a checked query (docs/architecture.md, "The checked query"); its package
// does not parse, so these queries are built from the core factories, as the builder builds them.
const query = (schema: Schema, parts: Partial<Pick<CheckedQuery, 'filter' | 'groupby' | 'top'>> = {}): CheckedQuery => checkedQuery({ schema, top: 10_000, skip: 0, ...parts });
const groupBy = (...names: string[]) => names.map((name) => groupByField(name));

describe('rows of a hand-built schema', () => {
  it('reads an alias of a text field as the field', () => {
    const schema = schemaOf(text('market', { aliases: ['marketName'] }), count('seats'));
    const outcome = evaluate([{ marketName: 'EU', seats: 1, processedDateTime: DAY }], query(schema, { filter: comparison(field('market'), 'eq', stringLiteral('eu')) }));
    expect(outcome.ok && outcome.value).toEqual([{ market: 'EU', seats: 1, processedDateTime: DAY }]);
  });

  it('checks and converts only the counts the schema names', () => {
    const schema = schemaOf(text('market'), count('seats'));
    const outcome = evaluate([{ market: 'EU', seats: '7', licensesActive: 'x', processedDateTime: DAY }], query(schema));
    expect(outcome.ok && outcome.value).toEqual([{ market: 'EU', seats: 7, licensesActive: 'x', processedDateTime: DAY }]);
    const bad = evaluate([{ market: 'EU', seats: -1, processedDateTime: DAY }], query(schema));
    expect(bad.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['PCAQ0501', 1, 1]]);
  });

  it('compares a GUID field of the schema ignoring case, even case-sensitively', () => {
    const schema = schemaOf({ name: 'partnerId', kind: 'guid', filterable: true, groupable: true }, count('seats'));
    const guid = '0112A436-B14E-4888-967B-CA4BB2CF1234';
    const rows = [
      { partnerId: guid, seats: 1, processedDateTime: DAY },
      { partnerId: guid.toLowerCase(), seats: 2, processedDateTime: DAY },
    ];
    const outcome = evaluate(rows, query(schema, { groupby: groupBy('partnerId') }), { caseSensitive: true });
    expect(outcome.ok && outcome.value).toEqual([{ partnerId: guid, seats: 3, processedDateTime: DAY }]);
  });

  it('gives a count whose aggregate is rows the group size, not a sum', () => {
    const schema = schemaOf(text('market'), count('seats'), count('rowCount', { aggregate: 'rows', groupedOnly: true }));
    const rows = [
      { market: 'EU', seats: 5, processedDateTime: DAY },
      { market: 'eu', seats: 6, processedDateTime: DAY },
      { market: 'US', seats: null, processedDateTime: DAY },
    ];
    const outcome = evaluate(rows, query(schema, { groupby: groupBy('market') }));
    expect(outcome.ok && outcome.value).toEqual([
      { market: 'EU', seats: 11, rowCount: 2, processedDateTime: DAY },
      { market: 'US', seats: 0, rowCount: 1, processedDateTime: DAY },
    ]);
  });

  it('groups a schema without counts into the group fields and the processed date', () => {
    const schema = schemaOf(text('market'));
    const outcome = evaluate([{ market: 'EU', processedDateTime: DAY }], query(schema, { groupby: groupBy('market') }));
    expect(outcome.ok && outcome.value).toEqual([{ market: 'EU', processedDateTime: DAY }]);
  });
});

// The class: any number of count fields (none, fewer than the two the group keeps as numbers,
// more), any counts (numbers, bigints, digit strings past 2^53, missing): a grouped row holds the
// group field, every count in schema order and the processed date, each an exact sum.
const countValue: fc.Arbitrary<RowValue> = fc.oneof(
  fc.constant(null),
  fc.nat(),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.bigInt({ min: 0n, max: 2n ** 80n }),
  fc.bigInt({ min: 0n, max: 2n ** 80n }).map(String),
);
const shapeAndRows = fc.integer({ min: 0, max: 4 }).chain((counts) => {
  const names = Array.from({ length: counts }, (_, i) => `count${i}`);
  const row = fc.record(Object.fromEntries([['market', fc.constantFrom('EU', 'eu', 'US', null)], ...names.map((name) => [name, countValue])])) as fc.Arbitrary<Row>;
  return fc.tuple(fc.constant(names), fc.array(row, { maxLength: 30 }));
});

describe('grouped rows of generated schemas', () => {
  test.prop([shapeAndRows])('hold the group field, every count in schema order and the date, summed exactly', ([names, given]) => {
    const schema = schemaOf(text('market'), ...names.map((name) => count(name)));
    const rows: Row[] = given.map((row) => ({ ...row, processedDateTime: DAY }));
    const outcome = evaluate(rows, query(schema, { groupby: groupBy('market'), top: 10_000 }));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    for (const group of outcome.value) {
      expect(Object.keys(group)).toEqual(['market', ...names, 'processedDateTime']);
      const key = typeof group.market === 'string' ? group.market.toLowerCase() : null;
      const members = rows.filter((row) => (typeof row.market === 'string' ? row.market.toLowerCase() : null) === key);
      for (const name of names) {
        const expected = members.reduce((sum, row) => sum + BigInt((row[name] as number | bigint | string | null) ?? 0), 0n);
        const actual = group[name];
        expect(typeof actual === 'bigint' ? actual > BigInt(Number.MAX_SAFE_INTEGER) : Number.isSafeInteger(actual)).toBe(true);
        expect(BigInt(actual as number | bigint)).toBe(expected);
      }
    }
  });
});
