/**
 * Thrown when code (never text a user typed) passes a library function something it cannot work
 * with: a diagnostics list that is not one, a filter tree with a cycle, a value that is not a
 * string. User text never throws (its problems are diagnostics); a programming mistake fails
 * loudly, with this one class and a message naming the function, the argument and what is wrong,
 * so a caller can tell it from a bug inside pcaq (docs/language.md, "Library input").
 *
 * @example
 * ```ts
 * try {
 *   applyFixes('a', [{ fixes: 'x' }] as never);
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) error.message; // "applyFixes: diagnostics[0].fixes is not an array"
 * }
 * ```
 */
export class InvalidArgumentError extends TypeError {
  /** The function that refused its input, e.g. `applyFixes`. */
  readonly function: string;
  /** Where in the input the problem is, e.g. `diagnostics[0].fixes`. */
  readonly path: string;

  constructor(fn: string, path: string, problem: string) {
    super(`${fn}: ${path} ${problem}`);
    this.name = 'InvalidArgumentError';
    this.function = fn;
    this.path = path;
  }
}
