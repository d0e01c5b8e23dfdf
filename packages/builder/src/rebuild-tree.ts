import {
  NO_SPAN,
  assertNever,
  booleanLiteral,
  comparison,
  dateTimeLiteral,
  field,
  logical,
  span,
  stringLiteral,
  type ComparisonNode,
  type FilterNode,
  type LiteralNode,
  type Span,
} from '@pcaq/core';

/**
 * Rebuilds a filter tree through the core node factories, so the builder only ever holds frozen,
 * flat nodes even when a caller hands it a plain object it may mutate later. Spans are kept when
 * they are spans. The tree must have passed `filterTreeProblem` (the one check of trees from code,
 * docs/language.md, "Trees built in code"); this only copies. Iterative, so a deep tree cannot
 * overflow the stack; exhaustive over the node kinds.
 */
export function rebuildTree(root: FilterNode): FilterNode {
  const built: FilterNode[] = [];
  const stack: { readonly node: FilterNode; readonly expanded: boolean }[] = [{ node: root, expanded: false }];
  while (stack.length > 0) {
    const { node, expanded } = stack.pop()!;
    switch (node.type) {
      case 'Comparison':
        built.push(rebuildComparison(node));
        break;
      case 'Logical':
        if (expanded) {
          built.push(logical(node.operator, built.splice(built.length - node.operands.length), spanOf(node.span)));
          break;
        }
        stack.push({ node, expanded: true });
        for (let i = node.operands.length - 1; i >= 0; i--) stack.push({ node: node.operands[i]!, expanded: false });
        break;
      default:
        return assertNever(node);
    }
  }
  return built[0]!;
}

function rebuildComparison(node: ComparisonNode): FilterNode {
  return comparison(field(node.field.name, spanOf(node.field.span)), node.operator, rebuildLiteral(node.value), spanOf(node.span));
}

function rebuildLiteral(node: LiteralNode): LiteralNode {
  switch (node.type) {
    case 'StringLiteral':
      return stringLiteral(node.value, spanOf(node.span));
    case 'BooleanLiteral':
      return booleanLiteral(node.value, spanOf(node.span));
    case 'DateTimeLiteral':
      return dateTimeLiteral(node.value, node.form, spanOf(node.span));
    default:
      return assertNever(node);
  }
}

/** A span as given when it is one, else NO_SPAN (nodes made by hand may have none). */
function spanOf(value: unknown): Span {
  if (value === NO_SPAN) return NO_SPAN;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  const start = record?.['start'];
  const end = record?.['end'];
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) <= (end as number)
    ? span(start as number, end as number)
    : NO_SPAN;
}
