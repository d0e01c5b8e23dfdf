import { describe, expect, it } from 'vitest';
import { LineIndex, createDiagnostic, diagnosticInit, relocateToFile, reviseDiagnostic, type Diagnostic } from '@pcaq/core';
import { thrown } from '@pcaq/testing';

const keywordCase = (): Diagnostic =>
  createDiagnostic("a EQ 'x'", {
    code: 'PCAQ0105',
    span: { start: 2, end: 4 },
    args: { actual: 'EQ', expected: 'eq' },
    fixes: [{ edits: [{ span: { start: 2, end: 4 }, text: 'eq' }] }],
  });

describe('diagnostics are made, never patched', () => {
  it('a diagnostic is frozen when it is made', () => {
    const d = keywordCase();
    expect(Object.isFrozen(d)).toBe(true);
    expect(thrown(() => ((d as { line: number }).line = 9))).toBeInstanceOf(TypeError);
  });

  it('remembers the init it was made from', () => {
    expect(diagnosticInit(keywordCase())).toMatchObject({ code: 'PCAQ0105', args: { actual: 'EQ', expected: 'eq' } });
  });

  it('turning fixes into suggestions keeps the fix text of the message table', () => {
    const d = keywordCase();
    const revised = reviseDiagnostic(d, { fixes: [], suggestions: diagnosticInit(d).fixes ?? [] });
    expect(revised.fixes).toBeUndefined();
    expect(revised.suggestions).toEqual([{ message: "Replace 'EQ' with 'eq'", edits: [{ span: { start: 2, end: 4 }, text: 'eq' }] }]);
    expect(revised.message).toBe(d.message);
  });

  it('moving a diagnostic to another text takes line and column from that text', () => {
    const moved = reviseDiagnostic(keywordCase(), { text: new LineIndex("x\ny\na EQ 'x'"), span: { start: 6, end: 8 } });
    expect([moved.line, moved.column, moved.span]).toEqual([3, 3, { start: 6, end: 8 }]);
  });

  it('naming the parameter sets source and nothing else', () => {
    const d = keywordCase();
    expect(reviseDiagnostic(d, { source: 'filter' })).toEqual({ ...d, source: 'filter' });
  });

  it('refuses to make again a diagnostic that createDiagnostic did not make', () => {
    const copy: Diagnostic = JSON.parse(JSON.stringify(keywordCase()));
    expect(thrown(() => reviseDiagnostic(copy, {}))).toMatchObject({ name: 'InvalidArgumentError' });
    expect(thrown(() => diagnosticInit(copy))).toMatchObject({ name: 'InvalidArgumentError' });
  });

  it('refuses fixes for a code whose table entry has no fix text', () => {
    const top = createDiagnostic('0', { code: 'PCAQ0401', span: { start: 0, end: 1 }, args: { value: '0' } });
    expect(thrown(() => reviseDiagnostic(top, { fixes: [{ edits: [] }] }))).toMatchObject({ name: 'InvalidArgumentError' });
  });

  it('relocating to a file gives the file position of both ends, and the file and query', () => {
    const text = "q = 1\nf = \"a EQ 'x'\"";
    const lines = new LineIndex(text);
    const inFile = relocateToFile(keywordCase(), { file: 'a.py', position: (offset) => lines.at(offset), query: "a EQ 'x'" }, { span: { start: 13, end: 15 } });
    expect(inFile).toMatchObject({ file: 'a.py', line: 2, column: 8, endLine: 2, endColumn: 10, query: "a EQ 'x'" });
    expect(inFile.fixes).toBeUndefined();
    expect(Object.isFrozen(inFile)).toBe(true);
  });
});
