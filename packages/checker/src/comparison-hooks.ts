import type { CheckRule } from './rule.js';
import { CHECK_RULES } from './registry.js';
import type { SchemaIndex } from './schema-index.js';

/** A rule's comparison hook. */
export type ComparisonHook = NonNullable<CheckRule['comparison']>;

/**
 * The comparison hooks to run on each field name of a schema: for a name the schema defines, only
 * those of the rules that can report on it (`CheckRule.appliesTo`), in registry order; for any
 * other name, all of them (`unknown`). A licence-usage text field needs two hooks of eleven, so a
 * well-formed filter costs a lookup and a few calls per comparison (docs/performance.md, "Parsing").
 *
 * @example
 * ```ts
 * hooksFor(indexSchema(LICENSE_USAGE_SCHEMA)).byName.get('channel')?.length; // 2
 * ```
 */
export interface ComparisonHooks {
  readonly byName: ReadonlyMap<string, readonly ComparisonHook[]>;
  readonly unknown: readonly ComparisonHook[];
}

const ALL_HOOKS: readonly ComparisonHook[] = CHECK_RULES.flatMap((rule) => (rule.comparison ? [rule.comparison] : []));

// Keyed by the index, which is rebuilt when its schema's fields change, so hooks follow the fields.
const cache = new WeakMap<SchemaIndex, ComparisonHooks>();

/**
 * The hooks of a schema's index, worked out once per index and reused.
 *
 * @example
 * ```ts
 * hooksFor(indexSchema(LICENSE_USAGE_SCHEMA)) === hooksFor(indexSchema(LICENSE_USAGE_SCHEMA)); // true
 * ```
 */
export function hooksFor(index: SchemaIndex): ComparisonHooks {
  let hooks = cache.get(index);
  if (hooks === undefined) {
    const byName = new Map<string, readonly ComparisonHook[]>();
    for (const [name, definition] of index.byName) {
      byName.set(name, CHECK_RULES.flatMap((rule) => (rule.comparison && (rule.appliesTo?.(definition) ?? true) ? [rule.comparison] : [])));
    }
    hooks = { byName, unknown: ALL_HOOKS };
    cache.set(index, hooks);
  }
  return hooks;
}
