import { LICENSE_USAGE_SCHEMA, LIMITS, assertNever, findField, logical, type ComparisonNode, type FilterNode, type Schema } from '@pcaq/core';

/**
 * The tree a well-formed tree from code stands for, with its comparisons placed in the printed
 * text, built without parsing that text (docs/architecture.md, "The checked query"): the same
 * frozen, flat tree the parser would return for it, since printing writes parentheses only for an
 * `or` under an `and` and the `logical` factory joins an operand with its parent's operator, as
 * the parser does. `comparisons` are the printer's located comparisons, in print order.
 *
 * Undefined when only the parser can say what the text means: text past the length limit,
 * parentheses deeper than the nesting limit, U+FFFD, or a field the schema does not know (it
 * may be a keyword, such as `and`). The caller then parses the printed text.
 *
 * @example
 * ```ts
 * const { text, comparisons } = printFilterLocated(tree);
 * const located = locatedTree(tree, text, comparisons, LICENSE_USAGE_SCHEMA);
 * ```
 */
export function locatedTree(tree: FilterNode, text: string, comparisons: readonly ComparisonNode[], schema: Schema = LICENSE_USAGE_SCHEMA): FilterNode | undefined {
  if (text.length > LIMITS.maxFilterLength || text.includes('\uFFFD')) return undefined;
  if (!comparisons.every((c) => findField(schema, c.field.name) !== undefined)) return undefined;
  const built: FilterNode[] = [];
  let next = 0;
  let depth = 0;
  // Iterative, in print order: a tree from code may be deeper than the stack.
  const stack: { readonly node: FilterNode; readonly expanded: boolean; readonly parenthesized: boolean }[] = [{ node: tree, expanded: false, parenthesized: false }];
  while (stack.length > 0) {
    const { node, expanded, parenthesized } = stack.pop()!;
    switch (node.type) {
      case 'Comparison':
        built.push(comparisons[next++]!);
        break;
      case 'Logical':
        if (expanded) {
          if (parenthesized) depth--;
          built.push(logical(node.operator, built.splice(built.length - node.operands.length)));
          break;
        }
        if (parenthesized && ++depth > LIMITS.maxNesting) return undefined;
        stack.push({ node, expanded: true, parenthesized });
        for (let i = node.operands.length - 1; i >= 0; i--) {
          const operand = node.operands[i]!;
          stack.push({ node: operand, expanded: false, parenthesized: node.operator === 'and' && operand.type === 'Logical' && operand.operator === 'or' });
        }
        break;
      default:
        return assertNever(node);
    }
  }
  return next === comparisons.length ? built[0] : undefined;
}
