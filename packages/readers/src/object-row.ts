import { BadRow } from './bad-row.js';
import { canonicalFieldName, COUNT_FIELDS, invalidCountMessage, NOT_A_COUNT, readCount } from './counts.js';
import type { ReadRow, ReadValue } from './types.js';

/**
 * Turns a parsed JSON value into a row: it must be an object; `licenseActive` is renamed, counts
 * are checked and read (numeric strings become numbers), strings are interned. Other values are
 * kept as read (nested objects and booleans as their JSON text, so a row holds only
 * {@link ReadValue}s).
 *
 * @example
 * ```ts
 * const toRow = createObjectRowBuilder(createInterner(true));
 * toRow({ channel: 'reseller', licenseActive: '3' }); // { channel: 'reseller', licensesActive: 3 }
 * toRow([1, 2]);                                       // BadRow { code: 'not-an-object', ... }
 * ```
 */
export function createObjectRowBuilder(intern: (column: number, name: string, text: string) => string): (value: unknown) => ReadRow | BadRow {
  const columns = new Map<string, number>();
  const columnOf = (name: string): number => {
    let index = columns.get(name);
    if (index === undefined) {
      index = columns.size;
      columns.set(name, index);
    }
    return index;
  };
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return new BadRow('not-an-object', `a row must be a JSON object, found ${describe(value)}`);
    }
    const source = value as Record<string, unknown>;
    const hasLicensesActive = Object.hasOwn(source, 'licensesActive');
    const row: Record<string, ReadValue> = {};
    for (const key in source) {
      const name = canonicalFieldName(key, hasLicensesActive);
      const cell = source[key];
      if (COUNT_FIELDS.has(name)) {
        const count = readCount(cell);
        if (count === NOT_A_COUNT) return new BadRow('invalid-count', invalidCountMessage(name, cell));
        if (count !== undefined) row[name] = count;
      } else if (typeof cell === 'string') {
        row[name] = intern(columnOf(name), name, cell);
      } else if (cell === null || typeof cell === 'number') {
        row[name] = cell;
      } else if (cell !== undefined) {
        row[name] = JSON.stringify(cell);
      }
    }
    return row;
  };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
