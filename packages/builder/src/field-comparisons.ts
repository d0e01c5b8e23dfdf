import {
  booleanLiteral,
  comparison,
  dateTimeLiteral,
  field,
  findField,
  logical,
  stringLiteral,
  type ComparisonOperator,
  type Diagnostic,
  type FieldDefinition,
  type LiteralNode,
  type LogicalOperator,
  type Schema,
} from '@pcaq/core';
import { emptyListDiagnostic, notAStringDiagnostic, textOf } from './builder-diagnostics.js';
import { checkedCondition, makeCondition, type Condition } from './condition.js';
import { dateText } from './date-text.js';
import type { FieldComparisons } from './endpoint-types.js';

/**
 * Every comparison on the field `name` of `schema`, each handing its condition to `finish` (the
 * identity for a condition, `builder.filter` for a builder's `where`). All operators are offered
 * at run time: the types offer only those the field takes, and a JavaScript caller's other one is
 * the checker's PCAQ0206, as in text. Each value becomes the literal of the field's kind
 * (docs/builder.md, "One builder per endpoint"); the condition is checked against `schema` at once.
 */
export function fieldComparisons<Result>(
  schema: Schema,
  name: unknown,
  finish: (condition: Condition) => Result,
): FieldComparisons<unknown, Result> & { readonly name: string } {
  // A JavaScript caller may pass anything: it becomes text the checker reports (PCAQ0205, PCAQ0201).
  const fieldName = textOf(name);
  const definition = findField(schema, fieldName);
  // A list is checked once, as one tree: one checker pass however many values (10,000 included).
  const each = (operator: ComparisonOperator, values: unknown, joiner: LogicalOperator, call: string): Result => {
    const list: readonly unknown[] = Array.isArray(values) ? values : [];
    if (list.length === 0) return finish(makeCondition(undefined, [emptyListDiagnostic(`${call}('${fieldName}', [])`)]));
    const literals = list.map((value) => literalOf(definition, operator, value));
    const problems = literals.filter((l): l is Diagnostic => 'code' in l);
    if (problems.length > 0) return finish(makeCondition(undefined, problems));
    const comparisons = (literals as LiteralNode[]).map((literal) => comparison(field(fieldName), operator, literal));
    return finish(checkedCondition(logical(joiner, comparisons), schema));
  };
  const compare = (operator: ComparisonOperator) => (value: unknown) => each(operator, [value], 'and', operator);
  return Object.freeze({
    name: fieldName,
    eq: compare('eq'),
    ne: compare('ne'),
    gt: compare('gt'),
    ge: compare('ge'),
    lt: compare('lt'),
    le: compare('le'),
    contains: compare('contains'),
    anyOf: (values: readonly unknown[]) => each('eq', values, 'or', 'anyOf'),
    noneOf: (values: readonly unknown[]) => each('ne', values, 'and', 'noneOf'),
  });
}

/**
 * The literal a value becomes on a field: a `Date` or text on a date-time field is a cast date (an
 * invalid one keeps its text for the checker's PCAQ0209), a boolean is `true`/`false`, text is a
 * quoted string (on a boolean field the checker's PCAQ0207 then says so). `contains` always takes
 * text. Anything else (a JavaScript caller's number, object, ...) is PCAQ0109, as the linter
 * reports `workloadCode eq 5`.
 */
function literalOf(definition: FieldDefinition | undefined, operator: ComparisonOperator, value: unknown): LiteralNode | Diagnostic {
  if (operator !== 'contains' && definition?.kind === 'datetime') {
    const date = typeof value === 'string' ? value : dateText(value);
    if (date !== undefined) return dateTimeLiteral(date, 'cast');
  }
  if (operator !== 'contains' && definition?.kind === 'boolean' && typeof value === 'boolean') return booleanLiteral(value);
  return typeof value === 'string' ? stringLiteral(value) : notAStringDiagnostic(value);
}
