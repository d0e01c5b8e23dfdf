import { checkFilter } from '@pcaq/checker';
import { filterTreeProblem, hasErrors, logical, type Diagnostic, type FilterNode, type LogicalOperator, type Schema } from '@pcaq/core';
import { printFilter } from '@pcaq/printer';
import { QueryBuildError } from './build-error.js';
import { emptyListDiagnostic, notATreeDiagnostic } from './builder-diagnostics.js';
import { rebuildTree } from './rebuild-tree.js';

/**
 * A filter condition under construction: an immutable, frozen value holding either a checked
 * filter tree or the diagnostics that kept it from being one. Conditions come from
 * {@link where}, {@link anyOf}, {@link allOf}, the {@link filter} template tag and
 * {@link fromFilter}; combine them with `and`/`or` and hand them to `QueryBuilder.filter`.
 *
 * @example
 * ```ts
 * const sfbOrReseller = where('workloadCode').eq('SFB').or(where('channel').eq('Reseller'));
 * sfbOrReseller.toString(); // "workloadCode eq 'SFB' or channel eq 'Reseller'"
 * sfbOrReseller.node;       // the frozen `Logical` node the parser would give for that text
 * ```
 */
export interface Condition {
  /** The tree, built by the core node factories; undefined when any diagnostic is an error. */
  readonly node: FilterNode | undefined;
  /**
   * What was found building the condition: the same codes the linter reports (PCAQ01xx for a
   * template's or a text's syntax, PCAQ0109 for a value that is not a string, PCAQ02xx from the
   * checker). Spans index {@link Condition.text} when there is one, and are empty otherwise.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** The text the diagnostics' spans index: an assembled template or a text given to `fromFilter`. */
  readonly text: string | undefined;
  /** This condition and every other one: `a and b and c`, one flat `and` node. */
  and(...others: readonly ConditionLike[]): Condition;
  /** This condition or any other one: `a or b or c`, one flat `or` node. */
  or(...others: readonly ConditionLike[]): Condition;
  /** The canonical filter text. Throws a `QueryBuildError` when the condition has an error. */
  toString(): string;
}

/**
 * What the builder accepts as a condition: a {@link Condition} or a filter tree (which it rebuilds
 * through the core factories and checks).
 *
 * @example
 * ```ts
 * const parts: ConditionLike[] = [where('channel').eq('Reseller'), comparison(field('workloadCode'), 'eq', stringLiteral('SFB'))];
 * ```
 */
export type ConditionLike = Condition | FilterNode;

class BuiltCondition implements Condition {
  readonly node: FilterNode | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly text: string | undefined;

  constructor(node: FilterNode | undefined, diagnostics: readonly Diagnostic[], text: string | undefined) {
    // Frozen: a condition is shared by every builder made from it (each diagnostic is frozen by createDiagnostic).
    this.diagnostics = Object.freeze([...diagnostics]);
    this.node = hasErrors(this.diagnostics) ? undefined : node;
    this.text = text;
    Object.freeze(this);
  }

  and(...others: readonly ConditionLike[]): Condition {
    return combine('and', [this, ...others], undefined);
  }

  or(...others: readonly ConditionLike[]): Condition {
    return combine('or', [this, ...others], undefined);
  }

  toString(): string {
    if (this.node === undefined) throw new QueryBuildError(this.diagnostics);
    return printFilter(this.node);
  }
}

/**
 * A condition from a tree and what was found making it; the tree is dropped when a diagnostic is
 * an error, so a condition never holds a tree the checker rejects.
 */
export function makeCondition(node: FilterNode | undefined, diagnostics: readonly Diagnostic[], text?: string): Condition {
  return new BuiltCondition(node, diagnostics, text);
}

/**
 * A condition from a tree built in code: checked against the schema right away (the checker's
 * PCAQ0201, PCAQ0202, PCAQ0204, PCAQ0206-0211, with empty spans since there is no text). The
 * schema is the endpoint's for a typed endpoint field, licence usage otherwise.
 */
export function checkedCondition(node: FilterNode, schema?: Schema): Condition {
  return makeCondition(node, checkFilter(node, '', schema ? { schema } : {}));
}

/** Whether a value is a condition this package made (trees and foreign objects are not). */
export function isCondition(value: unknown): value is Condition {
  return value instanceof BuiltCondition;
}

/**
 * A condition from whatever a caller passed: a condition as it is, a tree rebuilt and checked
 * against `schema` (default licence usage; a field name that is not a name is PCAQ0205), anything else (a JavaScript caller's mistake,
 * a cycle included) a condition holding a PCAQ0116 diagnostic.
 */
export function toCondition(value: unknown, schema?: Schema): Condition {
  if (isCondition(value)) return value;
  let rebuilt: FilterNode | undefined;
  try {
    // The core's check is the only check of a tree from code; the rebuild only copies.
    rebuilt = filterTreeProblem(value) === undefined ? rebuildTree(value as FilterNode) : undefined;
  } catch {
    // A getter or proxy that throws is a malformed tree like any other.
    rebuilt = undefined;
  }
  return rebuilt ? checkedCondition(rebuilt, schema) : makeCondition(undefined, [notATreeDiagnostic(value)]);
}

/**
 * Joins conditions with one operator into one flat node (the core factory flattens). Diagnostics
 * of every part are kept; an empty list is a PCAQ0101 error naming `what` (the builder call).
 */
export function combine(operator: LogicalOperator, parts: readonly unknown[], what: string | undefined): Condition {
  if (parts.length === 0) return makeCondition(undefined, [emptyListDiagnostic(what ?? `${operator}()`)]);
  const conditions = parts.map((part) => toCondition(part));
  const diagnostics = conditions.flatMap((c) => c.diagnostics);
  const nodes = conditions.map((c) => c.node);
  if (!nodes.every((n): n is FilterNode => n !== undefined)) return makeCondition(undefined, diagnostics);
  return makeCondition(logical(operator, nodes), diagnostics);
}
