import { parseExactJson } from './exact-json.js';

/**
 * A row as the service sends it, with `licenseActive` (the spelling of Microsoft's example
 * response) read as `licensesActive`.
 *
 * @example
 * ```ts
 * const row: ClientRow = { workloadCode: 'SFB', licensesActive: 3, licensesQualified: 5 };
 * ```
 */
export type ClientRow = Readonly<Record<string, unknown>>;

/**
 * One page of the service's envelope `{ "Value": [...], "@nextLink": ..., "TotalCount": N }`.
 *
 * @example
 * ```ts
 * const page: Page = { rows: [], nextLink: null, totalCount: 0 };
 * ```
 */
export interface Page {
  readonly rows: readonly ClientRow[];
  readonly nextLink: string | null;
  /** `TotalCount`, or undefined when the service left it out. */
  readonly totalCount: number | undefined;
}

/**
 * Reads a response body as a page, or says why it is not one (a string). The bytes must be UTF-8;
 * integers past 2^53 - 1 come back as exact `bigint`s (as the evaluator gives them);
 * a byte-order mark before the JSON is dropped (the service sends one at times); `Value` (or
 * `value`) must be an array of objects; `@nextLink` (or `nextLink`) a string or null.
 *
 * @example
 * ```ts
 * readPage(new TextEncoder().encode('\uFEFF{"Value":[{"licenseActive":1}],"@nextLink":null,"TotalCount":1}'));
 * // { rows: [{ licensesActive: 1 }], nextLink: null, totalCount: 1 }
 * ```
 */
export function readPage(bytes: Uint8Array): Page | string {
  let text: string;
  try {
    // TextDecoder drops one leading byte-order mark; `fatal` refuses bytes that are not UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'the body is not UTF-8';
  }
  let body: unknown;
  try {
    body = parseExactJson(text.replace(/^\uFEFF/, ''));
  } catch {
    return `the body is not JSON: ${JSON.stringify(text.slice(0, 80))}`;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not a JSON object';
  const envelope = body as Record<string, unknown>;
  const value = envelope['Value'] ?? envelope['value'];
  if (!Array.isArray(value)) return 'the body has no "Value" array';
  const rows: ClientRow[] = [];
  for (const row of value) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'an item of "Value" is not an object';
    rows.push(normaliseRow(row as Record<string, unknown>));
  }
  const link = envelope['@nextLink'] ?? envelope['nextLink'] ?? null;
  if (link !== null && typeof link !== 'string') return 'the "@nextLink" is neither a string nor null';
  const total = envelope['TotalCount'] ?? envelope['totalCount'];
  if (total !== undefined && !(typeof total === 'number' && Number.isSafeInteger(total) && total >= 0)) return 'the "TotalCount" is not a whole number';
  return { rows, nextLink: link === '' ? null : link, totalCount: total };
}

function normaliseRow(row: Record<string, unknown>): ClientRow {
  if (!Object.hasOwn(row, 'licenseActive') || Object.hasOwn(row, 'licensesActive')) return row;
  // fromEntries defines own properties: a "__proto__" field stays a field.
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key === 'licenseActive' ? 'licensesActive' : key, value]));
}
