import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  DEFAULT_OPERATORS,
  ENDPOINT_IDS,
  ENDPOINT_SCHEMAS,
  booleanLiteral,
  comparison,
  comparisonsOf,
  dateTimeLiteral,
  field,
  hasErrors,
  stringLiteral,
  type EndpointId,
  type FieldDefinition,
  type FilterNode,
  type LiteralNode,
} from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { printFilter, printLiteral } from '@pcaq/printer';
import { filterOn, type Condition } from '@pcaq/builder';
import { familyComparison, filterTree, isoDateText, withoutSpans } from '@pcaq/testing';
import { hostileValue } from './arbitraries.js';

// docs/builder.md, "The template tag on any endpoint": for every endpoint, whatever string, boolean
// or Date goes into a hole of a well-formed template, the condition is exactly what parsing the
// template with the value written by the printer gives, its shape is the template's, and its
// printed text parses back to it.

const HOLE = '\u0001';

/** Strings that try to break out of a literal, with lone surrogates and 10 KB values among them. */
const hostileString = fc.oneof(
  { weight: 6, arbitrary: hostileValue },
  { weight: 2, arbitrary: fc.constantFrom('\uD800', '\uDFFF', 'a\uDBFFb', '\uDC00\uD800', "'\uD83D'") },
  { weight: 1, arbitrary: fc.constantFrom("'".repeat(10_240), "x') or (".repeat(1_280), 'é\n'.repeat(5_120)) },
);

/** Any date a `Date` can hold between years 1 and 9999, and the invalid one. */
const anyDate = fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: false });

/** A value for a hole on `definition` with `operator`: mostly of the field's kind, often of another. */
function holeValue(definition: FieldDefinition, operator: string): fc.Arbitrary<string | boolean | Date> {
  // contains takes text only; a boolean or Date there is PCAQ0109 (tested in filter-on.test.ts).
  if (operator === 'contains') return hostileString;
  const anyKind = fc.oneof(hostileString, fc.boolean(), anyDate);
  switch (definition.kind) {
    case 'boolean':
      return fc.oneof({ weight: 3, arbitrary: fc.boolean() }, { weight: 1, arbitrary: anyKind });
    case 'datetime':
      return fc.oneof({ weight: 3, arbitrary: anyDate }, { weight: 1, arbitrary: isoDateText }, { weight: 1, arbitrary: anyKind });
    case 'guid':
      return fc.oneof({ weight: 3, arbitrary: fc.uuid() }, { weight: 1, arbitrary: anyKind });
    case 'enum':
      return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...(definition.values ?? [''])) }, { weight: 2, arbitrary: anyKind });
    default:
      return fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: anyKind });
  }
}

interface Template {
  readonly id: EndpointId;
  /** The template's tree, holes written as the string HOLE. */
  readonly shape: FilterNode;
  readonly parts: readonly string[];
  readonly values: readonly (string | boolean | Date)[];
}

/** A comparison of the endpoint whose value is a hole, with the value that fills it. */
function holeComparison(id: EndpointId): fc.Arbitrary<{ node: FilterNode; value: string | boolean | Date }> {
  const fields: readonly FieldDefinition[] = ENDPOINT_SCHEMAS[id].fields;
  const filterable = fields.filter((f) => f.filterable);
  return fc.constantFrom(...filterable).chain((definition) =>
    fc
      .constantFrom(...(definition.operators ?? DEFAULT_OPERATORS))
      .chain((operator) => holeValue(definition, operator).map((value) => ({ node: comparison(field(definition.name), operator, stringLiteral(HOLE)), value }))),
  );
}

/**
 * A well-formed template of the endpoint: a tree of its comparisons, some with fixed values and
 * some with holes, printed as the printer does, optionally wrapped in parentheses and line breaks.
 */
function template(id: EndpointId): fc.Arbitrary<Template> {
  const values = new WeakMap<FilterNode, string | boolean | Date>();
  const leaf = fc.oneof(
    familyComparison(ENDPOINT_SCHEMAS[id]),
    holeComparison(id).map(({ node, value }) => {
      values.set(node, value);
      return node;
    }),
  );
  return fc.tuple(filterTree(leaf, 3), fc.constantFrom(['', ''], ['(\n', '\r\n)'], ['\t ', ' '])).map(([shape, [before, after]]) => ({
    id,
    shape,
    parts: `${before}${printFilter(shape)}${after}`.split(`'${HOLE}'`),
    values: comparisonsOf(shape).flatMap((c) => (values.has(c) ? [values.get(c)!] : [])),
  }));
}

const anyTemplate = fc.constantFrom(...ENDPOINT_IDS).chain(template);

/** The literal the printer writes for a value: the template tag's promise. */
function literalOf(value: string | boolean | Date): LiteralNode {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return booleanLiteral(value);
  return dateTimeLiteral(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());
}

/** What the tag writes for any value: a literal, or `''` for a value that is no literal. */
function holeText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return printLiteral(literalOf(value));
  return "''";
}

function tag({ id, parts, values }: Template): Condition {
  const strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
  return filterOn(id)(strings, ...values);
}

/** The tree without spans and values: fields, operators and how they are joined. */
function shapeOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shapeOf);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'span' && key !== 'value').map(([key, value]) => [key, shapeOf(value)]));
}

describe('filterOn(id): values in the holes of a well-formed template (property, every endpoint)', () => {
  test.prop([anyTemplate], { numRuns: 400 })('equal the template with each value written by the printer, and keep its shape', (t) => {
    const condition = tag(t);
    let hole = 0;
    const text = t.parts.reduce((assembled, part, i) => (i === 0 ? part : `${assembled}${printLiteral(literalOf(t.values[hole++]!))}${part}`), '');
    expect(condition.text).toBe(text);
    const reference = parseFilter(text, { schema: ENDPOINT_SCHEMAS[t.id] });
    expect(condition.diagnostics).toEqual(reference.diagnostics);
    expect(condition.node).toEqual(hasErrors(reference.diagnostics) ? undefined : reference.ast);
    // The shape is the template's; only a value past the length limit keeps the text from being read.
    if (text.length > 32_768) return;
    expect(shapeOf(reference.ast)).toEqual(shapeOf(t.shape));
    const holes = comparisonsOf(t.shape).flatMap((c, i) => (c.value.value === HOLE ? [i] : []));
    const found = comparisonsOf(reference.ast!);
    expect(holes.map((i) => withoutSpans(found[i]!.value))).toEqual(t.values.map((v) => withoutSpans(literalOf(v))));
  });

  test.prop([anyTemplate], { numRuns: 200 })('print as text that parses back to the same tree', (t) => {
    const condition = tag(t);
    if (!condition.node) return;
    const printed = condition.toString();
    const again = parseFilter(printed, { schema: ENDPOINT_SCHEMAS[t.id] });
    expect(hasErrors(again.diagnostics)).toBe(false);
    expect(withoutSpans(again.ast)).toEqual(withoutSpans(condition.node));
    expect(printFilter(again.ast!)).toBe(printed);
  });

  test.prop([anyTemplate.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.anything(), { minLength: t.values.length, maxLength: t.values.length })))], { numRuns: 200 })(
    'any JavaScript values in its holes: never throws, and a value that is no literal is PCAQ0109 at its hole',
    ([t, values]) => {
      const condition = tag({ ...t, values: values as never });
      const operators = comparisonsOf(t.shape).flatMap((c) => (c.value.value === HOLE ? [c.operator] : []));
      let at = 0;
      const expected: [string, number, number][] = [];
      t.parts.forEach((part, i) => {
        at += part.length;
        if (i === t.parts.length - 1) return;
        // Where contains wants text, only a string is a value.
        const written = operators[i] === 'contains' && typeof values[i] !== 'string' ? "''" : holeText(values[i]);
        if (written === "''" && typeof values[i] !== 'string') expected.push(['PCAQ0109', at, at + 2]);
        at += written.length;
      });
      expect(condition.text!.length).toBe(at);
      const found = condition.diagnostics.filter((d) => d.code === 'PCAQ0109').map((d): [string, number, number] => [d.code, d.span.start, d.span.end]);
      expect(found).toEqual(expected);
    },
  );

  const anything = fc.oneof(hostileString, fc.boolean(), anyDate, fc.anything(), fc.constantFrom(null, undefined, 0, Number.NaN, 10n));
  const misplacedParts = fc.constantFrom(
    ['', " eq 'x'"],
    ['autoRenewEnabled ', ' true'],
    ["status eq 'ACTIVE' ", " status eq 'ACTIVE'"],
    ["status eq '", "'"],
    ['creationDate gt', ''],
    ['status eq ', '', ''],
    ['creationDate ge cast(', ', Edm.DateTimeOffset)'],
    ['', ''],
  );
  test.prop([misplacedParts, fc.array(anything, { minLength: 2, maxLength: 2 })], { numRuns: 300 })(
    'a value of any kind out of place: never throws, an error over its interpolation',
    (parts, values) => {
      const given = values.slice(0, parts.length - 1);
      const condition = tag({ id: 'subscriptions', shape: comparison(field('status'), 'eq', stringLiteral('')), parts, values: given as never });
      expect(condition.node).toBeUndefined();
      const hole = { start: parts[0]!.length, end: parts[0]!.length + holeText(given[0]).length };
      expect(condition.text!.slice(hole.start, hole.end)).toBe(holeText(given[0]));
      const errors = condition.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.some((d) => d.span.start < hole.end && hole.start < d.span.end)).toBe(true);
    },
  );
});
