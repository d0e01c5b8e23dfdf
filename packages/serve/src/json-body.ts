import type { Row } from '@pcaq/evaluator';

/**
 * JSON text of a value, exact: a `bigint` (a sum past 2^53 - 1) is written as its digits, and so
 * is an integer-valued number past 2^53 - 1, where `JSON.stringify` would throw or round.
 *
 * @example
 * ```ts
 * exactJson(9007199254740993n); // '9007199254740993'
 * exactJson('a"b');             // '"a\\"b"'
 * ```
 */
export function exactJson(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) return BigInt(value).toString();
  if (value === undefined) return 'null';
  return JSON.stringify(value) ?? 'null';
}

/**
 * One row as JSON text, keys in the row's order, values as {@link exactJson}. With
 * `licenseActive`, `licensesActive` is spelt as the source page's example does (a fault).
 *
 * @example
 * ```ts
 * rowJson({ channel: 'reseller', licensesActive: 3 }, true); // '{"channel":"reseller","licenseActive":3}'
 * ```
 */
export function rowJson(row: Row, licenseActive: boolean): string {
  const fields: string[] = [];
  for (const key of Object.keys(row)) {
    const name = licenseActive && key === 'licensesActive' ? 'licenseActive' : key;
    fields.push(`${JSON.stringify(name)}:${exactJson(row[key])}`);
  }
  return `{${fields.join(',')}}`;
}

/**
 * The service's envelope `{"Value": [...], "@nextLink": ..., "TotalCount": N}` as JSON text,
 * around rows already written as JSON text and joined with commas.
 *
 * @example
 * ```ts
 * envelopeJson('{"channel":"reseller","licensesActive":3}', null, 1);
 * // '{"Value":[{"channel":"reseller","licensesActive":3}],"@nextLink":null,"TotalCount":1}'
 * ```
 */
export function envelopeJson(rowsJson: string, nextLink: string | null, totalCount: number): string {
  return `{"Value":[${rowsJson}],"@nextLink":${exactJson(nextLink)},"TotalCount":${totalCount}}`;
}
