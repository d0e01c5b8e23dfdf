import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  COMPARISON_OPERATORS,
  ENDPOINT_SCHEMAS,
  and,
  booleanLiteral,
  comparison,
  createDiagnostic,
  dateTimeLiteral,
  field,
  quoteLiteral,
  span,
  stringLiteral,
  type ComparisonNode,
  type ComparisonOperator,
  type DiagnosticInit,
  type LiteralNode,
  type Schema,
} from '@pcaq/core';
import { CHECK_RULES, checkFilter, type RuleContext } from '@pcaq/checker';
import { FAMILY_EXAMPLE_SCHEMA } from '@pcaq/testing';

// The checker runs on each comparison only the rules whose `appliesTo` says they can report on
// its field (docs/performance.md, "Parsing"). The reference here runs every rule's hook on every
// comparison, as the checker did before: both must give the same diagnostics, fixes included.

/** Every rule's comparison hook on every comparison, sorted by position as the checker sorts. */
function everyHook(comparisons: readonly ComparisonNode[], text: string, schema: Schema) {
  const found: DiagnosticInit[] = [];
  const context: RuleContext = { text, schema, report: (init) => found.push(init) };
  for (const node of comparisons) for (const rule of CHECK_RULES) rule.comparison?.(node, context);
  return found.sort((a, b) => a.span.start - b.span.start).map((init) => createDiagnostic(text, init));
}

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';

/** Names of the schema (any field, filterable or not), the same in other case, near misses, non-names. */
function names(schema: Schema): fc.Arbitrary<string> {
  const defined = schema.fields.map((f) => f.name);
  return fc.oneof(
    fc.constantFrom(...defined),
    fc.constantFrom(...defined).map((n) => n.toUpperCase()),
    fc.constantFrom(...defined).map((n) => n.slice(0, -1)),
    fc.constantFrom('productid', 'Channel', 'unknownField', 'a b', '1st', ''),
  );
}

/** Values of every kind, including the ones the rules report: braced GUIDs, enum values in other case, bad dates. */
function values(schema: Schema): fc.Arbitrary<string> {
  const enumValues = schema.fields.flatMap((f) => f.values ?? []);
  return fc.oneof(
    fc.constantFrom(GUID, `{${GUID}}`, 'x', '', "O'Brien", 'true', 'FALSE', '2018-01-01', '2018-02-30', '2018-01-01T10:00:00Z'),
    enumValues.length > 0 ? fc.constantFrom(...enumValues).chain((v) => fc.constantFrom(v, v.toLowerCase(), v.toUpperCase())) : fc.constant('Office'),
    fc.string({ maxLength: 4 }),
  );
}

interface Written {
  readonly text: string;
  readonly literal: (at: number) => LiteralNode;
}

/** A literal and the text the canonical printer writes for it. */
function literals(schema: Schema): fc.Arbitrary<Written> {
  return fc.oneof(
    values(schema).map((v) => ({ text: quoteLiteral(v), literal: (at: number) => stringLiteral(v, span(at, at + quoteLiteral(v).length)) })),
    fc.boolean().map((v) => ({ text: String(v), literal: (at: number) => booleanLiteral(v, span(at, at + String(v).length)) })),
    values(schema).map((v) => {
      const written = `cast(${quoteLiteral(v)}, Edm.DateTimeOffset)`;
      return { text: written, literal: (at: number) => dateTimeLiteral(v, 'cast', span(at, at + written.length)) };
    }),
    fc.constantFrom('2018-01-01', '2018-01-01T10:00:00Z').map((v) => ({ text: v, literal: (at: number) => dateTimeLiteral(v, 'bare', span(at, at + v.length)) })),
  );
}

/** Comparisons joined by `and`, with their text and real spans (so fixes are offered where they hold). */
function filters(schema: Schema) {
  const one = fc.record({ name: names(schema), operator: fc.constantFrom<ComparisonOperator>(...COMPARISON_OPERATORS), literal: literals(schema) });
  return fc.array(one, { minLength: 1, maxLength: 6 }).map((parts) => {
    let text = '';
    const comparisons: ComparisonNode[] = [];
    for (const { name, operator, literal } of parts) {
      if (text !== '') text += ' and ';
      const start = text.length;
      if (operator === 'contains') {
        // contains takes text only: a string literal.
        const value = literal.text.startsWith("'") ? literal : { text: "'x'", literal: (at: number) => stringLiteral('x', span(at, at + 3)) };
        text += `contains(${name},`;
        const written = value.literal(text.length) as ReturnType<typeof stringLiteral>;
        text += `${value.text})`;
        comparisons.push(comparison(field(name, span(start + 'contains('.length, start + 'contains('.length + name.length)), 'contains', written, span(start, text.length)));
      } else {
        text += `${name} ${operator} `;
        const value = literal.literal(text.length);
        text += literal.text;
        comparisons.push(comparison(field(name, span(start, start + name.length)), operator, value, span(start, text.length)));
      }
    }
    return { text, comparisons };
  });
}

const SCHEMAS: readonly Schema[] = [...Object.values(ENDPOINT_SCHEMAS), FAMILY_EXAMPLE_SCHEMA];

describe('rules run only where they can report', () => {
  for (const schema of SCHEMAS) {
    test.prop([filters(schema)], { numRuns: 150 })(`the checker reports what every rule on every comparison reports (${schema.name})`, ({ text, comparisons }) => {
      const tree = comparisons.length === 1 ? comparisons[0]! : and(comparisons);
      expect(checkFilter(tree, text, { schema })).toEqual(everyHook(comparisons, text, schema));
    });
  }
});
