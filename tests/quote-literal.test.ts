import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { quoteLiteral } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { printStringLiteral } from '@pcaq/printer';

// The one quoter: whatever the value (quotes, long runs of them, astral and lone surrogates), the
// literal it writes parses back to the value, and the printer writes the same literal.
describe('quoteLiteral', () => {
  const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom("'", 'a', ' ', '😀'), maxLength: 200 }));

  test.prop([value])('writes a literal the parser reads back as the value', (v) => {
    const { ast, diagnostics } = parseFilterSyntax(`channel eq ${quoteLiteral(v)}`);
    expect(diagnostics).toEqual([]);
    expect(ast?.type === 'Comparison' ? ast.value.value : undefined).toBe(v);
  });

  test.prop([value])('is what the printer writes', (v) => {
    expect(printStringLiteral(v)).toBe(quoteLiteral(v));
  });
});
