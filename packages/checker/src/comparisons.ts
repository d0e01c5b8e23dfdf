import type { ComparisonNode, FilterNode } from '@pcaq/core';

/**
 * Calls `visit` on every comparison of a filter, left to right. Walks with an explicit stack, so a
 * tree built in code that nests far deeper than the parser allows cannot overflow the call stack;
 * anything that is not a well-formed node (a JavaScript caller's mistake) is skipped rather than
 * thrown on. A callback rather than a generator: this runs on every filter parsed, and resuming a
 * generator per comparison cost more than the rules themselves.
 *
 * @example
 * ```ts
 * let count = 0;
 * forEachComparison(or([eq('a', '1'), eq('b', '2')]), () => count++); // count === 2
 * ```
 */
export function forEachComparison(root: FilterNode, visit: (node: ComparisonNode) => void): void {
  if (isComparison(root)) {
    visit(root);
    return;
  }
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isComparison(node)) {
      visit(node);
    } else if (isLogical(node)) {
      for (let i = node.operands.length - 1; i >= 0; i--) stack.push(node.operands[i]);
    }
  }
}

function isComparison(node: unknown): node is ComparisonNode {
  if (typeof node !== 'object' || node === null) return false;
  const c = node as Partial<ComparisonNode>;
  return (
    c.type === 'Comparison' &&
    typeof c.field?.name === 'string' &&
    typeof c.value?.value === 'string' &&
    isSpan(c.field.span) &&
    isSpan(c.value.span)
  );
}

function isLogical(node: unknown): node is { readonly operands: readonly unknown[] } {
  if (typeof node !== 'object' || node === null) return false;
  return (node as { type?: unknown }).type === 'Logical' && Array.isArray((node as { operands?: unknown }).operands);
}

function isSpan(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { start?: unknown; end?: unknown };
  return typeof s.start === 'number' && typeof s.end === 'number';
}
