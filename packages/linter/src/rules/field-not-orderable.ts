import { didYouMean, similarNames, truncateText, type DiagnosticInit, type FixInit, type Schema, type Span } from '@pcaq/core';

/**
 * PCAQ0307 (field-not-orderable): an `orderby` item naming a field the endpoint cannot sort by,
 * unknown or not marked `orderable` in its schema (docs/language.md, "orderby"). When exactly one
 * orderable field has the name in another case (`UsageDate`), the fix writes it; nearby names are
 * suggestions only.
 *
 * @example
 * ```ts
 * fieldNotOrderable('UsageDate', span(0, 9), AZURE_USAGE_SCHEMA).fixes?.[0]?.edits[0]?.text; // 'usageDate'
 * ```
 */
export function fieldNotOrderable(name: string, at: Span, schema: Schema): DiagnosticInit {
  const orderable = schema.fields.filter((f) => f.orderable === true).map((f) => f.name);
  const folded = name.toLowerCase();
  const sameIgnoringCase = orderable.filter((f) => f.toLowerCase() === folded);
  const near = sameIgnoringCase.length > 0 ? sameIgnoringCase : similarNames(name, orderable);
  const edit = (replacement: string): FixInit => ({ edits: [{ span: at, text: replacement }], args: { original: name, replacement } });
  const fixes = sameIgnoringCase.length === 1 ? [edit(sameIgnoringCase[0]!)] : [];
  const suggestions = fixes.length > 0 ? [] : near.map(edit);
  const fields = orderable.length > 0 ? orderable.join(', ') : 'none';
  return { code: 'PCAQ0307', span: at, args: { name: truncateText(name, 60), schema: schema.name, fields, hint: didYouMean(near) }, fixes, suggestions, source: 'orderby' };
}
