import type { Diagnostic, TextEdit } from './diagnostic.js';

/**
 * The edits {@link applyFixes} makes, in the order it makes them, and the text they produce: the
 * first fix of every diagnostic that has one, less any fix whose edits overlap an edit already
 * taken. Tools that must map positions between the two texts use the edits.
 *
 * @example
 * ```ts
 * const { edits, fixed } = planFixes(text, parseFilter(text).diagnostics);
 * ```
 */
export function planFixes(text: string, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; fixed: string } {
  const taken: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fixes?.[0];
    if (!fix || !fix.edits.every((e) => isInside(e, text.length))) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  // Insertions at an offset go before a replacement starting there (else the replaced text would
  // be copied again); same-offset insertions keep diagnostic order.
  const edits = taken
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.index - b.index)
    .map(({ edit }) => edit);
  let fixed = '';
  let at = 0;
  for (const edit of edits) {
    fixed += text.slice(at, edit.span.start) + edit.text;
    at = edit.span.end;
  }
  return { edits, fixed: fixed + text.slice(at) };
}

/**
 * Applies the first fix of every diagnostic that has one, and returns the new text. Suggestions
 * are never applied. A fix whose edits overlap an edit already taken is left out (apply again on
 * the result to reach a fixed point); insertions at the same offset are all kept, in diagnostic
 * order.
 *
 * @example
 * ```ts
 * const text = 'WorkloadCode EQ "SFB"';
 * applyFixes(text, parseFilter(text).diagnostics); // "workloadCode eq 'SFB'"
 * ```
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
  return planFixes(text, diagnostics).fixed;
}

function isInside(edit: TextEdit, length: number): boolean {
  return 0 <= edit.span.start && edit.span.start <= edit.span.end && edit.span.end <= length;
}

/** Two replacements that share a character, or an insertion strictly inside a replacement. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = a.span.start === a.span.end;
  const bEmpty = b.span.start === b.span.end;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return b.span.start < a.span.start && a.span.start < b.span.end;
  if (bEmpty) return a.span.start < b.span.start && b.span.start < a.span.end;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
