import type { FilterNode } from '@pcaq/core';

/**
 * Whether a value from a JavaScript caller is a whole, well-formed filter tree: every node a
 * `Comparison` (field name and value strings, `eq`/`ne`) or a `Logical` (`and`/`or`, at least one
 * operand). Iterative, so a huge tree cannot overflow the stack; spans are not required.
 *
 * @example
 * ```ts
 * isFilterNode(comparison(field('channel'), 'eq', stringLiteral('x'))); // true
 * isFilterNode({ type: 'Comparison' });                                 // false
 * ```
 */
export function isFilterNode(value: unknown): value is FilterNode {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null | undefined;
    if (typeof node !== 'object' || node === null) return false;
    if (node['type'] === 'Comparison') {
      const f = node['field'] as Record<string, unknown> | null | undefined;
      const v = node['value'] as Record<string, unknown> | null | undefined;
      if (typeof f?.['name'] !== 'string' || typeof v?.['value'] !== 'string') return false;
      if (node['operator'] !== 'eq' && node['operator'] !== 'ne') return false;
    } else if (node['type'] === 'Logical') {
      const operands = node['operands'];
      if (node['operator'] !== 'and' && node['operator'] !== 'or') return false;
      if (!Array.isArray(operands) || operands.length === 0) return false;
      stack.push(...operands);
    } else {
      return false;
    }
  }
  return true;
}
