import type { FixInit, Span, TextEdit } from '@pcaq/core';

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
  fix(fix: FixInit): FixInit | undefined {
    const edits: TextEdit[] = [];
    for (const edit of fix.edits) {
      const mapped = this.span(edit.span);
      if (!mapped) return undefined;
      edits.push({ span: mapped, text: edit.text });
    }
    return fix.args ? { edits, args: fix.args } : { edits };
  }

  private position(x: number, side: 'start' | 'end'): number | undefined {
    // The first region ending at or after x, by binary search (regions come in text order and
    // their ends never decrease): a scan per position made many diagnostics times many edits.
    const { regions } = this;
    let low = 0;
    let high = regions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (regions[middle]!.newEnd < x) low = middle + 1;
      else high = middle;
    }
    const region = regions[low];
    if (region && x >= region.newStart) {
      const { newStart, newEnd, edit } = region;
      // At an empty insertion, a start belongs after what it replaced and an end before it.
      if (x === newStart && (newStart !== newEnd || side === 'end')) return edit.span.start;
      if (x === newEnd) return edit.span.end;
      return undefined;
    }
    const before = regions[low - 1];
    return before ? x - (before.newEnd - before.edit.span.end) : x;
  }
}
