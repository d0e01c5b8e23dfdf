import { NO_SPAN, comparison, field, logical, span, stringLiteral, type FilterNode, type Span } from '@pcaq/core';

/**
 * Rebuilds a filter tree through the core node factories, so the builder only ever holds frozen,
 * flat nodes even when a caller hands it a plain object it may mutate later. Spans are kept.
 * Returns undefined for anything that is not a well-formed tree (a JavaScript caller's mistake):
 * a missing field name or value, an unknown operator, an empty operand list, a cycle. Iterative,
 * so a deep tree cannot overflow the stack.
 */
export function rebuildTree(root: unknown): FilterNode | undefined {
  const built: FilterNode[] = [];
  const stack: { readonly node: unknown; readonly expanded: boolean }[] = [{ node: root, expanded: false }];
  // Logical nodes whose operands are being rebuilt: meeting one again means a cycle (a shared
  // subtree is fine, it is finished before it is met again).
  const open = new Set<unknown>();
  while (stack.length > 0) {
    const { node, expanded } = stack.pop()!;
    const record = asRecord(node);
    if (!record) return undefined;
    if (record['type'] === 'Comparison') {
      const made = rebuildComparison(record);
      if (!made) return undefined;
      built.push(made);
      continue;
    }
    const operator = record['operator'];
    const operands = record['operands'];
    if (record['type'] !== 'Logical' || (operator !== 'and' && operator !== 'or')) return undefined;
    if (!Array.isArray(operands) || operands.length === 0) return undefined;
    if (expanded) {
      open.delete(node);
      built.push(logical(operator, built.splice(built.length - operands.length), spanOf(record['span'])));
      continue;
    }
    if (open.has(node)) return undefined;
    open.add(node);
    stack.push({ node, expanded: true });
    for (let i = operands.length - 1; i >= 0; i--) stack.push({ node: operands[i], expanded: false });
  }
  return built.length === 1 ? built[0] : undefined;
}

function rebuildComparison(record: Readonly<Record<string, unknown>>): FilterNode | undefined {
  const fieldNode = asRecord(record['field']);
  const valueNode = asRecord(record['value']);
  const operator = record['operator'];
  const name = fieldNode?.['name'];
  const value = valueNode?.['value'];
  if (typeof name !== 'string' || typeof value !== 'string') return undefined;
  if (operator !== 'eq' && operator !== 'ne') return undefined;
  return comparison(
    field(name, spanOf(fieldNode?.['span'])),
    operator,
    stringLiteral(value, spanOf(valueNode?.['span'])),
    spanOf(record['span']),
  );
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** A span as given when it is one, else NO_SPAN (nodes made by hand may have none). */
function spanOf(value: unknown): Span {
  if (value === NO_SPAN) return NO_SPAN;
  const record = asRecord(value);
  const start = record?.['start'];
  const end = record?.['end'];
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) <= (end as number)
    ? span(start as number, end as number)
    : NO_SPAN;
}
