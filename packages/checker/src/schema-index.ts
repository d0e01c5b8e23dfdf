import type { FieldDefinition, Schema } from '@pcaq/core';

/**
 * A schema's fields as the rules look them up: by exact name, and the names allowed in a filter
 * and in a group-by list (in schema order, for messages and did-you-mean).
 *
 * @example
 * ```ts
 * indexSchema(LICENSE_USAGE_SCHEMA).byName.get('channel')?.kind; // 'string'
 * ```
 */
export interface SchemaIndex {
  /** The first definition of each name, as `findField` would return it. */
  readonly byName: ReadonlyMap<string, FieldDefinition>;
  readonly filterable: readonly string[];
  readonly groupable: readonly string[];
}

interface CachedIndex {
  /** The entries the index was built from: a schema edited in place is indexed again. */
  readonly entries: readonly FieldDefinition[];
  readonly index: SchemaIndex;
  /** The array was frozen when indexed (every endpoint schema's is), so it cannot have changed since. */
  readonly frozen: boolean;
}

// Keyed by the fields array, so an index lives as long as its schema and never pins one in memory.
const cache = new WeakMap<readonly FieldDefinition[], CachedIndex>();

/**
 * The index of a schema, built once per fields array and reused: every comparison of every filter
 * asks for it, and a `Map` lookup beats scanning the fields (and filtering the allowed names) each
 * time. A fields array whose entries were replaced, added or removed since is indexed again; a
 * definition object edited in place is not noticed (schemas are data, treated as immutable).
 *
 * @example
 * ```ts
 * indexSchema(LICENSE_USAGE_SCHEMA) === indexSchema(LICENSE_USAGE_SCHEMA); // true
 * indexSchema(LICENSE_USAGE_SCHEMA).filterable.includes('licensesActive'); // false
 * ```
 */
export function indexSchema(schema: Schema): SchemaIndex {
  const fields = schema.fields;
  if (pinnedFields === fields && pinnedIndex !== undefined) return pinnedIndex;
  const cached = cache.get(fields);
  if (cached && (cached.frozen || sameEntries(cached.entries, fields))) return cached.index;
  const entries = [...fields];
  const index = buildIndex(entries);
  cache.set(fields, { entries, index, frozen: Object.isFrozen(fields) });
  return index;
}

/** The fields and index of the check running now (see {@link withSchemaIndex}); two variables, so pinning allocates nothing. */
let pinnedFields: readonly FieldDefinition[] | undefined;
let pinnedIndex: SchemaIndex | undefined;

/**
 * Runs `body` with the schema's index validated once up front: rules asking for it inside (once
 * per comparison and rule) get it without checking the entries again. Nothing can edit the schema
 * while a check runs, so this is the same index {@link indexSchema} would return.
 *
 * @example
 * ```ts
 * withSchemaIndex(LICENSE_USAGE_SCHEMA, () => indexSchema(LICENSE_USAGE_SCHEMA).filterable.length); // 9
 * ```
 */
export function withSchemaIndex<T>(schema: Schema, body: () => T): T {
  const outerFields = pinnedFields;
  const outerIndex = pinnedIndex;
  const index = indexSchema(schema);
  pinnedFields = schema.fields;
  pinnedIndex = index;
  try {
    return body();
  } finally {
    pinnedFields = outerFields;
    pinnedIndex = outerIndex;
  }
}

function sameEntries(a: readonly FieldDefinition[], b: readonly FieldDefinition[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildIndex(fields: readonly FieldDefinition[]): SchemaIndex {
  const byName = new Map<string, FieldDefinition>();
  for (const definition of fields) if (!byName.has(definition.name)) byName.set(definition.name, definition);
  return {
    byName,
    filterable: fields.filter((f) => f.filterable).map((f) => f.name),
    groupable: fields.filter((f) => f.groupable).map((f) => f.name),
  };
}
