const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Whether a string is a field name as the grammar writes one (`field = ALPHA *( ALPHA / DIGIT /
 * "_" )`, docs/language.md). The parser only ever makes such names; a tree or a group-by list built
 * in code can hold any string, and a name such as `channel eq 'a' or channel` would be printed as
 * syntax, so every stage that takes names from code checks them with this.
 *
 * @example
 * ```ts
 * isFieldName('customerTenantId');           // true
 * isFieldName('channel,customerTenantId');   // false
 * ```
 */
export function isFieldName(name: unknown): name is string {
  return typeof name === 'string' && NAME.test(name);
}
