import {
  LICENSE_USAGE_SCHEMA,
  LineIndex,
  NO_SPAN,
  createDiagnostic,
  filterTreeProblem,
  sourceOption,
  type ComparisonNode,
  type Diagnostic,
  type DiagnosticInit,
  type DiagnosticSource,
  type FieldNode,
  type FilterNode,
} from '@pcaq/core';
import { malformedFilterTree } from './malformed-filter-tree.js';
import { CHECK_RULES } from './registry.js';
import type { CheckOptions, CheckRule, RuleContext } from './rule.js';
import { indexSchema, withSchemaIndex } from './schema-index.js';
import { hooksFor, type ComparisonHook } from './comparison-hooks.js';

/**
 * Checks a parsed filter against the schema (PCAQ0201, PCAQ0202, PCAQ0204). `text` is the text the
 * AST was parsed from: line and column come from it, and fixes are only offered where a node's
 * span really holds what the node says (so nodes built in code, with `NO_SPAN`, get diagnostics but
 * no fixes). A tree from code that is not a well-formed tree (a node of an unknown kind, a value
 * that is not a string, a cycle) is one PCAQ0116 error instead: nothing in it is checked, as
 * nothing in it could be sent. Never throws; diagnostics come in text order.
 *
 * @example
 * ```ts
 * const ast = comparison(field('WorkloadCode'), 'eq', stringLiteral('SFB'));
 * checkFilter(ast, '')[0]?.code; // 'PCAQ0201' (unknown field; did you mean 'workloadCode'?)
 * ```
 */
export function checkFilter(ast: FilterNode, text: string, options: CheckOptions = {}): Diagnostic[] {
  // Walked once; every rule then sees the comparisons in text order, one rule after the other.
  // One walk checks the tree's shape (a tree from code may be anything, a cycle included) and
  // collects its comparisons in text order.
  const comparisons: ComparisonNode[] = [];
  const problem = malformed(ast, (node) => comparisons.push(node), sourceOption(options));
  if (problem) return [problem];
  // Comparison by comparison, each through the rules that can report on its field (its hooks,
  // worked out once per schema: comparison-hooks.ts), in registry order; the rules that read the
  // field's schema entry share one lookup per comparison (field-definition.ts). The order of what
  // they report does not change: it is sorted by position, and two comparisons never start alike.
  return run(text, options, undefined, (context) => {
    const hooks = hooksFor(indexSchema(context.schema));
    for (let i = 0; i < comparisons.length; i++) {
      const node = comparisons[i] as ComparisonNode;
      const own = hooks.byName.get(node.field.name) ?? hooks.unknown;
      for (let j = 0; j < own.length; j++) (own[j] as ComparisonHook)(node, context);
    }
  });
}

/**
 * Checks the fields of a parsed group-by list against the schema (PCAQ0201, PCAQ0203, PCAQ0303).
 * `text` is the group-by text the fields were parsed from.
 *
 * @example
 * ```ts
 * const text = 'channel,channel';
 * checkGroupBy([field('channel', span(0, 7)), field('channel', span(8, 15))], text)[0]?.code; // 'PCAQ0303'
 * ```
 */
export function checkGroupBy(fields: readonly FieldNode[], text: string, options: CheckOptions = {}): Diagnostic[] {
  // Anything that is not a field node (a JavaScript caller's mistake) is checked as a name it
  // cannot be, so it is reported (PCAQ0205) rather than skipped.
  const wellFormed = Array.isArray(fields) ? fields.map((f: unknown) => (isFieldNode(f) ? f : notAName(f))) : [];
  return run(text, options, (rule, context) => rule.groupBy?.(wellFormed, context));
}

function run(
  text: string,
  options: CheckOptions,
  visit: ((rule: CheckRule, context: RuleContext) => void) | undefined,
  visitAll?: (context: RuleContext) => void,
): Diagnostic[] {
  const source = typeof text === 'string' ? text : '';
  const found: DiagnosticInit[] = [];
  const schema = options?.schema ?? LICENSE_USAGE_SCHEMA;
  const context: RuleContext = { text: source, schema, report: (init) => found.push(init) };
  withSchemaIndex(schema, () => {
    if (visitAll) visitAll(context);
    if (visit) for (const rule of CHECK_RULES) visit(rule, context);
  });
  if (found.length === 0) return [];
  // Stable sort: rules run one after the other, readers want the text's order.
  const lines = new LineIndex(source);
  const parameter = sourceOption(options);
  return found.sort((a, b) => a.span.start - b.span.start).map((init) => createDiagnostic(lines, parameter ? { ...init, source: parameter } : init));
}

/** PCAQ0116 for a value that is not a well-formed filter tree, else undefined. */
function malformed(ast: unknown, visit: (node: ComparisonNode) => void, source: DiagnosticSource | undefined): Diagnostic | undefined {
  let problem;
  try {
    problem = filterTreeProblem(ast, { visit });
  } catch {
    // A getter or proxy that throws is a malformed tree like any other.
    problem = { path: 'the tree', reason: 'cannot be read' };
  }
  return problem && createDiagnostic('', source ? { ...malformedFilterTree(problem), source } : malformedFilterTree(problem));
}

function notAName(value: unknown): FieldNode {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : value;
  let text: string;
  try {
    text = String(name);
  } catch {
    text = '...';
  }
  // Never a valid name, so PCAQ0205 reports it (a string that is one would make a well-formed node).
  return { type: 'Field', name: typeof name === 'string' ? name : `${text} (not a string)`, span: NO_SPAN };
}

function isFieldNode(value: unknown): value is FieldNode {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Partial<FieldNode>;
  return typeof f.name === 'string' && typeof f.span?.start === 'number' && typeof f.span.end === 'number';
}
