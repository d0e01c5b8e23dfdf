import { describe, expect, test } from 'vitest';
import { and, comparison, field, or, stringLiteral, type FilterNode } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { withoutSpans } from '@pcaq/testing';


const eq = (name: string, value: string): FilterNode => comparison(field(name), 'eq', stringLiteral(value));

describe('parseFilterSyntax trees', () => {
  test.each([
    { text: "a eq 'x'", tree: eq('a', 'x') },
    { text: "a ne 'x'", tree: comparison(field('a'), 'ne', stringLiteral('x')) },
    { text: "a eq '1' or b eq '2' and c eq '3'", tree: or([eq('a', '1'), and([eq('b', '2'), eq('c', '3')])]) },
    { text: "a eq '1' and b eq '2' or c eq '3'", tree: or([and([eq('a', '1'), eq('b', '2')]), eq('c', '3')]) },
    { text: "(a eq '1' or b eq '2') and c eq '3'", tree: and([or([eq('a', '1'), eq('b', '2')]), eq('c', '3')]) },
    { text: "a eq '1' or b eq '2' or c eq '3'", tree: or([eq('a', '1'), eq('b', '2'), eq('c', '3')]) },
    { text: "a eq '1' or (b eq '2' or c eq '3')", tree: or([eq('a', '1'), eq('b', '2'), eq('c', '3')]) },
    { text: "(a eq '1' and b eq '2') and c eq '3'", tree: and([eq('a', '1'), eq('b', '2'), eq('c', '3')]) },
    { text: "((((a eq '1'))))", tree: eq('a', '1') },
    { text: "customerName eq 'O''Brien'", tree: eq('customerName', "O'Brien") },
    { text: "a eq ''''", tree: eq('a', "'") },
    { text: "a eq ''", tree: eq('a', '') },
    { text: "a eq 'é 😀 % + & # = \" \\\\'", tree: eq('a', 'é 😀 % + & # = " \\\\') },
    { text: "\r\n\ta\r\n eq\t'x'\n\nor\rb eq 'y'  ", tree: or([eq('a', 'x'), eq('b', 'y')]) },
    { text: "a eq 'line\nbreak'", tree: eq('a', 'line\nbreak') },
    { text: "(a eq 'x')\nand\n(b eq 'y')", tree: and([eq('a', 'x'), eq('b', 'y')]) },
    { text: "orange eq 'x' and andromeda eq 'y' or eqq ne 'z'", tree: or([and([eq('orange', 'x'), eq('andromeda', 'y')]), comparison(field('eqq'), 'ne', stringLiteral('z'))]) },
    { text: "WorkloadCode eq 'SFB'", tree: eq('WorkloadCode', 'SFB') },
    { text: "a_1 eq 'x'", tree: eq('a_1', 'x') },
  ])('$text', ({ text, tree }) => {
    const result = parseFilterSyntax(text);
    expect(result.diagnostics).toEqual([]);
    expect(withoutSpans(result.ast)).toEqual(withoutSpans(tree));
    expect(Object.isFrozen(result.ast)).toBe(true);
  });
});

describe('spans', () => {
  test('each node covers its own text; parentheses belong to the operator around them', () => {
    const text = "workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'O''Neil')";
    const ast = parseFilterSyntax(text).ast;
    const slice = (node: { span: { start: number; end: number } }): string => text.slice(node.span.start, node.span.end);
    expect(ast?.type).toBe('Logical');
    if (ast?.type !== 'Logical') return;
    expect(slice(ast)).toBe(text);
    const [first, second] = ast.operands;
    expect(first && slice(first)).toBe("workloadCode eq 'SFB'");
    expect(second && slice(second)).toBe("channel eq 'Reseller' and productName ne 'O''Neil'");
    if (first?.type !== 'Comparison' || second?.type !== 'Logical') throw new Error('unexpected shape');
    expect(slice(first.field)).toBe('workloadCode');
    expect(slice(first.value)).toBe("'SFB'");
    const last = second.operands[1];
    expect(last?.type === 'Comparison' && slice(last.value)).toBe("'O''Neil'");
  });

  test('leading whitespace and enclosing parentheses are outside every span', () => {
    const text = "  ((a eq 'x' or b eq 'y'))  ";
    expect(parseFilterSyntax(text).ast?.span).toEqual({ start: 4, end: 24 });
  });

  test('an operator spans the parentheses of its first and last operands, at any depth', () => {
    const text = "((a eq '1') and b eq '2') or (c eq '3' and ((d eq '4')))";
    const ast = parseFilterSyntax(text).ast;
    const slice = (node: { span: { start: number; end: number } } | undefined): string | undefined =>
      node && text.slice(node.span.start, node.span.end);
    expect(slice(ast)).toBe(text);
    if (ast?.type !== 'Logical') throw new Error('unexpected shape');
    expect(ast.operands.map(slice)).toEqual(["(a eq '1') and b eq '2'", "c eq '3' and ((d eq '4'))"]);
    const [left, right] = ast.operands;
    expect(left?.type === 'Logical' && left.operands.map(slice)).toEqual(["a eq '1'", "b eq '2'"]);
    expect(right?.type === 'Logical' && right.operands.map(slice)).toEqual(["c eq '3'", "d eq '4'"]);
  });

  test('a flattened operand list spans from the first operand to the last, parentheses included', () => {
    const text = "(a eq '1') or (b eq '2' or c eq '3')";
    const ast = parseFilterSyntax(text).ast;
    expect(ast?.span).toEqual({ start: 0, end: text.length });
    expect(ast?.type === 'Logical' && ast.operands.map((o) => o.span)).toEqual([
      { start: 1, end: 9 },
      { start: 15, end: 23 },
      { start: 27, end: 35 },
    ]);
  });
});
