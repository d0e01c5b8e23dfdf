import { didYouMean, isFieldName, similarNames, type FieldNode, type FixInit } from '@pcaq/core';
import type { CheckRule, RuleContext } from '../rule.js';
import { indexSchema } from '../schema-index.js';
import { abbreviate, replaceFix, spanHolds } from '../text-checks.js';

/**
 * PCAQ0201: a field the schema does not know (names are case-sensitive). A fix is offered only
 * where the intended name is certain (docs/diagnostics.md, "Fixes and suggestions"): a name that
 * differs from one field in case only (`WorkloadCode` -> `workloadCode`) and, in a group-by list,
 * two names run together (`channelcustomerTenantId`, as the source page prints it) that split into
 * two fields exactly one way. A near miss by spelling (`custmerName`) is a guess: it comes as a
 * suggestion, never applied by `applyFixes`.
 *
 * @example
 * ```ts
 * checkFilter(parseFilterSyntax("WorkloadCode eq 'SFB'").ast!, "WorkloadCode eq 'SFB'")[0]?.code; // 'PCAQ0201'
 * ```
 */
export const unknownFieldRule: CheckRule = {
  code: 'PCAQ0201',
  comparison: (node, context) => {
    const index = indexSchema(context.schema);
    // Known names (the common case) cost one Map lookup; did-you-mean work is for unknown ones.
    if (!index.byName.has(node.field.name)) reportUnknown(node.field, index.filterable, false, context);
  },
  // A name the schema defines is known.
  appliesTo: () => false,
  groupBy: (fields, context) => {
    const index = indexSchema(context.schema);
    for (const fieldNode of fields) {
      if (!index.byName.has(fieldNode.name)) reportUnknown(fieldNode, index.groupable, true, context);
    }
  },
};

/**
 * The name (or, in a group-by list, the `a,b` pair) the fix for an unknown name writes, or
 * undefined when there is no certain one. The other rules check a comparison against the field
 * this names, so that applying the fix never uncovers an error that was not reported
 * (`productid eq ''` is reported as not a GUID together with its case fix).
 *
 * @example
 * ```ts
 * certainName('WorkloadCode', ['workloadCode', 'channel'], false); // 'workloadCode'
 * certainName('workloadCod', ['workloadCode', 'channel'], false);  // undefined (a suggestion)
 * ```
 */
export function certainName(name: string, allowed: readonly string[], inGroupBy: boolean): string | undefined {
  const folded = name.toLowerCase();
  const sameIgnoringCase = allowed.filter((a) => a.toLowerCase() === folded);
  if (sameIgnoringCase.length === 1) return sameIgnoringCase[0];
  if (sameIgnoringCase.length > 1 || !inGroupBy) return undefined;
  return splitRunTogether(name, allowed);
}

function reportUnknown(fieldNode: FieldNode, allowed: readonly string[], inGroupBy: boolean, context: RuleContext): void {
  const { name } = fieldNode;
  // Not a name at all (a tree built in code): PCAQ0205 reports it, once.
  if (!isFieldName(name)) return;
  const certain = certainName(name, allowed, inGroupBy);
  const meant = certain !== undefined ? [certain] : similarNames(name, allowed);
  const fixable = spanHolds(context.text, fieldNode.span, name);
  const fixes: FixInit[] = fixable && certain !== undefined ? [replaceFix(fieldNode.span, name, certain)] : [];
  const suggestions: FixInit[] = fixable && certain === undefined ? meant.map((m) => replaceFix(fieldNode.span, name, m)) : [];
  context.report({ code: 'PCAQ0201', span: fieldNode.span, args: { name: abbreviate(name), hint: didYouMean(meant) }, fixes, suggestions });
}

/**
 * `channelcustomerTenantId` -> `channel,customerTenantId`: the one way to cut the name into two
 * allowed names (each matched ignoring case), or undefined. Only cuts where the left part is an
 * allowed name are tried, so the cost is the name's length times the number of fields, not its
 * square.
 */
function splitRunTogether(name: string, allowed: readonly string[]): string | undefined {
  const byFolded = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const folded = name.toLowerCase();
  const cuts: string[] = [];
  for (const [left, written] of byFolded) {
    if (left.length >= folded.length || !folded.startsWith(left)) continue;
    const right = byFolded.get(folded.slice(left.length));
    // `channelchannel` is not two fields run together: it would group by one field twice.
    if (right && right !== written) cuts.push(`${written},${right}`);
  }
  return cuts.length === 1 ? cuts[0] : undefined;
}
