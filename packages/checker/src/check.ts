import {
  LICENSE_USAGE_SCHEMA,
  createDiagnostic,
  type ComparisonNode,
  type Diagnostic,
  type DiagnosticInit,
  type FieldNode,
  type FilterNode,
} from '@pcaq/core';
import { forEachComparison } from './comparisons.js';
import { CHECK_RULES } from './registry.js';
import type { CheckOptions, CheckRule, RuleContext } from './rule.js';
import { withSchemaIndex } from './schema-index.js';

/**
 * Checks a parsed filter against the schema (PCAQ0201, PCAQ0202, PCAQ0204). `text` is the text the
 * AST was parsed from: line and column come from it, and fixes are only offered where a node's
 * span really holds what the node says (so nodes built in code, with `NO_SPAN`, get diagnostics but
 * no fixes). Never throws; diagnostics come in text order.
 *
 * @example
 * ```ts
 * const ast = comparison(field('WorkloadCode'), 'eq', stringLiteral('SFB'));
 * checkFilter(ast, '')[0]?.code; // 'PCAQ0201' (unknown field; did you mean 'workloadCode'?)
 * ```
 */
export function checkFilter(ast: FilterNode, text: string, options: CheckOptions = {}): Diagnostic[] {
  // Walked once; every rule then sees the comparisons in text order, one rule after the other.
  const comparisons: ComparisonNode[] = [];
  if (typeof ast === 'object' && ast !== null) forEachComparison(ast, (node) => comparisons.push(node));
  return run(text, options, (rule, context) => {
    const hook = rule.comparison;
    if (!hook) return;
    for (let i = 0; i < comparisons.length; i++) hook(comparisons[i] as ComparisonNode, context);
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
  const wellFormed = Array.isArray(fields) ? fields.filter(isFieldNode) : [];
  return run(text, options, (rule, context) => rule.groupBy?.(wellFormed, context));
}

function run(text: string, options: CheckOptions, visit: (rule: CheckRule, context: RuleContext) => void): Diagnostic[] {
  const source = typeof text === 'string' ? text : '';
  const found: DiagnosticInit[] = [];
  const schema = options?.schema ?? LICENSE_USAGE_SCHEMA;
  const context: RuleContext = { text: source, schema, report: (init) => found.push(init) };
  withSchemaIndex(schema, () => {
    for (const rule of CHECK_RULES) visit(rule, context);
  });
  if (found.length === 0) return [];
  // Stable sort: rules run one after the other, readers want the text's order.
  return found.sort((a, b) => a.span.start - b.span.start).map((init) => createDiagnostic(source, init));
}

function isFieldNode(value: unknown): value is FieldNode {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Partial<FieldNode>;
  return typeof f.name === 'string' && typeof f.span?.start === 'number' && typeof f.span.end === 'number';
}
