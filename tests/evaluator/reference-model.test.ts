import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { assertNever, comparison, field, groupByNames, stringLiteral, type FilterNode } from '@pcaq/core';
import type { Row } from '@pcaq/evaluator';
import { compileQuery } from 'pcaq';
import { filterTree } from '@pcaq/testing';

// The folding docs/evaluation.md decides on, written the naive way: each code point's simple lower
// case (İ is i), then ς as σ.
const naiveFold = (text: string): string => Array.from(text, (c) => (c === 'İ' ? 'i' : c.toLowerCase())).join('').replaceAll('ς', 'σ');

// A deliberately naive model of docs/evaluation.md, "Semantics", written for clarity, not speed: lower-case both
// sides of every comparison, sort the days, build string keys for groups, sum with bigints.
interface ModelQuery {
  readonly filter?: FilterNode;
  readonly groupby?: readonly string[];
  readonly top: number;
  readonly skip: number;
  readonly processedDateTime?: string;
}

const GUID_FIELDS = ['customerTenantId', 'productId'];

function naiveEvaluate(rows: readonly Row[], query: ModelQuery, caseSensitive: boolean, all: boolean) {
  const dayOf = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '');
  const days = rows.map((row) => dayOf(row['processedDateTime'])).sort();
  const day = query.processedDateTime !== undefined ? dayOf(query.processedDateTime) : (days[days.length - 1] ?? '');
  const comparable = (name: string, value: unknown) => {
    if (value === null || value === undefined) return null;
    const text = String(value);
    return caseSensitive && !GUID_FIELDS.includes(name) ? text : naiveFold(text);
  };
  const passes = (node: FilterNode, row: Row): boolean => {
    switch (node.type) {
      case 'Logical':
        return node.operator === 'and' ? node.operands.every((o) => passes(o, row)) : node.operands.some((o) => passes(o, row));
      case 'Comparison': {
        const actual = comparable(node.field.name, row[node.field.name]);
        const equal = actual !== null && actual === comparable(node.field.name, node.value.value);
        return node.operator === 'eq' ? equal : !equal;
      }
      default:
        return assertNever(node);
    }
  };
  const kept = rows.filter((row) => dayOf(row['processedDateTime']) === day && (!query.filter || passes(query.filter, row)));
  let result: Row[] = kept;
  if (query.groupby && query.groupby.length > 0) {
    const fields = query.groupby;
    const groups = new Map<string, { first: Row; active: bigint; qualified: bigint }>();
    for (const row of kept) {
      const key = JSON.stringify(fields.map((name) => comparable(name, row[name])));
      const group = groups.get(key) ?? { first: row, active: 0n, qualified: 0n };
      group.active += BigInt(row['licensesActive'] ?? 0);
      group.qualified += BigInt(row['licensesQualified'] ?? 0);
      groups.set(key, group);
    }
    const exact = (sum: bigint) => (sum <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sum) : sum);
    result = [...groups.values()].map((group) => {
      const row: Record<string, Row[string]> = {};
      for (const name of fields) row[name] = group.first[name] ?? null;
      row['licensesActive'] = exact(group.active);
      row['licensesQualified'] = exact(group.qualified);
      row['processedDateTime'] = group.first['processedDateTime'] ?? null;
      return row;
    });
  }
  const value = all ? result : result.slice(query.skip, query.skip + query.top);
  const hasMore = !all && query.skip + query.top < result.length;
  return { value, totalCount: result.length, hasMore };
}

// Values chosen to collide: case variants, quotes, non-ASCII and astral text, a lower case that is
// longer than the upper case in JavaScript (İ), the Greek final sigma, GUIDs in both cases; rows may lack a field or hold null.
const TEXTS = ['SFB', 'sfb', 'Sfb', 'EXO', '\u212Aelvin', 'kelvin', 'Reseller', 'reseller', 'RESELLER', "O'Brien", "o'brien", 'Ünïcode', 'ÜNÏCODE', '𝒜', 'İ', 'i̇', 'i', 'ΟΔΟΣ', 'οδος', 'Σ', ''];
const GUIDS = ['0112A436-B14E-4888-967B-CA4BB2CF1234', '0112a436-b14e-4888-967b-ca4bb2cf1234', '45A2423B-E884-448D-A831-D9E139C52D2F'];
const TEXT_FIELDS = ['workloadCode', 'channel', 'productName'];
const DATES = ['2018-10-14T00:00:00', '2018-10-14T12:00:00Z', '2018-10-15T00:00:00', '2018-09-14', null];
const COUNTS = [0, 1, 7, 1000, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, null];

const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 5 });
const rowArbitrary: fc.Arbitrary<Row> = fc
  .record({
    workloadCode: maybe(fc.option(fc.constantFrom(...TEXTS))),
    channel: maybe(fc.option(fc.constantFrom(...TEXTS))),
    productName: maybe(fc.constantFrom(...TEXTS)),
    customerTenantId: maybe(fc.constantFrom(...GUIDS)),
    licensesActive: fc.constantFrom(...COUNTS),
    licensesQualified: fc.constantFrom(...COUNTS),
    processedDateTime: fc.constantFrom(...DATES),
  })
  .map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as Row);

// docs/evaluation.md, "Input tolerance": the page's spelling `licenseActive`, and counts given as
// numeric strings. The model reads such rows with its own naive normalisation.
const inputRowArbitrary: fc.Arbitrary<Row> = fc.tuple(rowArbitrary, fc.boolean(), fc.boolean()).map(([row, alias, strings]) => {
  const spelled: Record<string, Row[string]> = {};
  for (const [key, value] of Object.entries(row)) {
    const isCount = key === 'licensesActive' || key === 'licensesQualified';
    spelled[alias && key === 'licensesActive' ? 'licenseActive' : key] = strings && isCount && typeof value === 'number' ? String(value) : value;
  }
  return spelled;
});

function naiveNormalise(row: Row): Row {
  const normal: Record<string, Row[string]> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = key === 'licenseActive' && !('licensesActive' in row) ? 'licensesActive' : key;
    const isCount = name === 'licensesActive' || name === 'licensesQualified';
    normal[name] = isCount && typeof value === 'string' ? Number(BigInt(value)) : value;
  }
  return normal;
}

const filterArbitrary: fc.Arbitrary<FilterNode> = filterTree(
  fc
    .oneof(
      fc.tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq' as const, 'ne' as const), fc.constantFrom(...TEXTS)),
      fc.tuple(fc.constant('customerTenantId'), fc.constantFrom('eq' as const, 'ne' as const), fc.constantFrom(...GUIDS)),
    )
    .map(([name, op, value]) => comparison(field(name), op, stringLiteral(value))),
);

const queryArbitrary = fc.record(
  {
    filter: filterArbitrary,
    groupby: fc.subarray([...TEXT_FIELDS, 'customerTenantId'], { minLength: 1 }),
    top: fc.integer({ min: 1, max: 6 }),
    skip: fc.integer({ min: 0, max: 8 }),
    processedDateTime: fc.constantFrom('2018-10-14', '2018-10-15T08:00:00', '2017-01-01'),
  },
  { requiredKeys: [] },
);

async function* asStream(rows: readonly Row[]): AsyncGenerator<Row> {
  for (const row of rows) yield row;
}

describe('the compiled evaluator', () => {
  it.prop([fc.array(inputRowArbitrary, { maxLength: 40 }), queryArbitrary, fc.boolean(), fc.boolean()], { numRuns: 300 })(
    'agrees with the naive model',
    (rows, query, caseSensitive, all) => {
      const compiled = compileQuery(query, { caseSensitive });
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
      const expected = naiveEvaluate(rows.map(naiveNormalise), { ...compiled.query, groupby: groupByNames(compiled.query) }, caseSensitive, all);
      const actual = compiled.evaluate(rows, { all });
      if (!actual.ok) throw new Error(actual.diagnostics.map((d) => d.message).join('; '));
      expect(actual.value).toEqual(expected.value);
      expect(actual.totalCount).toBe(expected.totalCount);
      expect(actual.nextLink !== null).toBe(expected.hasMore);
    },
  );

  it.prop([fc.array(inputRowArbitrary, { maxLength: 40 }), queryArbitrary, fc.boolean(), fc.boolean()], { numRuns: 150 })(
    'gives the same answer streamed (one pass) as in memory (two passes)',
    async (rows, query, caseSensitive, all) => {
      const compiled = compileQuery(query, { caseSensitive });
      if (!compiled.ok) throw new Error('unexpected diagnostics');
      expect(await compiled.evaluateAsync(asStream(rows), { all })).toEqual(compiled.evaluate(rows, { all }));
    },
  );
});
