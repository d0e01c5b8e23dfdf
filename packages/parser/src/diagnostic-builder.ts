import { createDiagnostic, type Diagnostic, type DiagnosticInit } from '@pcaq/core';

/**
 * Makes the diagnostics of one text. Message and severity come from `createDiagnostic` (the one
 * table); line and column are computed here with a cursor that only moves forward while the
 * diagnostics come in text order, so thousands of them in a 32 KB filter cost one pass over the
 * text instead of one pass each. Same rules as `lineColumnAt`: lines end at LF, CR LF or a lone CR.
 *
 * @example
 * ```ts
 * const builder = new DiagnosticBuilder("a eq 'x'\n#");
 * builder.create({ code: 'PCAQ0102', span: span(9, 10), args: { char: '#' } }).line; // 2
 * ```
 */
export class DiagnosticBuilder {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  create(init: DiagnosticInit): Diagnostic {
    // An empty text makes createDiagnostic's own line/column lookup free; ours replaces it.
    const diagnostic = createDiagnostic('', init);
    const { line, column } = this.lineColumnAt(init.span.start);
    return { ...diagnostic, line, column };
  }

  private lineColumnAt(offset: number): { line: number; column: number } {
    const { text } = this;
    const end = Math.max(0, Math.min(offset, text.length));
    if (end < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let i = this.offset; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* LF */ || (c === 13 /* CR */ && text.charCodeAt(i + 1) !== 10)) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.offset = end;
    return { line: this.line, column: end - this.lineStart + 1 };
  }
}
