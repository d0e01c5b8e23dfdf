import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNever, comparison, field, logical, stringLiteral, type FilterNode } from '@pcaq/core';
import { quoteIdentifier, type SqlDialect, type SqlOutcome } from '@pcaq/sql';
import { compileSql } from 'pcaq';
import { TEXT_FIELDS, filterTree } from '@pcaq/testing';

// Values an attacker (or a messy export) might put in a literal or a name.
const HOSTILE = ["'", "''", '"', "x' OR 1=1 --", "'); DROP TABLE t; --", '$1', '$$', '\\', '%_', '/* */', '\n\r\t', '\0', 'İ🦆', ''];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 }));

const filterArbitrary = filterTree(
  fc
    .tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq' as const, 'ne' as const), hostileText)
    .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value))),
);

/** The same tree with every literal replaced by a harmless one. */
function withPlainValues(node: FilterNode): FilterNode {
  switch (node.type) {
    case 'Comparison':
      return comparison(node.field, node.operator, stringLiteral('v'));
    case 'Logical':
      return logical(node.operator, node.operands.map(withPlainValues));
    default:
      return assertNever(node);
  }
}

function valuesOf(node: FilterNode): string[] {
  switch (node.type) {
    case 'Comparison':
      return [String(node.value.value)];
    case 'Logical':
      return node.operands.flatMap(valuesOf);
    default:
      return assertNever(node);
  }
}

function textOf(outcome: SqlOutcome): string {
  if (!outcome.ok) throw new Error(outcome.diagnostics.map((d) => d.code).join(', '));
  return outcome.text;
}

describe.each<SqlDialect>(['duckdb', 'postgres'])('%s: nothing the user gives reaches the SQL text', (dialect) => {
  it('hostile literals never change the text, and are bound as they are, in order', () => {
    fc.assert(
      fc.property(filterArbitrary, fc.boolean(), (filter, caseSensitive) => {
        const options = { dialect, source: 'license_usage', caseSensitive };
        const hostile = compileSql({ filter }, options);
        expect(textOf(hostile)).toBe(textOf(compileSql({ filter: withPlainValues(filter) }, options)));
        expect(hostile.ok && hostile.params.slice(0, -2)).toEqual(valuesOf(filter));
      }),
      { numRuns: 200 },
    );
  });

  it('a hostile table name changes only its own quoted identifier', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\0'));
    fc.assert(
      fc.property(name, fc.constantFrom('', 'ordinal'), (table, ordinal) => {
        const source = { kind: 'table', name: [table], ...(ordinal ? { ordinal: table } : {}) } as const;
        const plain = { kind: 'table', name: ['t'], ...(ordinal ? { ordinal: 't' } : {}) } as const;
        const text = textOf(compileSql({ groupby: 'channel' }, { dialect, source }));
        expect(text.replaceAll(quoteIdentifier(table), '"t"')).toBe(textOf(compileSql({ groupby: 'channel' }, { dialect, source: plain })));
      }),
      { numRuns: 200 },
    );
  });
});
