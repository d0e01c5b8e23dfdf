import { checkFilter } from '@pcaq/checker';
import { LIMITS, LineIndex, hasErrors, sourceOption, type Diagnostic, type FilterNode } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { asText } from './as-text.js';
import type { ParseOptions } from './options.js';
import { byPosition } from './order.js';
import { replacementCharacter } from './rules/replacement-character.js';
import { demoteGuessedParenFixes } from './guessed-paren-fixes.js';
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
 * Parses a filter and checks it against the schema: syntax diagnostics (PCAQ01xx), schema
 * diagnostics (PCAQ02xx) and PCAQ0411 warnings for U+FFFD in one list, in text order. A syntax
 * error never hides a schema error: the schema is checked on the text as the syntax fixes leave
 * it, whole when it parses and comparison by comparison when it does not, so one round of fixes
 * clears every fixable error and uncovers none. Where a missing or extra parenthesis could be
 * repaired in places that mean different things, the repair is a suggestion, not a fix. Past
 * 32,768 characters nothing but PCAQ0115 is
 * reported, and nothing past the limit is read. Never throws.
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
  const parameter = sourceOption(options);
  const syntax = parseFilterSyntax(source, parameter ? { source: parameter } : {});
  if (source.length > LIMITS.maxFilterLength) return { ast: undefined, diagnostics: syntax.diagnostics };
  const mangled = source.includes('\uFFFD') ? replacementCharacter(source, new LineIndex(source), parameter) : [];
  if (syntax.ast) {
    const schemaDiagnostics = checkFilter(syntax.ast, source, options ?? {});
    // A clean, known-good filter (the common case): nothing to merge or sort.
    if (syntax.diagnostics.length === 0 && schemaDiagnostics.length === 0 && mangled.length === 0) return { ast: syntax.ast, diagnostics: schemaDiagnostics };
    // A tree the parser recovered despite errors is still checked, but only valid syntax returns it.
    const diagnostics = [...syntax.diagnostics, ...schemaDiagnostics, ...mangled].sort(byPosition);
    return { ast: hasErrors(syntax.diagnostics) ? undefined : syntax.ast, diagnostics };
  }
  const syntaxDiagnostics = demoteGuessedParenFixes(source, syntax.diagnostics);
  const checked = checkAfterSyntaxFixes(source, syntaxDiagnostics, options ?? {});
  return { ast: undefined, diagnostics: [...syntaxDiagnostics, ...checked, ...mangled].sort(byPosition) };
}
