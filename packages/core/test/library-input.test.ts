import { thrown } from '@pcaq/testing';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  InvalidArgumentError,
  LineIndex,
  applyFixes,
  comparison,
  createDiagnostic,
  field,
  filterTreeProblem,
  formatMessage,
  hasErrors,
  lineColumnAt,
  or,
  planFixes,
  span,
  stringLiteral,
  truncateText,
  type Diagnostic,
  type TextEdit,
} from '@pcaq/core';

describe('applyFixes on a malformed diagnostics list from code', () => {
  it.each([
    ['not an array', 'x', 'applyFixes: diagnostics is not an array'],
    ['a null diagnostic', [null], 'applyFixes: diagnostics[0] is not a diagnostic object'],
    ['fixes that are not an array', [{}, { fixes: 'x' }], 'applyFixes: diagnostics[1].fixes is not an array'],
    ['a fix without edits', [{ fixes: [{ message: 'm' }] }], 'applyFixes: diagnostics[0].fixes[0].edits is not an array'],
    ['an edit without a span', [{ fixes: [{ edits: [{ text: 'x' }] }] }], 'applyFixes: diagnostics[0].fixes[0].edits[0].span is not a span of integer offsets { start, end }'],
    ['an edit whose text is not a string', [{ fixes: [{ edits: [{ span: span(0, 1), text: 5 }] }] }], 'applyFixes: diagnostics[0].fixes[0].edits[0].text is not a string'],
  ])('throws InvalidArgumentError naming the part for %s', (_name, diagnostics, message) => {
    const error = thrown(() => applyFixes('abc', diagnostics as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(message);
  });

  it('throws InvalidArgumentError for text that is not a string, and for the other core entry points', () => {
    expect(thrown(() => applyFixes(5 as never, []))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => planFixes(null as never, []))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => hasErrors('x' as never))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => formatMessage(5 as never, {}))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => createDiagnostic('', { code: 'PCAQ9999' as never, span: span(0, 0) }))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => or('x' as never))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => or([null as never]))).toBeInstanceOf(InvalidArgumentError);
  });

  it('still leaves out a fix whose edits fall outside the text (diagnostics of another text)', () => {
    const outside = createDiagnostic('', { code: 'PCAQ0105', span: span(0, 1), fixes: [{ edits: [{ span: span(5, 9), text: 'x' }] }] });
    expect(applyFixes('abc', [outside])).toBe('abc');
  });
});

/** The overlap rule of planFixes, by scanning every edit taken so far (quadratic, obviously right). */
function naivePlan(text: string, diagnostics: readonly Diagnostic[]): string {
  const inside = (e: TextEdit): boolean => 0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length;
  const overlaps = (a: TextEdit, b: TextEdit): boolean => {
    const aEmpty = a.span.start === a.span.end;
    const bEmpty = b.span.start === b.span.end;
    if (aEmpty && bEmpty) return false;
    if (aEmpty) return b.span.start < a.span.start && a.span.start < b.span.end;
    if (bEmpty) return a.span.start < b.span.start && b.span.start < a.span.end;
    return a.span.start < b.span.end && b.span.start < a.span.end;
  };
  const taken: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.[0];
    const selfOverlap = fix?.edits.some((e, i) => fix.edits.some((f, j) => i !== j && (overlaps(e, f) || (e.span.start === f.span.start && e.span.end === f.span.end && e.span.start !== e.span.end))));
    if (!fix || selfOverlap || !fix.edits.every(inside) || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  const order = taken.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.index - b.index);
  let out = '';
  let at = 0;
  for (const { edit } of order) {
    out += text.slice(at, edit.span.start) + edit.text;
    at = edit.span.end;
  }
  return out + text.slice(at);
}

const edit = (length: number): fc.Arbitrary<TextEdit> =>
  fc.tuple(fc.nat(length + 2), fc.nat(4), fc.constantFrom('', 'X', 'YZ')).map(([start, width, text]) => ({ span: span(start, start + width), text }));

describe('planFixes', () => {
  test.prop([fc.string({ maxLength: 30 }).chain((text) => fc.tuple(fc.constant(text), fc.array(fc.array(edit(text.length), { minLength: 1, maxLength: 3 }), { maxLength: 12 })))], { numRuns: 500 })(
    'takes exactly the fixes the scan of every taken edit would take',
    ([text, fixes]) => {
      const diagnostics = fixes.map((edits) => createDiagnostic(text, { code: 'PCAQ0105', span: span(0, 0), fixes: [{ edits }] }));
      expect(planFixes(text, diagnostics).fixed).toBe(naivePlan(text, diagnostics));
    },
  );

  it('applies 30,000 fixes in one text', () => {
    const text = 'EQ '.repeat(30_000);
    const diagnostics = Array.from({ length: 30_000 }, (_, i) =>
      createDiagnostic('', { code: 'PCAQ0105', span: span(3 * i, 3 * i + 2), fixes: [{ edits: [{ span: span(3 * i, 3 * i + 2), text: 'eq' }] }] }),
    );
    expect(applyFixes(text, diagnostics)).toBe('eq '.repeat(30_000));
  });
});

describe('LineIndex', () => {
  test.prop([fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n', ' ') }), fc.integer({ min: -2, max: 40 })])('agrees with lineColumnAt', (text, offset) => {
    expect(new LineIndex(text).at(offset)).toEqual(lineColumnAt(text, offset));
  });
});

describe('truncateText', () => {
  test.prop([fc.string({ unit: 'binary' }), fc.nat(20)])('never leaves a lone surrogate the text did not have', (text, max) => {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    if (!lone.test(text)) expect(lone.test(truncateText(text, max))).toBe(false);
  });
});

describe('filterTreeProblem', () => {
  const eq = comparison(field('channel'), 'eq', stringLiteral('x'));
  it('accepts trees frozen or not, and names the path of the first problem', () => {
    expect(filterTreeProblem(eq)).toBeUndefined();
    expect(filterTreeProblem(JSON.parse(JSON.stringify(or([eq, eq]))))).toBeUndefined();
    const bad = { type: 'Logical', operator: 'or', operands: [eq, { ...eq, value: { type: 'StringLiteral', value: 1 } }] };
    expect(filterTreeProblem(bad)).toEqual({ path: 'operands[1].value.value', reason: 'is a number, not a string' });
    expect(filterTreeProblem(comparison(field('a,b'), 'eq', stringLiteral('x')), { fieldNames: true })?.path).toBe('field.name');
  });

  it('finds a cycle however deep, and walks a tree deeper than the call stack', () => {
    let deep: unknown = eq;
    for (let i = 0; i < 100_000; i++) deep = { type: 'Logical', operator: i % 2 ? 'and' : 'or', operands: [deep, eq] };
    expect(filterTreeProblem(deep)).toBeUndefined();
    const loop = { type: 'Logical', operator: 'and', operands: [eq] as unknown[] };
    loop.operands.push({ type: 'Logical', operator: 'or', operands: [loop] });
    expect(filterTreeProblem(loop)?.reason).toBe('contains itself (a cycle)');
    // A node shared by two branches is not a cycle.
    expect(filterTreeProblem({ type: 'Logical', operator: 'and', operands: [loop.operands[0], eq, eq] })).toBeUndefined();
  });
});
