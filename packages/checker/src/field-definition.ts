import type { ComparisonNode, FieldDefinition } from '@pcaq/core';
import type { RuleContext } from './rule.js';
import { indexSchema, type SchemaIndex } from './schema-index.js';
import { certainName } from './rules/unknown-field.js';

/**
 * The schema entry a comparison's field names, for the rules that check its operator and value.
 * An unknown name whose fix is certain (`productid`) counts as the field the fix names, so a
 * value's problem is reported in the same pass as the name's. Undefined for any other unknown name
 * and for a field that cannot be filtered on (PCAQ0201 and PCAQ0202 report those).
 *
 * @example
 * ```ts
 * filteredField(comparison(field('channel'), 'eq', stringLiteral('x')), context)?.kind; // 'string'
 * ```
 */
export function filteredField(node: ComparisonNode, context: RuleContext): FieldDefinition | undefined {
  // The checker runs every rule on one comparison before the next (check.ts), so the answer
  // for the comparison before is the one asked for again by the next rule.
  // Keyed by the index too, so a schema whose fields changed since is looked up afresh.
  const index = indexSchema(context.schema);
  if (node === last.node && index === last.index) return last.definition;
  const definition = lookUp(node, index);
  last = { node, index, definition };
  return definition;
}

let last: { readonly node: ComparisonNode | undefined; readonly index: SchemaIndex | undefined; readonly definition: FieldDefinition | undefined } = {
  node: undefined,
  index: undefined,
  definition: undefined,
};

function lookUp(node: ComparisonNode, index: SchemaIndex): FieldDefinition | undefined {
  const name = node.field.name;
  let definition = index.byName.get(name);
  if (definition === undefined) {
    const meant = certainName(name, index.filterable, false);
    definition = meant === undefined ? undefined : index.byName.get(meant);
  }
  return definition?.filterable ? definition : undefined;
}
