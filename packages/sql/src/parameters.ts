import type { SqlParameter } from './types.js';

/**
 * Collects the values bound to a statement and hands out their placeholders (`$1`, `$2`, ...),
 * numbered in the order values are added. Every value from the user goes through here, so none
 * is ever written into the SQL text.
 *
 * @example
 * ```ts
 * const params = new SqlParameters();
 * params.add('Reseller'); // '$1'
 * params.add(100);        // '$2'
 * params.values;          // ['Reseller', 100]
 * ```
 */
export class SqlParameters {
  private readonly list: SqlParameter[] = [];

  /** Binds `value` and returns its placeholder. */
  add(value: SqlParameter): string {
    this.list.push(value);
    return `$${this.list.length}`;
  }

  /** The bound values, `values[i]` for `$(i + 1)`. */
  get values(): readonly SqlParameter[] {
    return [...this.list];
  }
}
