import type { ComparisonNode, DiagnosticCode, DiagnosticInit, DiagnosticSource, FieldDefinition, FieldNode, Schema } from '@pcaq/core';

/**
 * What a rule sees besides the nodes: the text the nodes were parsed from (for fixes), the schema
 * to check against, and a sink for its findings.
 *
 * @example
 * ```ts
 * const found: DiagnosticInit[] = [];
 * const context: RuleContext = { text: '', schema: LICENSE_USAGE_SCHEMA, report: (d) => found.push(d) };
 * ```
 */
export interface RuleContext {
  readonly text: string;
  readonly schema: Schema;
  report(init: DiagnosticInit): void;
}

/**
 * One checker rule: the code it reports and the hooks it implements. `comparison` runs on every
 * comparison of a filter; `groupBy` runs once on a whole group-by list (duplicates need the list).
 *
 * @example
 * ```ts
 * const rule: CheckRule = {
 *   code: 'PCAQ0202',
 *   comparison: (node, context) => { if (node.field.name === 'licensesActive') context.report({ code: 'PCAQ0202', span: node.field.span }); },
 *   appliesTo: (definition) => definition.name === 'licensesActive',
 * };
 * ```
 */
export interface CheckRule {
  /** The diagnostic code this rule reports (and nothing else). */
  readonly code: DiagnosticCode;
  readonly comparison?: (node: ComparisonNode, context: RuleContext) => void;
  /**
   * Whether `comparison` can report anything on a comparison whose field name is exactly the
   * name of `definition` (its first definition in the schema), judged from the definition alone;
   * absent means it always can. The checker asks once per schema and field and then runs on each
   * comparison only the hooks that can report; a name the schema does not define runs them all
   * (docs/performance.md, "Parsing"). Answering `false` where the hook could report would lose
   * diagnostics, so a test runs every hook on every comparison and compares.
   */
  readonly appliesTo?: (definition: FieldDefinition) => boolean;
  readonly groupBy?: (fields: readonly FieldNode[], context: RuleContext) => void;
}

/**
 * Options of {@link checkFilter} and {@link checkGroupBy}.
 *
 * @example
 * ```ts
 * const options: CheckOptions = { schema: LICENSE_USAGE_SCHEMA };
 * ```
 */
export interface CheckOptions {
  /** The fields to check against; default `LICENSE_USAGE_SCHEMA`. */
  readonly schema?: Schema;
  /** The request parameter the text is, set on every diagnostic as it is made. */
  readonly source?: DiagnosticSource;
}
