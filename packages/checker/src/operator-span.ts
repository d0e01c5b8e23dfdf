import { span, type ComparisonNode, type Span } from '@pcaq/core';

/**
 * Where a comparison's operator is written: the word between the field and the value, or the
 * `contains` of `contains(field,'text')`. A node whose spans do not show its operator in `text`
 * (built in code, or checked against other text) gets the span of the whole comparison.
 *
 * @example
 * ```ts
 * const text = "a gt 'x'";
 * operatorSpan(parseFilterSyntax(text).ast as ComparisonNode, text); // { start: 2, end: 4 }
 * ```
 */
export function operatorSpan(node: ComparisonNode, text: string): Span {
  const { operator } = node;
  if (operator === 'contains') {
    const start = node.span.start;
    return text.startsWith('contains', start) && node.span.end > start ? span(start, start + 'contains'.length) : node.span;
  }
  const from = node.field.span.end;
  const to = node.value.span.start;
  if (to <= from || text.length < to) return node.span;
  const between = text.slice(from, to);
  const at = between.indexOf(operator);
  return at < 0 ? node.span : span(from + at, from + at + operator.length);
}
