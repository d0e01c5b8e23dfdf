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
  if (node === lastNode && index === lastIndex) return lastDefinition;
  const definition = lookUp(node, index);
  // Three variables, not one object: nothing is allocated per comparison.
  lastNode = node;
  lastIndex = index;
  lastDefinition = definition;
  return definition;
}

let lastNode: ComparisonNode | undefined;
let lastIndex: SchemaIndex | undefined;
let lastDefinition: FieldDefinition | undefined;

/**
 * Whether {@link filteredField} gives a comparison on exactly this field's name its definition:
 * the field can be filtered on. The rules that read the definition apply to no other field
 * (`CheckRule.appliesTo`).
 *
 * @example
 * ```ts
 * isFiltered({ name: 'licensesActive', kind: 'count', filterable: false, groupable: false }); // false
 * ```
 */
export function isFiltered(definition: FieldDefinition): boolean {
  return definition.filterable ? true : false;
}

function lookUp(node: ComparisonNode, index: SchemaIndex): FieldDefinition | undefined {
  const name = node.field.name;
  let definition = index.byName.get(name);
  if (definition === undefined) {
    const meant = certainName(name, index.filterable, false);
    definition = meant === undefined ? undefined : index.byName.get(meant);
  }
  return definition !== undefined && isFiltered(definition) ? definition : undefined;
}
