import fc from 'fast-check';
import {
  DEFAULT_OPERATORS,
  and,
  booleanLiteral,
  comparison,
  dateTimeLiteral,
  field,
  or,
  stringLiteral,
  type FieldDefinition,
  type FilterNode,
  type LiteralNode,
  type Schema,
} from '@pcaq/core';

/**
 * A small schema with every kind of field the family's filter grammar narrows (docs/language.md,
 * "Operators and literals"), shaped like the subscriptions resource: a boolean, date-times taking
 * `eq ne gt ge lt le`, text taking `contains` (with and without `eq ne`), a GUID, plain text, and
 * two enums (one compared exactly, as the page says of `subscriptionType`).
 * The language's tests run on it until the endpoint schemas are in `@pcaq/core`.
 *
 * @example
 * ```ts
 * FAMILY_EXAMPLE_SCHEMA.fields.find((f) => f.name === 'autoRenewEnabled')?.kind; // 'boolean'
 * ```
 */
export const FAMILY_EXAMPLE_SCHEMA: Schema = {
  name: 'family example',
  fields: [
    { name: 'autoRenewEnabled', kind: 'boolean', filterable: true, groupable: true },
    { name: 'creationDate', kind: 'datetime', filterable: true, groupable: true, operators: ['eq', 'ne', 'gt', 'lt', 'ge', 'le'] },
    { name: 'lastUsageDate', kind: 'datetime', filterable: true, groupable: true, operators: ['eq', 'ne', 'gt', 'lt', 'ge', 'le'] },
    { name: 'productName', kind: 'string', filterable: true, groupable: true, operators: ['contains', 'eq', 'ne'] },
    { name: 'customerName', kind: 'string', filterable: true, groupable: true, operators: ['contains'] },
    { name: 'customerTenantId', kind: 'guid', filterable: true, groupable: true },
    { name: 'customerMarket', kind: 'string', filterable: true, groupable: true },
    { name: 'status', kind: 'enum', filterable: true, groupable: true, values: ['ACTIVE', 'SUSPENDED', 'DEPROVISIONED'] },
    { name: 'subscriptionType', kind: 'enum', filterable: true, groupable: true, caseSensitive: true, values: ['Office', 'Azure', 'Microsoft365', 'Dynamics', 'EMS'] },
    { name: 'licenseCount', kind: 'count', filterable: false, groupable: false },
  ],
};

/** Text with the characters that stress quoting, URLs and case folding. */
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("O'Brien", "''", 'Σ', 'ς', 'İ', '%20', '+&#=', '😀', 'TRUE', '2018-01-01', ''),
);

const GUIDS = ['0112A436-B14E-4888-967B-CA4BB2CF1234', '0112a436-b14e-4888-967b-ca4bb2cf1234', '8F4C2C68-1B9B-4E36-9B7A-0C9D1D5B6E2A'];

/**
 * ISO 8601 texts the language reads as dates (docs/language.md, "Dates"): date only, with minutes,
 * seconds and fractions, with `Z` or an offset, from instants near each other (so comparisons
 * land on both sides) and far apart (years 1 to 9999).
 *
 * @example
 * ```ts
 * fc.sample(isoDateText, 3); // ['2018-01-01', '2018-01-01T10:20:30.5Z', ...]
 * ```
 */
export const isoDateText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 2017, max: 2019 }), fc.integer({ min: 1, max: 9999 })),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.stringMatching(/^\d{1,7}$/))))), { nil: undefined }),
    fc.constantFrom('', 'Z', '+01:00', '-05:30', '+00:00'),
  )
  .map(([year, month, day, time, zone]) => {
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (time === undefined) return date;
    const [hour, minute, seconds] = time;
    const secondsText = seconds === null ? '' : `:${pad(seconds[0], 2)}${seconds[1] === null ? '' : `.${seconds[1]}`}`;
    return `${date}T${pad(hour, 2)}:${pad(minute, 2)}${secondsText}${zone}`;
  });

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A literal of the kind a field holds, as the checker accepts it (dates in the canonical cast form). */
function literalFor(definition: FieldDefinition, operator: string): fc.Arbitrary<LiteralNode> {
  if (operator === 'contains') return text.map((v) => stringLiteral(v));
  switch (definition.kind) {
    case 'boolean':
      return fc.boolean().map((v) => booleanLiteral(v));
    case 'datetime':
      return isoDateText.map((v) => dateTimeLiteral(v));
    case 'guid':
      return fc.constantFrom(...GUIDS).map((v) => stringLiteral(v));
    case 'enum':
      return fc.constantFrom(...(definition.values ?? [''])).map((v) => stringLiteral(v));
    default:
      return text.map((v) => stringLiteral(v));
  }
}

/**
 * One comparison the schema allows: a filterable field, one of its operators, a literal of its kind.
 *
 * @throws Error when the schema has no filterable field (a mistake in the test itself).
 * @example
 * ```ts
 * fc.sample(familyComparison(FAMILY_EXAMPLE_SCHEMA), 1); // [contains(productName,'x')]
 * ```
 */
export function familyComparison(schema: Schema): fc.Arbitrary<FilterNode> {
  const filterable = schema.fields.filter((f) => f.filterable);
  if (filterable.length === 0) throw new Error(`${schema.name} has no filterable field`);
  return fc
    .constantFrom(...filterable)
    .chain((definition) =>
      fc
        .constantFrom(...(definition.operators ?? DEFAULT_OPERATORS))
        .chain((operator) => literalFor(definition, operator).map((literal) => comparison(field(definition.name), operator, literal))),
    );
}

/**
 * Depth-bounded filter trees over a schema, every comparison one the checker accepts (see
 * {@link familyComparison}); flat and n-ary, as the parser builds them.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(familyFilterTree(FAMILY_EXAMPLE_SCHEMA), (tree) => checkFilter(tree, '', { schema: FAMILY_EXAMPLE_SCHEMA }).length === 0));
 * ```
 */
export function familyFilterTree(schema: Schema, depth = 3): fc.Arbitrary<FilterNode> {
  const leaf = familyComparison(schema);
  const { node } = fc.letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: depth, withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((operands) => and(operands)),
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((operands) => or(operands)),
    ),
  }));
  return node;
}

/**
 * Rows for a schema's filterable fields, with the values that make comparisons interesting: the
 * literals' own values in other cases, booleans as JSON and as text, dates in other forms and
 * offsets, text that is no date, and missing values.
 *
 * @example
 * ```ts
 * fc.sample(familyRows(FAMILY_EXAMPLE_SCHEMA), 1)[0]?.length; // 0..12
 * ```
 */
export function familyRows(schema: Schema): fc.Arbitrary<Record<string, string | boolean | null>[]> {
  const columns = schema.fields.filter((f) => f.filterable);
  const value = (definition: FieldDefinition): fc.Arbitrary<string | boolean | null> => {
    switch (definition.kind) {
      case 'boolean':
        return fc.oneof(fc.boolean(), fc.constantFrom('true', 'FALSE', 'True', 'yes', ''), fc.constant(null));
      case 'datetime':
        return fc.oneof(isoDateText, fc.constantFrom('2018-01-01', '2018-01-01T00:00:00', '2017-12-31T19:00:00-05:00', '2018-02-30', 'soon', '0001-01-01T00:00:00'), fc.constant(null));
      case 'guid':
        return fc.oneof(fc.constantFrom(...GUIDS), fc.constant(null));
      case 'enum': {
        const values = definition.values ?? [''];
        return fc.oneof(fc.constantFrom(...values), fc.constantFrom(...values).map((v) => v.toLowerCase()), fc.constant('UNKNOWN'), fc.constant(null));
      }
      default:
        return fc.oneof(text, text.map((t) => t.toUpperCase()), fc.constant(null));
    }
  };
  const row = fc.record(Object.fromEntries(columns.map((definition) => [definition.name, value(definition)])));
  return fc.array(row, { maxLength: 12 });
}
