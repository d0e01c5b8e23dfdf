import { COMPARISON_OPERATORS, type ComparisonNode } from './ast.js';
import { isFieldName } from './field-name.js';
import { truncateText } from './truncate-text.js';

/**
 * Why a value from code is not a filter tree the stages can use, and where: `path` names the
 * node (`operands[2].value`), `reason` says what is wrong with it.
 *
 * @example
 * ```ts
 * const problem: TreeProblem = { path: 'operands[0].value.value', reason: 'is not a string' };
 * ```
 */
export interface TreeProblem {
  readonly path: string;
  readonly reason: string;
}

/**
 * The first thing that keeps a value from being a well-formed filter tree, or undefined: every
 * node a `Comparison` (a `Field` node whose name is a string, one of `COMPARISON_OPERATORS`, and a
 * literal: a `StringLiteral` holding a string, a `BooleanLiteral` holding a boolean, or a
 * `DateTimeLiteral` holding a string and its form `cast` or `bare`; `contains` takes a string
 * literal only) or a `Logical` (`and` or `or`, a non-empty array of operands), and
 * no node its own ancestor (a cycle would make printing endless). With `fieldNames`, a field name
 * that is not a name of the grammar counts too (the printer would emit it as syntax). Iterative,
 * so a tree nested far deeper than the call stack is checked too; frozen or not makes no
 * difference. Trees from code go through this (docs/language.md, "Trees built in code"). `visit`
 * sees every comparison, left to right, as the walk checks it (so a caller that needs them walks
 * once); when a problem is found some comparisons may have been visited already.
 *
 * @example
 * ```ts
 * filterTreeProblem(comparison(field('channel'), 'eq', stringLiteral('x')));           // undefined
 * filterTreeProblem({ type: 'Comparison', field: { type: 'Field', name: 'a' } });      // { path: 'operator', ... }
 * filterTreeProblem(comparison(field('a or b'), 'eq', stringLiteral('x')), { fieldNames: true })?.path; // 'field.name'
 * ```
 */
export function filterTreeProblem(
  value: unknown,
  options: { readonly fieldNames?: boolean; readonly visit?: (node: ComparisonNode) => void } = {},
): TreeProblem | undefined {
  // Each entry is a node to visit, or the marker that its operands are done (it leaves the path).
  // Paths are built only for a problem, from the parent links: a well-formed tree, the common
  // case, costs no strings.
  const stack: Entry[] = [{ node: value, parent: undefined, index: 0 }];
  // The `Logical` nodes from the root down to the one being visited: a node among them is its own
  // ancestor (a cycle). Scanned while the path is short; a `Set` only past PATH_SCAN_LIMIT levels,
  // so deep trees stay linear. Hashing the nodes of a tree made just now (every parsed filter)
  // cost as much as the rest of the walk (docs/performance.md, "Parsing").
  const path: unknown[] = [];
  let onPath: Set<unknown> | undefined;
  // Options from code may be anything, null included: read them as absent then.
  const fieldNames = options?.fieldNames === true;
  const visit = typeof options?.visit === 'function' ? options.visit : undefined;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (entry.leave) {
      path.pop();
      onPath?.delete(node);
      continue;
    }
    const record = asRecord(node);
    if (!record) return { path: pathOf(entry) || 'the tree', reason: 'is not a node' };
    const type = record['type'];
    if (type === 'Comparison') {
      const problem = comparisonProblem(record, fieldNames);
      if (problem) return { path: join(pathOf(entry), problem.path), reason: problem.reason };
      visit?.(node as ComparisonNode);
      continue;
    }
    if (type !== 'Logical') return { path: join(pathOf(entry), 'type'), reason: `is ${describe(type)}, not 'Comparison' or 'Logical'` };
    const operator = record['operator'];
    if (operator !== 'and' && operator !== 'or') return { path: join(pathOf(entry), 'operator'), reason: `is ${describe(operator)}, not 'and' or 'or'` };
    const operands = record['operands'];
    if (!Array.isArray(operands) || operands.length === 0) return { path: join(pathOf(entry), 'operands'), reason: 'is not a non-empty array' };
    if (onPath ? onPath.has(node) : path.includes(node)) return { path: pathOf(entry) || 'the tree', reason: 'contains itself (a cycle)' };
    path.push(node);
    if (onPath) onPath.add(node);
    else if (path.length > PATH_SCAN_LIMIT) onPath = new Set(path);
    stack.push({ node, parent: undefined, index: 0, leave: true });
    for (let i = operands.length - 1; i >= 0; i--) stack.push({ node: operands[i], parent: entry, index: i });
  }
  return undefined;
}

/** How many levels of `Logical` nodes are scanned for a cycle before a `Set` takes over. */
const PATH_SCAN_LIMIT = 32;

/** A node to visit: its parent's entry and its index among the parent's operands give its path. */
interface Entry {
  readonly node: unknown;
  readonly parent: Entry | undefined;
  readonly index: number;
  readonly leave?: boolean;
}

function pathOf(entry: Entry): string {
  const keys: string[] = [];
  for (let at: Entry | undefined = entry; at?.parent !== undefined; at = at.parent) keys.push(`operands[${at.index}]`);
  return keys.reverse().join('.');
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const OPERATORS: ReadonlySet<string> = new Set(COMPARISON_OPERATORS);
const OPERATOR_LIST = COMPARISON_OPERATORS.map((o) => `'${o}'`).join(', ');

/** The problem of one comparison node, its path relative to the node. */
function comparisonProblem(record: Readonly<Record<string, unknown>>, fieldNames: boolean): TreeProblem | undefined {
  const fieldNode = asRecord(record['field']);
  if (!fieldNode || fieldNode['type'] !== 'Field') return { path: 'field', reason: "is not a 'Field' node" };
  const name = fieldNode['name'];
  if (typeof name !== 'string') return { path: 'field.name', reason: `is ${describe(name)}, not a string` };
  if (fieldNames && !isFieldName(name)) return { path: 'field.name', reason: 'is not a field name (a letter, then letters, digits or _)' };
  const operator = record['operator'];
  if (typeof operator !== 'string' || !OPERATORS.has(operator)) return { path: 'operator', reason: `is ${describe(operator)}, not one of ${OPERATOR_LIST}` };
  const literal = asRecord(record['value']);
  const type = literal?.['type'];
  if (!literal || (type !== 'StringLiteral' && type !== 'BooleanLiteral' && type !== 'DateTimeLiteral')) {
    return { path: 'value', reason: "is not a 'StringLiteral', 'BooleanLiteral' or 'DateTimeLiteral' node" };
  }
  // contains(field,'text') takes text only (docs/language.md, "Operators and literals").
  if (operator === 'contains' && type !== 'StringLiteral') return { path: 'value', reason: "is not a 'StringLiteral' node (contains takes a string)" };
  const value = literal['value'];
  if (type === 'BooleanLiteral') {
    if (typeof value !== 'boolean') return { path: 'value.value', reason: `is ${describe(value)}, not a boolean` };
    return undefined;
  }
  if (typeof value !== 'string') return { path: 'value.value', reason: `is ${describe(value)}, not a string` };
  if (type === 'DateTimeLiteral' && literal['form'] !== 'cast' && literal['form'] !== 'bare') {
    return { path: 'value.form', reason: `is ${describe(literal['form'])}, not 'cast' or 'bare'` };
  }
  return undefined;
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** A value as a message shows it: strings quoted (and cut), everything else by its type. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `'${truncateText(value, 40)}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
