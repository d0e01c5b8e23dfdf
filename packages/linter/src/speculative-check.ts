import { checkFilter } from '@pcaq/checker';
import { LineIndex, and, diagnosticInit, hasErrors, planFixes, reviseDiagnostic, type Diagnostic, type FixInit } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { completeComparisons } from './complete-comparisons.js';
import { EditMap } from './edit-map.js';
import type { ParseOptions } from './options.js';

/**
 * Schema diagnostics for a filter with syntax errors, found in the same pass as those errors
 * (docs/diagnostics.md, "What one pass reports"). The syntax fixes there are are applied first,
 * and the result is checked as the text the user will have after `--fix`: parsed and checked
 * whole when it parses, else each comparison in it that is complete is checked. What the checker
 * finds is mapped back to the original text. So `WorkloadCode EQ 'SFB'` gets both its fixes at
 * once, `channel gt 'a' and Channel eq 'b'` reports `Channel` beside `gt`, and applying the fixes
 * never uncovers an error that was not reported. Diagnostics that fall inside fixed text are left
 * for the next pass.
 */
export function checkAfterSyntaxFixes(text: string, syntax: readonly Diagnostic[], options: ParseOptions): Diagnostic[] {
  const { edits, fixed } = planFixes(text, syntax);
  const reparsed = edits.length > 0 ? parseFilterSyntax(fixed) : undefined;
  const found =
    reparsed?.ast && !hasErrors(reparsed.diagnostics)
      ? checkFilter(reparsed.ast, fixed, options)
      : checkComplete(fixed, options);
  if (found.length === 0) return [];
  const map = new EditMap(edits);
  const lines = new LineIndex(text);
  const mapped: Diagnostic[] = [];
  for (const diagnostic of found) {
    const span = map.span(diagnostic.span);
    if (!span) continue;
    const init = diagnosticInit(diagnostic);
    mapped.push(reviseDiagnostic(diagnostic, { text: lines, span, fixes: mapFixes(map, init.fixes), suggestions: mapFixes(map, init.suggestions) }));
  }
  return mapped;
}

/** The checker's findings on the complete comparisons of a text that does not parse. */
function checkComplete(text: string, options: ParseOptions): Diagnostic[] {
  const comparisons = completeComparisons(text);
  return comparisons.length === 0 ? [] : checkFilter(and(comparisons), text, options);
}

/** The fixes whose every edit maps back to the original text; the others are left for the next pass. */
function mapFixes(map: EditMap, fixes: readonly FixInit[] | undefined): FixInit[] {
  return (fixes ?? []).map((f) => map.fix(f)).filter((f): f is FixInit => f !== undefined);
}
