import { checkFilter } from '@pcaq/checker';
import { hasErrors, type Diagnostic, type FilterNode } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { asText } from './as-text.js';
import type { ParseOptions } from './options.js';
import { byPosition } from './order.js';
import { checkAfterSyntaxFixes } from './speculative-check.js';

/**
 * What {@link parseFilter} returns.
 *
 * @example
 * ```ts
 * const { ast, diagnostics }: ParsedFilter = parseFilter("workloadCode eq 'SFB'");
 * ```
 */
export interface ParsedFilter {
  /** The tree, whenever the syntax is valid (even when the schema checks found errors). */
  readonly ast: FilterNode | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses a filter and checks it against the schema: syntax diagnostics (PCAQ01xx) and schema
 * diagnostics (PCAQ02xx) in one list, in text order. When every syntax error has a fix, the
 * schema is checked on the fixed text too, so one round of fixes clears every fixable error.
 * Never throws.
 *
 * @example
 * ```ts
 * const { ast, diagnostics } = parseFilter("WorkloadCode eq 'SFB'");
 * diagnostics[0]?.code;                          // 'PCAQ0201'
 * applyFixes("WorkloadCode eq 'SFB'", diagnostics); // "workloadCode eq 'SFB'"
 * ```
 */
export function parseFilter(text: string, options: ParseOptions = {}): ParsedFilter {
  const source = asText(text);
  const syntax = parseFilterSyntax(source);
  if (syntax.ast) {
    const schemaDiagnostics = checkFilter(syntax.ast, source, options ?? {});
    // A clean, known-good filter (the common case): nothing to merge or sort.
    if (syntax.diagnostics.length === 0 && schemaDiagnostics.length === 0) return { ast: syntax.ast, diagnostics: schemaDiagnostics };
    // A tree the parser recovered despite errors is still checked, but only valid syntax returns it.
    const diagnostics = [...syntax.diagnostics, ...schemaDiagnostics].sort(byPosition);
    return { ast: hasErrors(syntax.diagnostics) ? undefined : syntax.ast, diagnostics };
  }
  const checked = checkAfterSyntaxFixes(source, syntax.diagnostics, options ?? {});
  return { ast: undefined, diagnostics: [...syntax.diagnostics, ...checked].sort(byPosition) };
}
