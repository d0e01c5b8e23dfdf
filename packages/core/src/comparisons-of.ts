import { assertNever, type ComparisonNode, type FilterNode } from './ast.js';

/**
 * The comparisons of a well-formed filter tree, left to right. Iterative, so a tree nested deeper
 * than the call stack is walked too; exhaustive over the node kinds (a new kind does not compile
 * until it is handled here). A tree from code is checked first (`filterTreeProblem`).
 *
 * @example
 * ```ts
 * const tree = or([comparison(field('channel'), 'eq', stringLiteral('Reseller')), comparison(field('productId'), 'ne', stringLiteral(''))]);
 * comparisonsOf(tree).map((c) => c.field.name); // ['channel', 'productId']
 * ```
 */
export function comparisonsOf(tree: FilterNode): ComparisonNode[] {
  const found: ComparisonNode[] = [];
  const stack: FilterNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'Comparison':
        found.push(node);
        break;
      case 'Logical':
        for (let i = node.operands.length - 1; i >= 0; i--) stack.push(node.operands[i]!);
        break;
      default:
        return assertNever(node);
    }
  }
  return found;
}
