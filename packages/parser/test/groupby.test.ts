import { describe, expect, test } from 'vitest';
import { applyFixes, type DiagnosticCode } from '@pcaq/core';
import { parseGroupBySyntax } from '@pcaq/parser';
import { marked } from '@pcaq/testing';

describe('parseGroupBySyntax fields', () => {
  test.each([
    { text: 'channel', names: ['channel'] },
    { text: 'channel,customerTenantId', names: ['channel', 'customerTenantId'] },
    { text: ' channel ,\tcustomerTenantId\r\n', names: ['channel', 'customerTenantId'] },
    { text: 'channelcustomerTenantId', names: ['channelcustomerTenantId'] },
    { text: 'or,and,eq', names: ['or', 'and', 'eq'] },
    { text: 'channel,channel', names: ['channel', 'channel'] },
  ])('$text', ({ text, names }) => {
    const { fields, diagnostics } = parseGroupBySyntax(text);
    expect(diagnostics).toEqual([]);
    expect(fields.map((f) => f.name)).toEqual(names);
    for (const f of fields) expect(text.slice(f.span.start, f.span.end)).toBe(f.name);
  });
});

describe('parseGroupBySyntax diagnostics', () => {
  const rows: ReadonlyArray<{ input: string; codes: DiagnosticCode[]; names: string[]; fixed: string | null }> = [
    { input: '[[]]', codes: ['PCAQ0301'], names: [], fixed: null },
    { input: '[[  \t ]]', codes: ['PCAQ0301'], names: [], fixed: null },
    { input: '[[ , ]]', codes: ['PCAQ0301'], names: [], fixed: null },
    { input: 'a,[[,]]b', codes: ['PCAQ0302'], names: ['a', 'b'], fixed: 'a,b' },
    { input: '[[,]]a', codes: ['PCAQ0302'], names: ['a'], fixed: 'a' },
    { input: 'a[[,]]', codes: ['PCAQ0302'], names: ['a'], fixed: 'a' },
    { input: 'a[[,]] ', codes: ['PCAQ0302'], names: ['a'], fixed: 'a ' },
    { input: 'a[[,]][[,]]', codes: ['PCAQ0302', 'PCAQ0302'], names: ['a'], fixed: 'a' },
    { input: 'a, [[,]] [[,]]b', codes: ['PCAQ0302', 'PCAQ0302'], names: ['a', 'b'], fixed: 'a,  b' },
    { input: 'a [[b]]', codes: ['PCAQ0304'], names: [], fixed: null },
    { input: 'a[[;]]b, c', codes: ['PCAQ0304'], names: ['c'], fixed: null },
    { input: "[['a']], b", codes: ['PCAQ0304'], names: ['b'], fixed: null },
    { input: '[["a"]]', codes: ['PCAQ0304'], names: [], fixed: null },
    { input: '[[a-b]],c', codes: ['PCAQ0304'], names: ['c'], fixed: null },
    { input: '[[1a]]', codes: ['PCAQ0304'], names: [], fixed: null },
    { input: '[[wörk]]', codes: ['PCAQ0304'], names: [], fixed: null },
    { input: 'x,[[(]]a)', codes: ['PCAQ0304'], names: ['x'], fixed: null },
  ];
  test.each(rows)('$input', ({ input, codes, names, fixed }) => {
    const { text, spans } = marked(input);
    const { fields, diagnostics } = parseGroupBySyntax(text);
    expect(diagnostics.map((d) => ({ code: d.code, span: d.span }))).toEqual(codes.map((code, i) => ({ code, span: spans[i] })));
    expect(fields.map((f) => f.name)).toEqual(names);
    if (fixed !== null) {
      expect(applyFixes(text, diagnostics)).toBe(fixed);
      expect(parseGroupBySyntax(fixed).diagnostics).toEqual([]);
    } else {
      expect(diagnostics.every((d) => d.fixes === undefined)).toBe(true);
    }
  });
});
