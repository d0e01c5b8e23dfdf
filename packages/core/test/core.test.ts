import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_MESSAGES,
  type DiagnosticMessage,
  InvalidArgumentError,
  LICENSE_USAGE_SCHEMA,
  NO_SPAN,
  and,
  applyFixes,
  comparison,
  createDiagnostic,
  field,
  isGuid,
  lineColumnAt,
  or,
  span,
  stringLiteral,
} from '@pcaq/core';

const eq = (name: string, value: string) => comparison(field(name), 'eq', stringLiteral(value));

describe('factories', () => {
  it('flattens nested operands of the same operator and freezes nodes', () => {
    const node = or([eq('a', '1'), or([eq('b', '2'), eq('c', '3')])]);
    expect(node.type).toBe('Logical');
    if (node.type !== 'Logical') return;
    expect(node.operands.map((o) => (o.type === 'Comparison' ? o.field.name : '?'))).toEqual(['a', 'b', 'c']);
    expect(Object.isFrozen(node)).toBe(true);
    expect(Object.isFrozen(node.operands)).toBe(true);
    expect(node.span).toBe(NO_SPAN);
  });

  it('keeps a different operator as one operand and returns a lone operand as is', () => {
    const inner = and([eq('b', '2'), eq('c', '3')]);
    const node = or([eq('a', '1'), inner]);
    expect(node.type === 'Logical' && node.operands[1]).toBe(inner);
    const lone = eq('a', '1');
    expect(and([lone])).toBe(lone);
  });

  it('covers the spans of parsed operands', () => {
    const a = comparison(field('a', span(0, 1)), 'eq', stringLiteral('1', span(5, 8)));
    const b = comparison(field('b', span(12, 13)), 'eq', stringLiteral('2', span(17, 20)));
    expect(a.span).toEqual({ start: 0, end: 8 });
    expect(or([a, b]).span).toEqual({ start: 0, end: 20 });
  });

  it('refuses an empty operand list', () => {
    expect(() => or([])).toThrow(RangeError);
  });
});

describe('lineColumnAt', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nb', 2, 2, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb', 2, 2, 1],
    ['abc', 99, 1, 4],
  ])('%j at %i is %i:%i', (text, offset, line, column) => {
    expect(lineColumnAt(text, offset)).toEqual({ line, column });
  });
});

describe('schema', () => {
  it('has nine filterable fields, the same nine groupable', () => {
    const filterable = LICENSE_USAGE_SCHEMA.fields.filter((f) => f.filterable).map((f) => f.name);
    expect(filterable).toHaveLength(9);
    expect(LICENSE_USAGE_SCHEMA.fields.filter((f) => f.groupable).map((f) => f.name)).toEqual(filterable);
  });

  it.each([
    ['0112A436-B14E-4888-967B-CA4BB2CF1234', true],
    ['0112a436-b14e-4888-967b-ca4bb2cf1234', true],
    ['{0112A436-B14E-4888-967B-CA4BB2CF1234}', false],
    ['0112A436B14E4888967BCA4BB2CF1234', false],
    ['0112A436-B14E-4888-967B-CA4BB2CF123G', false],
    ['', false],
  ])('isGuid(%j) is %s', (value, expected) => {
    expect(isGuid(value)).toBe(expected);
  });
});

describe('diagnostics', () => {
  it('fills the template and derives line and column', () => {
    const d = createDiagnostic("a eq 'x'\nor b EQ 'y'", {
      code: 'PCAQ0105',
      span: span(14, 16),
      args: { actual: 'EQ', expected: 'eq' },
    });
    expect(d).toMatchObject({ code: 'PCAQ0105', severity: 'error', line: 2, column: 6 });
    expect(d.message).toBe("Keywords are lowercase: write 'eq', not 'EQ'.");
    expect('fixes' in d).toBe(false);
  });

  it('writes the text of fixes and suggestions from the message table', () => {
    const d = createDiagnostic('WorkloadCode', {
      code: 'PCAQ0201',
      span: span(0, 12),
      args: { name: 'WorkloadCode', hint: '' },
      fixes: [{ edits: [{ span: span(0, 12), text: 'workloadCode' }], args: { original: 'WorkloadCode', replacement: 'workloadCode' } }],
      suggestions: [{ edits: [{ span: span(0, 12), text: 'workloadName' }], args: { original: 'WorkloadCode', replacement: 'workloadName' } }],
    });
    expect(d.fixes).toEqual([{ message: "Replace 'WorkloadCode' with 'workloadCode'", edits: [{ span: span(0, 12), text: 'workloadCode' }] }]);
    expect(d.suggestions?.[0]?.message).toBe("Replace 'WorkloadCode' with 'workloadName'");
  });

  it('words a diagnostic with a named variant of the table, never patched afterwards', () => {
    const d = createDiagnostic('', { code: 'PCAQ0101', span: span(0, 0), variant: 'empty-list', args: { call: 'allOf()' } });
    expect(d.message).toBe('allOf() was given an empty list: there is no condition to filter on. Leave the condition out when the list is empty.');
    expect(() => createDiagnostic('', { code: 'PCAQ0101', span: span(0, 0), variant: 'no-such-wording' })).toThrow(InvalidArgumentError);
  });

  it('refuses fixes for a code whose table entry has no fix text', () => {
    const init = { code: 'PCAQ0112' as const, span: span(0, 1), fixes: [{ edits: [{ span: span(0, 1), text: 'x' }] }] };
    expect(() => createDiagnostic('a', init)).toThrow(InvalidArgumentError);
  });

  it('has a fix text exactly for the codes whose docs entry offers a fix or a suggestion', () => {
    const docs = readFileSync(new URL('../../../docs/diagnostics.md', import.meta.url), 'utf8');
    for (const code of DIAGNOSTIC_CODES) {
      const line = new RegExp(`^## ${code}:[\\s\\S]*?^- Fix: (.*)$`, 'm').exec(docs)?.[1] ?? '';
      const repairs = !line.startsWith('none') || line.includes('suggestion');
      const entry: DiagnosticMessage = DIAGNOSTIC_MESSAGES[code];
      expect(entry.fix !== undefined, code).toBe(repairs);
    }
  });

  it('has codes of the form PCAQ + four digits', () => {
    for (const code of DIAGNOSTIC_CODES) expect(code).toMatch(/^PCAQ\d{4}$/);
  });
});

describe('applyFixes', () => {
  const text = 'ab cd ef';
  const fix = (start: number, end: number, replacement: string) =>
    createDiagnostic(text, {
      code: 'PCAQ0113',
      span: span(start, end),
      fixes: [{ edits: [{ span: span(start, end), text: replacement }] }],
    });

  it('applies non-overlapping fixes in offset order', () => {
    expect(applyFixes(text, [fix(6, 8, 'EF'), fix(0, 2, 'AB')])).toBe('AB cd EF');
  });

  it('skips a fix that overlaps one already taken', () => {
    expect(applyFixes(text, [fix(0, 4, 'X'), fix(3, 5, 'Y')])).toBe('Xd ef');
  });

  it('keeps several insertions at one offset, in order', () => {
    expect(applyFixes(text, [fix(8, 8, ')'), fix(8, 8, ']')])).toBe('ab cd ef)]');
  });

  it('ignores edits outside the text and diagnostics without fixes', () => {
    const plain = createDiagnostic(text, { code: 'PCAQ0112', span: span(0, 1) });
    expect(applyFixes(text, [fix(7, 99, 'x'), plain])).toBe(text);
  });
});
