import { assertNever, type ComparisonNode, type FilterNode } from './ast.js';
import { InvalidArgumentError } from './invalid-argument.js';
import { filterTreeProblem } from './tree-problem.js';

/**
 * The comparisons of a well-formed filter tree, left to right. Iterative, so a tree nested deeper
 * than the call stack is walked too; exhaustive over the node kinds (a new kind does not compile
 * until it is handled here). The tree is checked first (`filterTreeProblem`), so a cycle or a
 * node of another kind is a typed error, never an endless walk.
 *
 * @throws InvalidArgumentError when `tree` is not a well-formed filter tree (input from code).
 * @example
 * ```ts
 * const tree = or([comparison(field('channel'), 'eq', stringLiteral('Reseller')), comparison(field('productId'), 'ne', stringLiteral(''))]);
 * comparisonsOf(tree).map((c) => c.field.name); // ['channel', 'productId']
 * ```
 */
export function comparisonsOf(tree: FilterNode): ComparisonNode[] {
  const problem = filterTreeProblem(tree);
  if (problem) throw new InvalidArgumentError('comparisonsOf', `tree${problem.path === 'the tree' ? '' : `.${problem.path}`}`, problem.reason);
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
