import { checkFilter } from '@pcaq/checker';
import { hasErrors, lineColumnAt, planFixes, type Diagnostic, type Fix } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { EditMap } from './edit-map.js';
import type { ParseOptions } from './options.js';

/**
 * Schema diagnostics for a filter whose syntax errors all have fixes: the fixes are applied,
 * the result parsed and checked, and what the checker finds is mapped back to the original text.
 * So `WorkloadCode EQ 'SFB'` gets both its fixes in one pass (applying them yields a filter with
 * no errors), instead of the field's fix showing up only after the keyword is fixed. Diagnostics
 * that fall inside fixed text are left for the next pass.
 */
export function checkAfterSyntaxFixes(text: string, syntax: readonly Diagnostic[], options: ParseOptions): Diagnostic[] {
  if (!syntax.every((d) => d.severity !== 'error' || (d.fixes?.length ?? 0) > 0)) return [];
  const { edits, fixed } = planFixes(text, syntax);
  if (edits.length === 0) return [];
  const reparsed = parseFilterSyntax(fixed);
  if (!reparsed.ast || hasErrors(reparsed.diagnostics)) return [];
  const map = new EditMap(edits);
  const mapped: Diagnostic[] = [];
  for (const diagnostic of checkFilter(reparsed.ast, fixed, options)) {
    const span = map.span(diagnostic.span);
    if (!span) continue;
    const { line, column } = lineColumnAt(text, span.start);
    const fixes = mapFixes(map, diagnostic.fixes);
    const suggestions = mapFixes(map, diagnostic.suggestions);
    const { fixes: _f, suggestions: _s, ...rest } = diagnostic;
    mapped.push({ ...rest, span, line, column, ...(fixes ? { fixes } : {}), ...(suggestions ? { suggestions } : {}) });
  }
  return mapped;
}

function mapFixes(map: EditMap, fixes: readonly Fix[] | undefined): Fix[] | undefined {
  const mapped = (fixes ?? []).map((f) => map.fix(f)).filter((f): f is Fix => f !== undefined);
  return mapped.length > 0 ? mapped : undefined;
}
