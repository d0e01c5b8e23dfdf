import { parseDateTime, readCount, rowShape, type OrderByItemNode, type Schema } from '@pcaq/core';
import { foldCase } from './case-folding.js';
import { textOf } from './text-equality.js';
import type { Row, RowValue } from './types.js';

/** A sort key of one value: null sorts first; numbers (instants, counts) and text compare within their kind. */
type SortKey = number | bigint | string | null;

/**
 * A comparison of result rows by `orderby` (docs/evaluation.md, "orderby"): each key in turn,
 * ascending with nulls first (descending is the exact reverse, nulls last); rows equal on every
 * key are left to a stable sort, so they keep their order (input order, or first appearance of
 * groups). Date fields compare as instants (a value that is no date counts as null), counts as
 * numbers, everything else as text compared as equality compares it (ignoring case unless
 * `caseSensitive` or the field is case-sensitive; GUIDs always ignore case), by Unicode code point,
 * which is the byte order of UTF-8 both SQL engines sort text in under the `C` collation.
 *
 * @example
 * ```ts
 * const order = rowOrder([{ type: 'OrderByItem', name: 'meterCategory', direction: 'desc', span: NO_SPAN }], AZURE_USAGE_SCHEMA, false);
 * [{ meterCategory: 'a' }, { meterCategory: 'B' }].sort(order); // [{ meterCategory: 'B' }, { meterCategory: 'a' }]
 * ```
 */
export function rowOrder(items: readonly OrderByItemNode[], schema: Schema, caseSensitive: boolean): (a: Row, b: Row) => number {
  const shape = rowShape(schema);
  const keys = items.map((item) => {
    const definition = schema.fields.find((f) => f.name === item.name);
    const ignoreCase = (!caseSensitive && definition?.caseSensitive !== true) || shape.guidFields.has(item.name);
    const keyOf = definition?.kind === 'datetime' ? instantKey : shape.countFields.has(item.name) ? countKey : textKey(ignoreCase);
    return { name: item.name, keyOf, sign: item.direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { name, keyOf, sign } of keys) {
      const order = compareKeys(keyOf(a[name]), keyOf(b[name]));
      if (order !== 0) return sign * order;
    }
    return 0;
  };
}

function instantKey(value: RowValue | undefined): SortKey {
  return typeof value === 'string' ? (parseDateTime(value) ?? null) : null;
}

function countKey(value: RowValue | undefined): SortKey {
  const count = readCount(value);
  return typeof count === 'number' || typeof count === 'bigint' ? count : null;
}

function textKey(ignoreCase: boolean): (value: RowValue | undefined) => SortKey {
  return (value) => {
    if (value === null || value === undefined) return null;
    const text = textOf(value);
    return ignoreCase ? foldCase(text) : text;
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-point order: UTF-16 code-unit order differs from it only where a surrogate pair meets U+E000..U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && x <= 0xdfff && y >= 0xe000) return 1;
    if (y >= 0xd800 && y <= 0xdfff && x >= 0xe000) return -1;
    return x - y;
  }
  return a.length - b.length;
}
