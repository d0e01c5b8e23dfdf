// Test support (not a test file): generated rows and queries for the differential tests.
import fc from 'fast-check';
import { comparison, field, stringLiteral, type FilterNode, type Query } from '@pcaq/core';
import type { Row, RowValue } from '@pcaq/evaluator';
import { filterTree } from '@pcaq/testing';

// Spellings that compare equal ignoring case, non-ASCII letters, the letters where JavaScript's
// toLowerCase and SQL's lower() used to disagree (final sigma, dotted capital I, Kelvin sign; the
// one folding of docs/evaluation.md settles them), quotes, SQL pattern characters and backslashes
// (hostile for SQL text).
const TEXTS: Record<string, readonly string[]> = {
  workloadCode: ['SFB', 'sfb', 'Sfb', 'EXO', 'exo', 'ÄÖÜ', 'äöü', "O'Brien", '%_\\'],
  workloadName: ['Skype', 'skype', 'Exchange'],
  serviceCode: ['o365', 'O365', 'crm'],
  serviceName: ['Microsoft Office 365', 'MICROSOFT OFFICE 365'],
  channel: ['Reseller', 'reseller', 'RESELLER', 'Direct', 'Ünïcödé', 'ünïcödé', "x' OR 1=1 --", ' '],
  customerName: ['Contoso', 'CONTOSO', 'Fabrikam', 'Münchner Bäcker', '"quoted"', 'emoji 🦆', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'İSTANBUL', 'istanbul', 'i̇stanbul', '\u212Aelvin', 'kelvin'],
  productName: ['OFFICE 365 E3', 'Office 365 E3', 'INTUNE'],
};

const GUIDS = [
  '0112A436-B14E-4888-967B-CA4BB2CF1234',
  '0112a436-b14e-4888-967b-ca4bb2cf1234',
  '6FD2C87F-B296-42F0-B197-1E91E994B900',
  '45a2423b-e884-448d-a831-d9e139c52d2f',
];

const DATES = ['2018-10-14T00:00:00', '2018-10-14T00:00:00', '2018-10-14T06:30:00Z', '2018-09-14T00:00:00', '2018-09-14', 'not a date'];

export const TEXT_FIELDS = [...Object.keys(TEXTS), 'customerTenantId', 'productId'] as const;

function valuesOf(name: string): readonly string[] {
  return name === 'customerTenantId' || name === 'productId' ? GUIDS : TEXTS[name]!;
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { freq: 6, nil: null });

/** A count as readers give it: a number while safe, a bigint past 2^53 (up to 2^62, so sums pass 2^63). */
const count: fc.Arbitrary<RowValue> = maybe(
  fc.oneof(
    { weight: 4, arbitrary: fc.nat(1000) },
    { weight: 1, arbitrary: fc.bigInt(2n ** 52n, 2n ** 62n).map((n) => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n)) },
  ),
);

export const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  workloadCode: maybe(fc.constantFrom(...valuesOf('workloadCode'))),
  workloadName: maybe(fc.constantFrom(...valuesOf('workloadName'))),
  serviceCode: maybe(fc.constantFrom(...valuesOf('serviceCode'))),
  serviceName: maybe(fc.constantFrom(...valuesOf('serviceName'))),
  channel: maybe(fc.constantFrom(...valuesOf('channel'))),
  customerTenantId: maybe(fc.constantFrom(...GUIDS)),
  customerName: maybe(fc.constantFrom(...valuesOf('customerName'))),
  productId: maybe(fc.constantFrom(...GUIDS)),
  productName: maybe(fc.constantFrom(...valuesOf('productName'))),
  licensesActive: count,
  licensesQualified: count,
  processedDateTime: maybe(fc.constantFrom(...DATES)),
});

const comparisonArbitrary: fc.Arbitrary<FilterNode> = fc
  .constantFrom(...TEXT_FIELDS)
  .chain((name) =>
    fc.tuple(fc.constant(name), fc.constantFrom('eq' as const, 'ne' as const), fc.constantFrom(...valuesOf(name), ...(name.endsWith('Id') ? [] : ['absent']))),
  )
  .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value)));

/** Depth-bounded filters: comparisons joined by `and`/`or` (flattened by the core factories). */
export const filterArbitrary: fc.Arbitrary<FilterNode> = filterTree(comparisonArbitrary);

const optional = <T>(arbitrary: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { freq, nil: undefined });

/** Queries that usually find rows: the filter and a processed date are optional, the date mostly absent. */
export const queryArbitrary: fc.Arbitrary<Query> = fc
  .record({
    filter: optional(filterArbitrary, 3),
    groupby: optional(fc.subarray(['workloadCode', 'channel', 'customerTenantId', 'customerName', 'productName'], { minLength: 1, maxLength: 3 }), 2),
    top: optional(fc.integer({ min: 1, max: 6 }), 4),
    skip: optional(fc.integer({ min: 0, max: 6 }), 2),
    processedDateTime: optional(fc.constantFrom('2018-10-14', '2018-09-14T12:00:00', '2017-01-01'), 1),
  })
  .map((parts) => Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)) as Query);
