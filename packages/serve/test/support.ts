// Test support (not a test file): generated rows and queries, files in a temporary directory, requests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { comparison, field, logical, stringLiteral, type FilterNode, type Query } from '@pcaq/core';
import { compileQuery, type CompiledQuery, type Row } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';

export const PATH = '/v1/analytics/commercial/usage/license/';
export const AUTH = { Authorization: 'Bearer test-token' };

const VALUES = {
  workloadCode: ['SFB', 'sfb', 'EXO', "O'Brien"],
  workloadName: ['Skype', 'Exchange'],
  serviceCode: ['o365', 'O365'],
  serviceName: ['Microsoft Office 365'],
  channel: ['Reseller', 'reseller', 'Direct', 'Ünïcödé'],
  customerTenantId: ['0112A436-B14E-4888-967B-CA4BB2CF1234', '0112a436-b14e-4888-967b-ca4bb2cf1234', '6FD2C87F-B296-42F0-B197-1E91E994B900'],
  customerName: ['Contoso', 'CONTOSO', 'Münchner Bäcker', 'emoji 🦆'],
  productId: ['45a2423b-e884-448d-a831-d9e139c52d2f', '6FD2C87F-B296-42F0-B197-1E91E994B900'],
  productName: ['OFFICE 365 E3', 'INTUNE'],
} as const;
type TextField = keyof typeof VALUES;
const TEXT_FIELDS = Object.keys(VALUES) as TextField[];

const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { freq: 8, nil: null });

/** Rows with every field present (a missing value is null), small counts, two processed dates. */
export const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  ...(Object.fromEntries(TEXT_FIELDS.map((name) => [name, maybe(fc.constantFrom(...VALUES[name]))])) as Record<TextField, fc.Arbitrary<string | null>>),
  licensesActive: maybe(fc.nat(1000)),
  licensesQualified: maybe(fc.nat(1000)),
  processedDateTime: fc.constantFrom('2018-10-14T00:00:00', '2018-10-14T00:00:00', '2018-09-14T00:00:00'),
});

const comparisonArbitrary: fc.Arbitrary<FilterNode> = fc
  .constantFrom(...TEXT_FIELDS)
  .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom('eq' as const, 'ne' as const), fc.constantFrom<string>(...VALUES[name])))
  .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value)));

const filterArbitrary: fc.Arbitrary<FilterNode> = fc.oneof(
  comparisonArbitrary,
  fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(comparisonArbitrary, { minLength: 2, maxLength: 3 })).map(([operator, operands]) => logical(operator, operands)),
);

/** Valid queries: an optional filter and groupby, small pages, sometimes a processed date. */
export const queryArbitrary: fc.Arbitrary<Query> = fc.record(
  {
    filter: filterArbitrary,
    groupby: fc.uniqueArray(fc.constantFrom(...TEXT_FIELDS), { minLength: 1, maxLength: 2 }),
    top: fc.integer({ min: 1, max: 7 }),
    skip: fc.integer({ min: 0, max: 12 }),
    processedDateTime: fc.constantFrom('2018-09-14', '2018-10-14T00:00:00'),
  },
  { requiredKeys: [] },
);

/** A temporary directory, removed by `remove`. */
export function temporaryDirectory(): { readonly path: string; file(name: string, text: string): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'pcaq-serve-'));
  return {
    path,
    file(name, text) {
      const file = join(path, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** A GET with a bearer token and any other headers. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers: { ...AUTH, ...headers } });
}

/**
 * The evaluator's compiled form of a text query, checked once as the server checks a request
 * (docs/architecture.md, "The checked query"), with nextLinks on PATH; undefined for a query with errors.
 */
export function compiledText(query: Query): CompiledQuery | undefined {
  const { checked } = checkQuery(query);
  return checked === undefined ? undefined : compileQuery(checked, { basePath: PATH });
}
