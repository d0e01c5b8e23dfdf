import { NO_SPAN, type DiagnosticInit, type TreeProblem } from '@pcaq/core';

/**
 * PCAQ0116 (malformed-filter-tree): a value from code that is not a well-formed filter tree, as
 * `filterTreeProblem` found it (the one check of trees from code, docs/language.md, "Trees built
 * in code"). No span: the tree has no text. The only module that makes this code; the checker,
 * the linter and the builder all report it through here.
 *
 * @example
 * ```ts
 * malformedFilterTree({ path: 'operands[0].operator', reason: "is 'like', not one of 'eq', 'ne', ..." }).code; // 'PCAQ0116'
 * ```
 */
export function malformedFilterTree(problem: TreeProblem): DiagnosticInit {
  const { path, reason } = typeof problem === 'object' && problem !== null ? problem : { path: 'the tree', reason: 'cannot be read' };
  return { code: 'PCAQ0116', span: NO_SPAN, args: { path: String(path), reason: String(reason) } };
}
