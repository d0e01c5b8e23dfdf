/**
 * The count fields of a license-usage row, as the response names them. The source page's example
 * spells the first `licenseActive`; it is read as `licensesActive` (see {@link canonicalFieldName}).
 *
 * @example
 * ```ts
 * COUNT_FIELDS.has('licensesQualified'); // true
 * ```
 */
export const COUNT_FIELDS: ReadonlySet<string> = new Set(['licensesActive', 'licensesQualified']);

/**
 * The name a field is read under: `licenseActive` (the source page's spelling) becomes
 * `licensesActive` unless the input also has `licensesActive`, in which case both are kept as
 * read (**Decision**: never drop or merge data silently). Shared by `@pcaq/readers` and the
 * evaluator, so a file and rows built in code are read alike.
 *
 * @example
 * ```ts
 * canonicalFieldName('licenseActive', false); // 'licensesActive'
 * canonicalFieldName('licenseActive', true);  // 'licenseActive'
 * ```
 */
export function canonicalFieldName(name: string, hasLicensesActive: boolean): string {
  return name === 'licenseActive' && !hasLicensesActive ? 'licensesActive' : name;
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
 * Reads a licence count: a non-negative integer given as a number, a `bigint` or decimal digits
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
