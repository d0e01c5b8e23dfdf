import type { ComparisonNode } from './ast.js';
import { parseDateTime } from './date-time.js';
import { InvalidArgumentError } from './invalid-argument.js';
import { filterTreeProblem } from './tree-problem.js';
import type { FieldDefinition } from './schema.js';

/**
 * How a comparison compares a row's value with its literal (docs/evaluation.md, "Semantics"); the
 * evaluator and the SQL compiler both take it from here, so the engines cannot disagree on it:
 * - `text`: `eq`/`ne` on text, as equality compares text;
 * - `contains`: a substring test under the same case rule;
 * - `boolean`: the row value read as a boolean (`true`/`false`, or that text in any case);
 * - `instant`: the row value read as an ISO 8601 date and compared as an instant (`instant`, ms);
 * - `never`: an ordering or date comparison whose literal is no date: no row value matches it.
 *
 * @example
 * ```ts
 * const mode: ComparisonMode = { kind: 'instant', instant: 1514764800000 };
 * ```
 */
export type ComparisonMode =
  | { readonly kind: 'text' | 'contains' | 'boolean' | 'never' }
  | { readonly kind: 'instant'; readonly instant: number };

/**
 * The {@link ComparisonMode} of a checked comparison, from its operator, its literal and the
 * field's schema entry: `contains` is a substring test; a boolean literal a boolean test; a date
 * literal, a quoted date on a date field, and every `gt ge lt le`, an instant comparison (a
 * literal that is no date makes it `never`); anything else text equality.
 *
 * @throws InvalidArgumentError when `node` is not a well-formed comparison node (input from code).
 * @example
 * ```ts
 * comparisonMode(comparison(field('creationDate'), 'gt', dateTimeLiteral('2018-01-01')), undefined);
 * // { kind: 'instant', instant: 1514764800000 }
 * ```
 */
export function comparisonMode(node: ComparisonNode, definition: FieldDefinition | undefined): ComparisonMode {
  if (typeof node !== 'object' || node === null || node.type !== 'Comparison') throw new InvalidArgumentError('comparisonMode', 'node', 'is not a comparison node');
  const problem = filterTreeProblem(node);
  if (problem) throw new InvalidArgumentError('comparisonMode', `node.${problem.path}`, problem.reason);
  const { operator, value } = node;
  if (operator === 'contains') return { kind: 'contains' };
  if (value.type === 'BooleanLiteral') return { kind: 'boolean' };
  const ordering = operator !== 'eq' && operator !== 'ne';
  if (value.type === 'DateTimeLiteral' || ordering || definition?.kind === 'datetime') {
    const instant = parseDateTime(value.value);
    return instant === undefined ? { kind: 'never' } : { kind: 'instant', instant };
  }
  return { kind: 'text' };
}
