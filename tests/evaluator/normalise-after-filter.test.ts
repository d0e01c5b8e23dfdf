import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { checkedQuery, ENDPOINT_SCHEMAS, groupByField, rowShape, type FilterNode, type Schema } from '@pcaq/core';
import { compileQuery, type Row } from '@pcaq/evaluator';
import { endpointRow, familyFilterTree, type GeneratedRow } from '@pcaq/testing';

// The evaluator checks every row before the filter but normalises a row in full only after it,
// and only when the result keeps the row (docs/evaluation.md, "Performance design"). The answer
// must be the one of normalising every row first: here, rows are normalised first by an
// evaluation without a filter (which normalises before anything), then evaluated again.

/** A row with some values written as a looser export writes them: booleans as text, counts as text, aliases. */
function loosened(schema: Schema): fc.Arbitrary<Row> {
  const shape = rowShape(schema);
  const aliasOf = new Map([...shape.aliases].map(([alias, name]) => [name, alias]));
  return fc.tuple(endpointRow(schema), fc.array(fc.nat(), { minLength: 40, maxLength: 40 })).map(([row, dice]: [GeneratedRow, number[]]) => {
    const out: Record<string, Row[string]> = {};
    Object.entries(row).forEach(([name, value], i) => {
      const die = dice[i % dice.length]! % 4;
      let key = name;
      let written: Row[string] = typeof value === 'bigint' ? value : (value as Row[string]);
      if (shape.booleanFields.has(name) && typeof value === 'boolean' && die === 0) written = value ? 'TRUE' : 'False';
      if (shape.countFields.has(name) && typeof value === 'number' && die === 1) written = ` ${value} `;
      if (aliasOf.has(name) && die === 2) key = aliasOf.get(name)!;
      out[key] = written;
    });
    return out;
  });
}

const endpoints = Object.values(ENDPOINT_SCHEMAS);

describe('normalising after the filter gives the answer of normalising first', () => {
  for (const schema of endpoints) {
    const groupable = schema.fields.filter((f) => f.groupable).map((f) => f.name);
    it.prop(
      [fc.array(loosened(schema), { maxLength: 30 }), familyFilterTree(schema), fc.option(fc.constantFrom(...groupable), { nil: undefined }), fc.nat({ max: 5 }), fc.integer({ min: 1, max: 8 })],
      { numRuns: 80 },
    )(`${schema.endpoint?.id ?? schema.name}`, (rows, filter: FilterNode, groupBy, skip, top) => {
      const everything = compileQuery(checkedQuery({ schema, top: 10_000, skip: 0 })).evaluate(rows, { all: true });
      const query = checkedQuery({ schema, filter, ...(groupBy === undefined ? {} : { groupby: [groupByField(groupBy)] }), top, skip });
      const raw = compileQuery(query).evaluate(rows);
      if (!everything.ok) {
        // A bad row voids both answers alike.
        expect(raw.ok).toBe(false);
        return;
      }
      const normalisedFirst = compileQuery(query).evaluate(everything.value);
      expect(raw).toEqual(normalisedFirst);
    });
  }
});
