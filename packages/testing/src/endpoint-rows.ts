import fc from 'fast-check';
import { rowMaker, type Schema } from '@pcaq/core';
import { fieldValue, valuePool, type GeneratedValue } from './field-values.js';
import { createRandom, pick } from './random.js';

export { createRandom } from './random.js';
export type { GeneratedValue } from './field-values.js';

/**
 * A generated row: field name to value, in the schema's field order.
 *
 * @example
 * ```ts
 * const row: GeneratedRow = { customerName: 'Contoso Ltd 1', licenseCount: '63' };
 * ```
 */
export type GeneratedRow = Readonly<Record<string, GeneratedValue>>;

/**
 * Options of {@link generateRows}.
 *
 * @example
 * ```ts
 * const options: GenerateRowsOptions = { seed: 7, count: 100, grouped: true };
 * ```
 */
export interface GenerateRowsOptions {
  /** The same seed gives the same rows; default 42. */
  readonly seed?: number;
  /** How many rows; default 100. */
  readonly count?: number;
  /** Rows as a grouped response carries them, with the fields only grouped rows have (`subscriptionCount`); default false. */
  readonly grouped?: boolean;
  /** Distinct values per text or GUID field (customers, products...); default 20. */
  readonly distinct?: number;
  /** Spell each field that has aliases by its first alias, as some responses do (`licenseActive`); default false. */
  readonly aliases?: boolean;
}

/** The processed dates of snapshot endpoints: four monthly snapshots, rows of one date together. */
const PROCESSED_DATES = ['2018-07-14T00:00:00', '2018-08-14T00:00:00', '2018-09-14T00:00:00', '2018-10-14T00:00:00'];

/**
 * Realistic rows of any endpoint, from its schema alone and deterministic by seed: GUIDs (mostly
 * upper case), text with non-ASCII names and markets, enum values with some outside the
 * documented list, dates with nulls and the schema's "no value" spelling, booleans, counts
 * (some given as strings, some past 2^53 as bigints), the processed dates of snapshot
 * endpoints. Used by the tests and benchmarks of every endpoint.
 *
 * @example
 * ```ts
 * const rows = generateRows(ENDPOINT_SCHEMAS.subscriptions, { seed: 1, count: 1000 });
 * rows.length; // 1000
 * ```
 */
export function generateRows(schema: Schema, options: GenerateRowsOptions = {}): GeneratedRow[] {
  return Array.from(iterateRows(schema, options));
}

/**
 * The rows of {@link generateRows} one at a time, for files larger than memory (benchmarks).
 *
 * @example
 * ```ts
 * for (const row of iterateRows(ENDPOINT_SCHEMAS.search, { count: 1_000_000 })) out.write(rowJson(row) + '\n');
 * ```
 */
export function* iterateRows(schema: Schema, options: GenerateRowsOptions = {}): Generator<GeneratedRow> {
  const { seed = 42, count = 100, grouped = false, distinct = 20, aliases = false } = options;
  const random = createRandom(seed);
  const fields = schema.fields.filter((f) => grouped || !f.groupedOnly);
  const pools = new Map(fields.map((f) => [f.name, valuePool(f, random, distinct)]));
  const snapshots = schema.endpoint?.parameters.includes('processedDateTime') === true;
  const perDate = Math.ceil(count / PROCESSED_DATES.length);
  const keys = fields.map((f) => (aliases ? (f.aliases?.[0] ?? f.name) : f.name));
  const fieldPools = fields.map((f) => pools.get(f.name)!);
  // Rows as fast objects of one shape, as the readers and JSON.parse give them (core's rowMaker says why).
  const make = rowMaker(keys);
  const values: GeneratedValue[] = [];
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!;
      values[k] = snapshots && f.name === 'processedDateTime' ? PROCESSED_DATES[Math.min(PROCESSED_DATES.length - 1, Math.floor(i / perDate))]! : fieldValue(f, random, fieldPools[k]!);
    }
    // Not frozen: V8 gives every frozen copy of a template its own hidden class, which would make
    // the benchmarks measure megamorphic reads no file ever gives (rows from JSON.parse or the
    // readers are not frozen). The type is read-only all the same.
    yield make(values) as GeneratedRow;
  }
}

/**
 * A fast-check arbitrary of rows of `schema`, built from the same value rules as
 * {@link generateRows} (each field from its own seed, so a failing case shrinks field by field).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(fc.array(endpointRow(ENDPOINT_SCHEMAS.search)), (rows) => evaluate(rows, {}).rows.length >= 0));
 * ```
 */
export function endpointRow(schema: Schema, options: Pick<GenerateRowsOptions, 'grouped' | 'distinct'> = {}): fc.Arbitrary<GeneratedRow> {
  const { grouped = false, distinct = 8 } = options;
  const fields = schema.fields.filter((f) => grouped || !f.groupedOnly);
  // Pools are fixed per schema, so rows share values and groups repeat.
  const random = createRandom(0x5eed);
  const pools = new Map(fields.map((f) => [f.name, valuePool(f, random, distinct)]));
  const snapshots = schema.endpoint?.parameters.includes('processedDateTime') === true;
  const seeds = fc.array(fc.nat(), { minLength: fields.length, maxLength: fields.length });
  return seeds.map((fieldSeeds) =>
    Object.freeze(
      Object.fromEntries(
        fields.map((f, i) => {
          const fieldRandom = createRandom(fieldSeeds[i]!);
          const value = snapshots && f.name === 'processedDateTime' ? pick(fieldRandom, PROCESSED_DATES) : fieldValue(f, fieldRandom, pools.get(f.name)!);
          return [f.name, value];
        }),
      ),
    ),
  );
}

/**
 * One row as a JSON text, counts past 2^53 written as exact digits (JSON.stringify refuses bigints).
 *
 * @example
 * ```ts
 * rowJson({ licenseCount: 9007199254740993n }); // '{"licenseCount":9007199254740993}'
 * ```
 */
export function rowJson(row: Readonly<Record<string, GeneratedValue | undefined>>): string {
  // An absent value (a result row's missing field) is left out, as JSON.stringify leaves it out.
  return `{${Object.entries(row)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${JSON.stringify(key)}:${typeof value === 'bigint' ? value.toString() : JSON.stringify(value)}`)
    .join(',')}}`;
}

/**
 * Generated rows as a CSV file's text: a header of the first row's fields, then one line per row.
 * A cell is quoted when it holds a quote, comma or line break, or starts or ends with a space (the
 * readers trim nothing inside quotes); a missing value is an empty cell.
 *
 * @example
 * ```ts
 * rowsCsv([{ customerName: 'Contoso, Ltd', licenseCount: '63' }]); // 'customerName,licenseCount\n"Contoso, Ltd",63\n'
 * ```
 */
export function rowsCsv(rows: readonly Readonly<Record<string, GeneratedValue | undefined>>[]): string {
  const names = Object.keys(rows[0] ?? {});
  return [names.join(','), ...rows.map((row) => names.map((name) => csvCell(row[name])).join(','))].join('\n') + '\n';
}

function csvCell(value: GeneratedValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
}
