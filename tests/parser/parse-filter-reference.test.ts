import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ENDPOINT_SCHEMAS, comparisonsOf, createDiagnostic, type Diagnostic, type DiagnosticInit, type FilterNode, type Schema } from '@pcaq/core';
import { CHECK_RULES, type RuleContext } from '@pcaq/checker';
import { parseFilter } from '@pcaq/linter';
import { parseFilterSyntax } from '@pcaq/parser';
import { FAMILY_EXAMPLE_SCHEMA } from '@pcaq/testing';
import { runRule } from '../../packages/parser/src/grammar.js';
import { lex } from '../../packages/parser/src/lexer.js';
import { normalizeEveryToken } from '../../packages/parser/src/normalize-filter.js';
import { filterAst } from '../../packages/parser/src/visitor.js';

// parseFilter reads well-formed text on fast paths (docs/performance.md, "Parsing"): a scanner,
// a check that the normaliser has nothing to do, a recursive descent, and a checker that runs on
// each comparison only the rules that can report on its field. The slow way is kept as the
// reference: every token through the normaliser, chevrotain's parser and the CST visitor, then
// every rule on every comparison. On random filters of every endpoint, mistakes included, both
// must give the same tree and the same diagnostics.

/** The tree the normaliser, chevrotain's parser and the visitor give, or undefined on any syntax problem. */
function slowTree(text: string): FilterNode | undefined {
  const raw = lex(text);
  if (raw.length === 0) return undefined;
  const normalized = normalizeEveryToken(text, raw);
  if (!normalized.parsable || normalized.diagnostics.length > 0) return undefined;
  const { cst, errors } = runRule('filter', normalized.tokens);
  return errors.length === 0 ? filterAst(cst) : undefined;
}

/** Every rule's comparison hook on every comparison. */
function everyRule(tree: FilterNode, text: string, schema: Schema): Diagnostic[] {
  const found: DiagnosticInit[] = [];
  const context: RuleContext = { text, schema, report: (init) => found.push(init) };
  for (const node of comparisonsOf(tree)) for (const rule of CHECK_RULES) rule.comparison?.(node, context);
  return found.map((init) => createDiagnostic(text, init));
}

const byPlace = (a: Diagnostic, b: Diagnostic): number => a.span.start - b.span.start || a.code.localeCompare(b.code);

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';
const OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
/** Words the fast path must leave to the normaliser where they stand for a field or an operator. */
const TRAPS = ['And', 'EQ', 'not', 'has', 'Contains', 'true', 'cast', 'in', 'startswith', 'NE'];

const quote = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** Comparisons of a schema's fields and near misses, with literals of every kind, in random spacing. */
function filterText(schema: Schema): fc.Arbitrary<string> {
  const defined = schema.fields.map((f) => f.name);
  const enumValues = schema.fields.flatMap((f) => f.values ?? []);
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...defined) },
    fc.constantFrom(...defined).map((n) => n.toLowerCase()),
    fc.constantFrom(...defined).map((n) => n.slice(0, -1)),
    fc.constantFrom(...TRAPS),
  );
  const value = fc.oneof(
    fc.constantFrom(GUID, `{${GUID}}`, 'x', '', "O'Brien", 'true', 'FALSE', '2018-01-01', '2018-02-30', '2018-01-01T10:00:00Z'),
    enumValues.length > 0 ? fc.constantFrom(...enumValues).chain((v) => fc.constantFrom(v, v.toLowerCase())) : fc.constant('Office'),
  );
  const literal = fc.oneof(
    { weight: 4, arbitrary: value.map(quote) },
    fc.constantFrom('true', 'false', '2018-01-01', '2018-01-01T10:00:00Z'),
    value.map((v) => `cast(${quote(v)}, Edm.DateTimeOffset)`),
  );
  const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '');
  const comparison = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(name, fc.constantFrom(...OPERATORS, ...TRAPS.slice(0, 2)), literal, space, space).map(([n, op, lit, s1, s2]) => `${n} ${s1}${op} ${s2}${lit}`) },
    fc.tuple(name, value, space).map(([n, v, s]) => `contains(${s}${n},${s}${quote(v)})`),
  );
  const { expression } = fc.letrec<{ expression: string }>((tie) => ({
    expression: fc.oneof(
      { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
      comparison,
      fc.tuple(tie('expression'), fc.constantFrom('and', 'or'), tie('expression')).map(([a, op, b]) => `${a} ${op} ${b}`),
      tie('expression').map((inner) => `(${inner})`),
    ),
  }));
  return expression;
}

const SCHEMAS: readonly Schema[] = [...Object.values(ENDPOINT_SCHEMAS), FAMILY_EXAMPLE_SCHEMA];

describe('parseFilter: the fast paths against the slow way', () => {
  for (const schema of SCHEMAS) {
    test.prop([filterText(schema)], { numRuns: 200 })(`the same tree and diagnostics on ${schema.name} filters`, (text) => {
      const tree = slowTree(text);
      const syntax = parseFilterSyntax(text);
      if (tree === undefined) {
        // A problem for the normaliser or the grammar: the fast path must not have read a tree.
        expect(syntax.ast).toBeUndefined();
        return;
      }
      expect(syntax).toEqual({ ast: tree, diagnostics: [] });
      const parsed = parseFilter(text, { schema });
      expect(parsed.ast).toEqual(tree);
      expect([...parsed.diagnostics].sort(byPlace)).toEqual(everyRule(tree, text, schema).sort(byPlace));
    });
  }
});
