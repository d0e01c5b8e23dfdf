import { and, comparison, field, or, span, stringLiteral, type FieldNode, type FilterNode } from '@pcaq/core';

/**
 * A stand-in for the parser in these tests: reads `field op 'value'` comparisons joined by one
 * keyword (`and` or `or`), giving every node its real span, so the checker is tested on its own.
 */
export function flatFilter(text: string): FilterNode {
  const comparisons = [...text.matchAll(/([A-Za-z_][\w]*)\s+(eq|ne)\s+('(?:[^']|'')*')/g)].map((m) => {
    const start = m.index;
    const [, name = '', operator = 'eq', literal = ''] = m;
    const literalStart = start + m[0].length - literal.length;
    return comparison(
      field(name, span(start, start + name.length)),
      operator as 'eq' | 'ne',
      stringLiteral(literal.slice(1, -1).replaceAll("''", "'"), span(literalStart, literalStart + literal.length)),
    );
  });
  return / or /.test(text) ? or(comparisons) : and(comparisons);
}

/** A stand-in for `parseGroupBySyntax`: comma-separated names with their spans. */
export function groupFields(text: string): FieldNode[] {
  return [...text.matchAll(/[^,\s]+/g)].map((m) => field(m[0], span(m.index, m.index + m[0].length)));
}
