import fc from 'fast-check';
import { assertNever, comparison, field, stringLiteral, type FilterNode } from '@pcaq/core';
import { filterTree } from '@pcaq/testing';

/** Words a generated field or bare value must avoid: keywords and operators in any case are flagged. */
const RESERVED = new Set(['eq', 'ne', 'and', 'or', 'not', 'gt', 'ge', 'lt', 'le', 'has', 'in', 'contains', 'startswith', 'endswith', 'substringof', 'like', 'add', 'sub', 'mul', 'div', 'divby', 'mod', 'any', 'all', 'true', 'false', 'cast']);

const fieldName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/).filter((name) => !RESERVED.has(name.toLowerCase()));

/** Values: bare-word-like ones (so PCAQ0109 can be injected), any text, any code points. */
const value = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,6}$/).filter((v) => !RESERVED.has(v.toLowerCase())),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom("O'Brien", "''", '"', '%20', '+&#=', 'a\r\nb', '😀'),
);

/** The project's filter-tree arbitrary (`@pcaq/testing`) over this generator's comparisons. */
export const filterArbitrary: fc.Arbitrary<FilterNode> = filterTree(
  fc.tuple(fieldName, fc.constantFrom('eq' as const, 'ne' as const), value).map(([f, op, v]) => comparison(field(f), op, stringLiteral(v))),
);

/** A token of printed filter text and what it stands for. */
export interface PrintedToken {
  readonly kind: 'field' | 'op' | 'string' | 'logical' | '(' | ')';
  readonly text: string;
  readonly value?: string;
}

/**
 * Prints a tree as tokens with parentheses where precedence needs them (and, when `extraParens`
 * says so, around comparisons too).
 */
export function printTokens(node: FilterNode, extraParens: boolean, out: PrintedToken[] = []): PrintedToken[] {
  switch (node.type) {
    case 'Comparison': {
      // This generator's comparisons hold string literals only (filterArbitrary above).
      const value = String(node.value.value);
      const wrap = extraParens && value.length % 2 === 1;
      if (wrap) out.push({ kind: '(', text: '(' });
      out.push({ kind: 'field', text: node.field.name });
      out.push({ kind: 'op', text: node.operator });
      out.push({ kind: 'string', text: `'${value.replaceAll("'", "''")}'`, value });
      if (wrap) out.push({ kind: ')', text: ')' });
      return out;
    }
    case 'Logical':
      node.operands.forEach((operand, index) => {
        if (index > 0) out.push({ kind: 'logical', text: node.operator });
        const paren = operand.type === 'Logical';
        if (paren) out.push({ kind: '(', text: '(' });
        printTokens(operand, extraParens, out);
        if (paren) out.push({ kind: ')', text: ')' });
      });
      return out;
    default:
      return assertNever(node);
  }
}

/** Whitespace for between tokens: ws1 where the grammar needs it, anything the grammar allows. */
export const whitespace = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', ' \r ');
