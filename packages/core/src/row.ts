import { InvalidArgumentError } from './invalid-argument.js';
import type { Schema } from './schema.js';

/**
 * A value in a row: text, a count (a `bigint` only when it is past 2^53 - 1), a boolean (a JSON
 * `true`/`false`, docs/evaluation.md, "Booleans"), or missing.
 *
 * @example
 * ```ts
 * const values: RowValue[] = ['SFB', 12, 9007199254740993n, true, null];
 * ```
 */
export type RowValue = string | number | bigint | boolean | null;

/**
 * One row of a resource, keyed by the response's field names (`workloadCode`, `licensesActive`,
 * `processedDateTime`, ...). Other fields are carried along untouched.
 *
 * @example
 * ```ts
 * const row: Row = { workloadCode: 'SPO', channel: 'reseller', licensesActive: 0, licensesQualified: 1, processedDateTime: '2018-10-14T00:00:00' };
 * ```
 */
export interface Row {
  readonly [field: string]: RowValue | undefined;
}

/**
 * What every stage that reads or writes rows needs to know about a schema's rows, derived from the
 * schema once: the one home of the row rules (docs/evaluation.md, "Rows").
 *
 * @example
 * ```ts
 * rowShape(LICENSE_USAGE_SCHEMA).countFields.has('licensesQualified'); // true
 * ```
 */
export interface RowShape {
  /** Every field of a row, in the order the response writes them. */
  readonly fields: readonly string[];
  /** Fields holding counts (read by `readCount`, summed when grouping). */
  readonly countFields: ReadonlySet<string>;
  /** Fields holding GUIDs (compared case-insensitively). */
  readonly guidFields: ReadonlySet<string>;
  /** Other spellings a response may use, mapped to the field they stand for. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Fields holding booleans: `true`/`false` in any case are read as booleans (docs/evaluation.md, "Booleans"). */
  readonly booleanFields: ReadonlySet<string>;
  /** Per field, the values the service writes for "no value" (`0001-01-01T00:00:00`): read as null. */
  readonly nullValues: ReadonlyMap<string, ReadonlySet<string>>;
}

const shapes = new WeakMap<Schema, RowShape>();

/**
 * The {@link RowShape} of a schema, computed once per schema object.
 *
 * @example
 * ```ts
 * rowShape(LICENSE_USAGE_SCHEMA).aliases.get('licenseActive'); // 'licensesActive'
 * ```
 */
export function rowShape(schema: Schema): RowShape {
  if (typeof schema !== 'object' || schema === null || !Array.isArray(schema.fields)) throw new InvalidArgumentError('rowShape', 'schema', 'is not a schema with a fields array');
  let shape = shapes.get(schema);
  if (shape === undefined) {
    if (!schema.fields.every((f) => typeof f === 'object' && f !== null && typeof f.name === 'string')) {
      throw new InvalidArgumentError('rowShape', 'schema.fields', 'holds an entry without a name');
    }
    const aliases = new Map<string, string>();
    for (const f of schema.fields) for (const alias of Array.isArray(f.aliases) ? f.aliases : []) aliases.set(alias, f.name);
    shape = Object.freeze({
      fields: Object.freeze(schema.fields.map((f) => f.name)),
      countFields: new Set(schema.fields.filter((f) => f.kind === 'count').map((f) => f.name)),
      guidFields: new Set(schema.fields.filter((f) => f.kind === 'guid').map((f) => f.name)),
      aliases,
      booleanFields: new Set(schema.fields.filter((f) => f.kind === 'boolean').map((f) => f.name)),
      nullValues: new Map(schema.fields.filter((f) => Array.isArray(f.nullValues) && f.nullValues.length > 0).map((f) => [f.name, new Set<string>(f.nullValues)] as const)),
    });
    shapes.set(schema, shape);
  }
  return shape;
}

/**
 * The name a field is read under: an alias (`licenseActive`) becomes its field (`licensesActive`)
 * unless the input also has the field itself, in which case both are kept as read (**Decision**:
 * never drop or merge data silently; docs/evaluation.md, "Rows"). `hasField` says whether the input
 * has a given field name.
 *
 * @example
 * ```ts
 * const shape = rowShape(LICENSE_USAGE_SCHEMA);
 * canonicalFieldName(shape, 'licenseActive', () => false);                    // 'licensesActive'
 * canonicalFieldName(shape, 'licenseActive', (n) => n === 'licensesActive');  // 'licenseActive'
 * ```
 */
export function canonicalFieldName(shape: RowShape, name: string, hasField: (name: string) => boolean): string {
  if (typeof shape !== 'object' || shape === null || !(shape.aliases instanceof Map)) throw new InvalidArgumentError('canonicalFieldName', 'shape', 'is not a row shape');
  if (typeof hasField !== 'function') throw new InvalidArgumentError('canonicalFieldName', 'hasField', 'is not a function');
  const field = shape.aliases.get(name);
  return field !== undefined && !hasField(field) ? field : name;
}

/**
 * What {@link readCount} returns for a value that is not a count.
 *
 * @example
 * ```ts
 * readCount('-1') === NOT_A_COUNT; // true
 * ```
 */
export const NOT_A_COUNT: unique symbol = Symbol('not a count');

const MAX_SAFE_DIGITS = 15; // every 15-digit number is below 2^53 - 1

/**
 * Reads a count: a non-negative integer given as a number, a `bigint` or decimal digits
 * (surrounding spaces allowed). Past 2^53 - 1 it is a `bigint`, so it stays exact. `null`, the
 * empty string and `undefined` are missing values. Anything else (`-1`, `2.5`, `'12a'`, `NaN`,
 * `true`, an object, a number too large to be exact) is {@link NOT_A_COUNT}, never a silent NaN.
 *
 * @example
 * ```ts
 * readCount('42');                    // 42
 * readCount('12345678901234567890');  // 12345678901234567890n
 * readCount('');                      // null
 * readCount(-1);                      // NOT_A_COUNT
 * ```
 */
export function readCount(value: unknown): number | bigint | null | undefined | typeof NOT_A_COUNT {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : NOT_A_COUNT;
  if (value === null || value === undefined) return value;
  if (typeof value === 'bigint') return value < 0n ? NOT_A_COUNT : value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  if (typeof value !== 'string') return NOT_A_COUNT;
  const digits = value.trim();
  if (digits === '') return value === '' ? null : NOT_A_COUNT;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return NOT_A_COUNT;
  }
  if (digits.length <= MAX_SAFE_DIGITS) return Number(digits);
  const big = BigInt(digits);
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/**
 * How a bad value is shown in a message: strings quoted, objects as JSON, anything else as text.
 * Never throws (a cyclic object or one holding a `bigint` is shown by its type).
 *
 * @example
 * ```ts
 * showValue('abc');     // "'abc'"
 * showValue({ n: 1 });  // '{"n":1}'
 * showValue(NaN);       // 'NaN'
 * ```
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return Array.isArray(value) ? 'an array' : 'an object';
    }
  }
  return String(value);
}

/**
 * A value as a schema's row holds it (docs/evaluation.md, "Rows"): on a boolean field the text
 * `true` or `false` in any case becomes the boolean; a field's "no value" spelling
 * (`0001-01-01T00:00:00`) becomes null; anything else is returned as given (a value that is not a
 * boolean stays text, compared as text: it matches neither `true` nor `false`).
 *
 * @throws InvalidArgumentError when `shape` is not a row shape.
 * @example
 * ```ts
 * const shape = rowShape(SUBSCRIPTIONS_SCHEMA);
 * readFieldValue(shape, 'autoRenewEnabled', 'TRUE'); // true
 * readFieldValue(rowShape(INDIRECT_RESELLERS_SCHEMA), 'firstSubscriptionEndDate', '0001-01-01T00:00:00'); // null
 * ```
 */
export function readFieldValue<V>(shape: RowShape, name: string, value: V): V | boolean | null {
  if (typeof shape !== 'object' || shape === null || !(shape.nullValues instanceof Map) || !(shape.booleanFields instanceof Set)) {
    throw new InvalidArgumentError('readFieldValue', 'shape', 'is not a row shape');
  }
  if (typeof value !== 'string') return value;
  if (shape.booleanFields.has(name) && (value.length === 4 || value.length === 5)) {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  const none = shape.nullValues.get(name);
  return none !== undefined && none.has(value) ? null : value;
}
