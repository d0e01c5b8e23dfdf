import { InvalidArgumentError, isFieldName, type OrderByItemNode } from '@pcaq/core';

/**
 * The canonical text of `orderby` sort keys: items joined by `,` as a group-by list is, each
 * `field` for ascending (the default) or `field desc` (docs/language.md, "orderby").
 *
 * @throws InvalidArgumentError when an item is not a sort key with a field name and `asc` or
 *   `desc` (only code can give those).
 * @example
 * ```ts
 * printOrderBy([orderByItem('usageDate', 'desc'), orderByItem('customerName')]); // 'usageDate desc,customerName'
 * ```
 */
export function printOrderBy(items: readonly OrderByItemNode[]): string {
  if (!Array.isArray(items)) throw new InvalidArgumentError('printOrderBy', 'items', 'is not an array');
  return items
    .map((item: unknown, index) => {
      const key = item as Partial<OrderByItemNode> | null;
      if (typeof key !== 'object' || key === null || !isFieldName(key.name)) {
        throw new InvalidArgumentError('printOrderBy', `items[${index}]`, 'is not a sort key with a field name');
      }
      if (key.direction !== 'asc' && key.direction !== 'desc') throw new InvalidArgumentError('printOrderBy', `items[${index}].direction`, "is not 'asc' or 'desc'");
      return key.direction === 'desc' ? `${key.name} desc` : key.name;
    })
    .join(',');
}
