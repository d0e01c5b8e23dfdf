/**
 * Test support shared by pcaq's packages (the one test kit): the span-marker convention of test
 * inputs (`marked`), the filter-tree arbitrary (`filterTree`) and a way to compare trees from
 * different producers (`withoutSpans`). Private; never published.
 *
 * @packageDocumentation
 */
import fc from 'fast-check';
import { and, or, type FilterNode, type Span } from '@pcaq/core';

/**
 * The text fields of the license-usage schema (the GUID fields need GUID values, so they are kept apart).
 *
 * @example
 * ```ts
 * fc.constantFrom(...TEXT_FIELDS);
 * ```
 */
export const TEXT_FIELDS = ['workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel', 'customerName', 'productName'] as const;

/**
 * Depth-bounded filter trees built with the core factories (so flat and n-ary, as the parser
 * builds them). `leaf` makes the comparisons; `depth` bounds the nesting of and/or.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(filterTree(validComparison), (tree) => parse(print(tree)) !== undefined));
 * ```
 */
export function filterTree(leaf: fc.Arbitrary<FilterNode>, depth = 4): fc.Arbitrary<FilterNode> {
  const { node } = fc.letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: depth, withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((operands) => and(operands)),
      fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((operands) => or(operands)),
    ),
  }));
  return node;
}

/**
 * A tree (or any value) without its `span` properties, to compare trees from different producers.
 *
 * @example
 * ```ts
 * expect(withoutSpans(parseFilter(printFilter(tree)).ast)).toEqual(withoutSpans(tree));
 * ```
 */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'span').map(([key, value]) => [key, withoutSpans(value)]));
}

/**
 * The one span-marker convention of pcaq's tests: `"workloadCode [[EQ]] 'SFB'"` is the text
 * `workloadCode EQ 'SFB'` with the span of `EQ`; `[[]]` marks an empty span. Several markers give
 * several spans, in order. A test then asserts codes and spans, never positions counted by hand.
 *
 * @throws Error when a marker is not closed (a mistake in the test itself).
 * @example
 * ```ts
 * marked("workloadCode [[EQ]] 'SFB'"); // { text: "workloadCode EQ 'SFB'", spans: [{ start: 13, end: 15 }] }
 * ```
 */
export function marked(source: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let at = 0;
  for (;;) {
    const open = source.indexOf('[[', at);
    if (open < 0) break;
    const close = source.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`unclosed marker in ${source}`);
    text += source.slice(at, open);
    const start = text.length;
    text += source.slice(open + 2, close);
    spans.push({ start, end: text.length });
    at = close + 2;
  }
  return { text: text + source.slice(at), spans };
}

/**
 * The error `run` throws, or `undefined` when it returns: for tests that check the typed error a
 * library function throws on input from code.
 *
 * @example
 * ```ts
 * expect(thrown(() => applyFixes('a', 'x' as never))).toBeInstanceOf(InvalidArgumentError);
 * ```
 */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
export { createRandom, endpointRow, generateRows, iterateRows, rowJson, rowsCsv, type GenerateRowsOptions, type GeneratedRow, type GeneratedValue } from './endpoint-rows.js';
export { FAMILY_EXAMPLE_SCHEMA, familyComparison, familyFilterTree, familyRows, isoDateText } from './family-filter-tree.js';
export { familyRequest, type FamilyRequest } from './family-request.js';
