import type { Diagnostic, Fix, Span, TextEdit } from '@pcaq/core';

/**
 * The edits `applyFixes` would make (the first fix of each diagnostic, skipping fixes that
 * overlap one already taken), sorted, with the text they produce. Kept in step with `applyFixes`
 * by a test.
 */
export function takeFirstFixes(text: string, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; fixed: string } {
  const taken: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fixes?.[0];
    if (!fix || !fix.edits.every((e) => 0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length)) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  const edits = taken.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.index - b.index).map((e) => e.edit);
  let fixed = '';
  let at = 0;
  for (const edit of edits) {
    fixed += text.slice(at, edit.span.start) + edit.text;
    at = edit.span.end;
  }
  return { edits, fixed: fixed + text.slice(at) };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = a.span.start === a.span.end;
  const bEmpty = b.span.start === b.span.end;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return b.span.start < a.span.start && a.span.start < b.span.end;
  if (bEmpty) return a.span.start < b.span.start && b.span.start < a.span.end;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * Maps spans of the edited text back to the original text. A position outside every inserted
 * text maps exactly; a span that covers an inserted text whole maps to what that text replaced;
 * a position strictly inside an inserted text has no counterpart (undefined).
 */
export class EditMap {
  private readonly regions: { readonly newStart: number; readonly newEnd: number; readonly edit: TextEdit }[] = [];

  constructor(edits: readonly TextEdit[]) {
    let delta = 0;
    for (const edit of edits) {
      const newStart = edit.span.start + delta;
      this.regions.push({ newStart, newEnd: newStart + edit.text.length, edit });
      delta += edit.text.length - (edit.span.end - edit.span.start);
    }
  }

  /** The original span of an edited-text span, or undefined when it cuts into an inserted text. */
  span(edited: Span): Span | undefined {
    const start = this.position(edited.start, 'start');
    const end = this.position(edited.end, 'end');
    return start === undefined || end === undefined || end < start ? undefined : { start, end };
  }

  /** A fix with every edit mapped back, or undefined when one cannot be. */
  fix(fix: Fix): Fix | undefined {
    const edits: TextEdit[] = [];
    for (const edit of fix.edits) {
      const mapped = this.span(edit.span);
      if (!mapped) return undefined;
      edits.push({ span: mapped, text: edit.text });
    }
    return { message: fix.message, edits };
  }

  private position(x: number, side: 'start' | 'end'): number | undefined {
    let delta = 0;
    for (const { newStart, newEnd, edit } of this.regions) {
      if (x < newStart) break;
      const empty = newStart === newEnd;
      // At an empty insertion, a start belongs after what it replaced and an end before it.
      if (x === newStart && (!empty || side === 'end')) return edit.span.start;
      if (x === newEnd) return edit.span.end;
      if (x < newEnd) return undefined;
      delta = newEnd - edit.span.end;
    }
    return x - delta;
  }
}
