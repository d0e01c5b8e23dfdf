import { isGuid, quoteLiteral, type FixInit } from '@pcaq/core';
import type { CheckRule } from '../rule.js';
import { indexSchema } from '../schema-index.js';
import { abbreviate, replaceFix, spanHolds } from '../text-checks.js';
import { certainName } from './unknown-field.js';

const BRACED = /^\{([^{}]*)\}$/;

/**
 * PCAQ0204: a value compared with a GUID field (`customerTenantId`, `productId`: any field of kind
 * `guid`) that is not a GUID. A GUID in braces, as .NET's `ToString("B")` writes it, gets a fix
 * that strips the braces; anything else needs a human. The span is the literal with its quotes.
 * An unknown name whose fix is certain (`productid`) is checked as the field the fix names, so
 * the value's problem is reported in the same pass as the name's.
 *
 * @example
 * ```ts
 * guidLiteralRule.code; // 'PCAQ0204'
 * ```
 */
export const guidLiteralRule: CheckRule = {
  code: 'PCAQ0204',
  comparison: (node, context) => {
    const index = indexSchema(context.schema);
    let name = node.field.name;
    let definition = index.byName.get(name);
    if (definition === undefined) {
      const meant = certainName(name, index.filterable, false);
      if (meant === undefined) return;
      name = meant;
      definition = index.byName.get(meant);
    }
    // Only text can be a GUID; a boolean or date on a GUID field is PCAQ0207's.
    if (definition?.kind !== 'guid' || node.value.type !== 'StringLiteral') return;
    const { value, span } = node.value;
    if (isGuid(value)) return;
    const inner = BRACED.exec(value)?.[1];
    const written = quoteLiteral(value);
    const fixes: FixInit[] =
      inner !== undefined && isGuid(inner) && spanHolds(context.text, span, written)
        ? [replaceFix(span, written, quoteLiteral(inner))]
        : [];
    context.report({ code: 'PCAQ0204', span, args: { field: name, value: abbreviate(value) }, fixes });
  },
  appliesTo: (definition) => definition.kind === 'guid',
};
