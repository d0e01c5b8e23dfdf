import { LIMITS, hasErrors, type Diagnostic, type FilterNode, type Query } from '@pcaq/core';
import { analyzeQuery } from './analyze-query.js';
import type { LintOptions } from './options.js';

/**
 * A request that passed linting, with defaults applied: what the evaluator, the builder and the
 * SQL compiler consume. `filter` is a tree, `groupby` a list of field names.
 *
 * @example
 * ```ts
 * const resolved: ResolvedQuery = { groupby: ['channel'], top: 10000, skip: 0 };
 * ```
 */
export interface ResolvedQuery {
  readonly filter?: FilterNode;
  readonly groupby?: readonly string[];
  /** 1..10000; default 10000. */
  readonly top: number;
  /** 0 or more; default 0. */
  readonly skip: number;
  /** As given (ISO 8601); absent means the latest processed date in the data. */
  readonly processedDateTime?: string;
}

/**
 * What {@link resolveQuery} returns: the resolved query, undefined when any diagnostic is an error.
 *
 * @example
 * ```ts
 * const { query, diagnostics }: ResolvedQueryResult = resolveQuery({ top: 5 });
 * ```
 */
export interface ResolvedQueryResult {
  readonly query: ResolvedQuery | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Lints a request (as {@link lintQuery}) and, when there is no error, returns it resolved: the
 * filter parsed, the group-by list split into names, `top` defaulting to 10000 and `skip` to 0.
 * Warnings do not stop resolution. Never throws.
 *
 * @example
 * ```ts
 * resolveQuery({ filter: "channel eq 'Reseller'", groupby: 'customerTenantId' }).query;
 * // { filter: { type: 'Comparison', ... }, groupby: ['customerTenantId'], top: 10000, skip: 0 }
 * resolveQuery({ top: '1e3' }).query; // undefined (PCAQ0401)
 * ```
 */
export function resolveQuery(query: Query, options: LintOptions = {}): ResolvedQueryResult {
  const analysis = analyzeQuery(query, options);
  const { diagnostics } = analysis;
  if (hasErrors(diagnostics)) return { query: undefined, diagnostics };
  const resolved: ResolvedQuery = {
    ...(analysis.filter ? { filter: analysis.filter } : {}),
    // A field named twice (a PCAQ0303 warning) groups like a field named once.
    ...(analysis.groupby ? { groupby: Object.freeze([...new Set(analysis.groupby)]) } : {}),
    top: analysis.top ?? LIMITS.maxTop,
    skip: analysis.skip ?? 0,
    ...(analysis.processedDateTime !== undefined ? { processedDateTime: analysis.processedDateTime } : {}),
  };
  return { query: resolved, diagnostics };
}
