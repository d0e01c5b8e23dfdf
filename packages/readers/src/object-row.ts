import { canonicalFieldName, NOT_A_COUNT, readCount, readFieldValue, RowMakers, showValue, type RowShape } from '@pcaq/core';
import { BadRow } from './bad-row.js';
import { MAX_JSON_DEPTH, scanJson } from './json-syntax.js';
import { invalidCount } from './problems/invalid-count.js';
import { notAnObject } from './problems/not-an-object.js';
import { tooDeep } from './problems/too-deep.js';
import type { ReadRow, ReadValue } from './types.js';

/** `"name"` for each spelling of a count field (its name and its aliases), searched for in a row's text. */
function quotedCountKeys(shape: RowShape): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  for (const name of shape.countFields) keys.set(name, JSON.stringify(name));
  for (const [alias, field] of shape.aliases) if (shape.countFields.has(field)) keys.set(alias, JSON.stringify(alias));
  return keys;
}

/** Numbers of up to 15 digits are exact doubles; longer ones are read from their text. */
const MAX_PLAIN_DIGITS = 15;

/**
 * Turns a parsed JSON row and its text into a row: it must be an object; an alias of the
 * schema's row shape (`licenseActive`) is renamed, counts are checked and read (docs/evaluation.md, "Counts": a JSON number counts only
 * when written in digits, read from its own text, so `9007199254740993` stays exact and `1e3` is
 * refused), strings are interned, booleans and "no value" dates read by the schema's kinds. Nested objects, arrays and other booleans are kept as their JSON text
 * (so a row holds only {@link ReadValue}s), once their depth is known to be within bounds.
 *
 * @example
 * ```ts
 * const toRow = createObjectRowBuilder(rowShape(LICENSE_USAGE_SCHEMA), createInterner(true));
 * toRow({ channel: 'reseller', licenseActive: '3' }, '{"channel":"reseller","licenseActive":"3"}'); // { channel: 'reseller', licensesActive: 3 }
 * toRow([1, 2], '[1, 2]');                                                                          // BadRow { init: { code: 'PCAQ0510', ... } }
 * ```
 */
export function createObjectRowBuilder(shape: RowShape, intern: (column: number, name: string, text: string) => string): (value: unknown, text: string) => ReadRow | BadRow {
  const quotedKeys = quotedCountKeys(shape);
  const columns = new Map<string, number>();
  const columnOf = (name: string): number => {
    let index = columns.get(name);
    if (index === undefined) {
      index = columns.size;
      columns.set(name, index);
    }
    return index;
  };
  const isTyped = (name: string): boolean => shape.booleanFields.has(name) || shape.nullValues.has(name);
  // A row's keys and values are gathered first, then stored into an object from the maker of that
  // key sequence, so rows of any width share a fast shape (core's rowMaker says why).
  const makers = new RowMakers();
  const keys: string[] = [];
  const values: ReadValue[] = [];
  let size = 0;
  const put = (name: string, read: ReadValue): void => {
    keys[size] = name;
    values[size++] = read;
  };
  return (value, text) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return new BadRow(notAnObject(describe(value)));
    }
    const source = value as Record<string, unknown>;
    size = 0;
    let escapes: boolean | undefined;
    for (const key in source) {
      const name = canonicalFieldName(shape, key, (field) => Object.hasOwn(source, field));
      const cell = source[key];
      if (shape.countFields.has(name)) {
        let count: ReturnType<typeof readCount>;
        if (typeof cell === 'number') {
          escapes ??= text.includes('\\');
          count = !escapes && isPlainInteger(text, quotedKeys.get(key) ?? JSON.stringify(key), cell) ? cell : countOfLiteral(memberText(text, key));
        } else {
          count = readCount(cell);
        }
        if (count === NOT_A_COUNT) {
          const shown = typeof cell === 'number' ? memberText(text, key) : showValue(cell);
          return new BadRow(invalidCount(name, shown), scanJson(text).members?.get(key)?.offset);
        }
        if (count !== undefined) put(name, count);
      } else if (typeof cell === 'string') {
        // Booleans and "no value" spellings by the schema's kinds (docs/evaluation.md, "Rows").
        const read = typeof name === 'string' && isTyped(name) ? readFieldValue(shape, name, cell) : cell;
        put(name, typeof read === 'string' ? intern(columnOf(name), name, read) : read);
      } else if (typeof cell === 'boolean' && shape.booleanFields.has(name)) {
        put(name, cell);
      } else if (cell === null || typeof cell === 'number') {
        put(name, cell);
      } else if (typeof cell === 'object') {
        if (deeperThan(cell, MAX_JSON_DEPTH - 1)) {
          const problem = scanJson(text).problem;
          return new BadRow(tooDeep(MAX_JSON_DEPTH), problem?.offset);
        }
        put(name, JSON.stringify(cell));
      } else if (cell !== undefined) {
        put(name, JSON.stringify(cell));
      }
    }
    return makers.maker(keys, size)(values) as ReadRow;
  };
}

/**
 * Whether the row's text writes the member `quotedKey` as plain digits equal to `value`. Only
 * asked when the text holds no backslash: every `"` then delimits a string, so the only place the
 * text `"licensesActive"` can occur is as that string; found once, it is the member's key.
 */
function isPlainInteger(text: string, quotedKey: string, value: number): boolean {
  const at = text.indexOf(quotedKey);
  if (at < 0 || text.indexOf(quotedKey, at + 1) >= 0) return false;
  let p = at + quotedKey.length;
  while (isSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 0x3a) return false;
  do p++;
  while (isSpace(text.charCodeAt(p)));
  const start = p;
  let c = text.charCodeAt(p);
  while (c >= 48 && c <= 57) c = text.charCodeAt(++p);
  if (p === start || p - start > MAX_PLAIN_DIGITS || c === 0x2e || c === 0x65 || c === 0x45) return false;
  return Number(text.slice(start, p)) === value;
}

/** The text of a top-level member's value, from the slow, exact scan. */
function memberText(text: string, key: string): string {
  return scanJson(text).members?.get(key)?.text ?? 'a number';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Whether a parsed value nests deeper than `limit` levels; iterative, and stops at the bound. */
function deeperThan(value: object, limit: number): boolean {
  const stack: [object, number][] = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > limit) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child as object, depth + 1]);
    }
  }
  return false;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/**
 * A JSON number's count, read from its own text: digits only, except that `-0` is zero, as DuckDB's
 * JSON parser reads it, so both engines agree (docs/evaluation.md, "Counts").
 */
function countOfLiteral(literal: string): ReturnType<typeof readCount> {
  return literal === '-0' ? 0 : readCount(literal);
}
