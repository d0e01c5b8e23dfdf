/**
 * The count fields of a license-usage row, as the response names them. The source page's example
 * spells the first `licenseActive`; readers rename it (see {@link canonicalFieldName}).
 */
export const COUNT_FIELDS: ReadonlySet<string> = new Set(['licensesActive', 'licensesQualified']);

/**
 * The name a column is read under: `licenseActive` (the source page's spelling) becomes
 * `licensesActive` unless the input also has `licensesActive`, in which case both are kept as
 * read (**Decision**: never drop or merge data silently).
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
 * Reads a licence count: a non-negative integer given as a JSON number or as decimal digits
 * (surrounding spaces allowed). Past 2^53 - 1 it is a `bigint`, so it stays exact. `null`, the
 * empty string and `undefined` are missing values. Anything else (`-1`, `2.5`, `'12a'`, `true`,
 * a JSON number too large to be exact) is {@link NOT_A_COUNT}, never a silent NaN.
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
 * The message of an `invalid-count` problem.
 *
 * @example
 * ```ts
 * invalidCountMessage('licensesActive', -1); // "licensesActive is not a non-negative integer: -1"
 * ```
 */
export function invalidCountMessage(field: string, value: unknown): string {
  const shown = typeof value === 'string' ? `'${value}'` : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return `${field} is not a non-negative integer: ${shown}`;
}
