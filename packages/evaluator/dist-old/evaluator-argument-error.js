/**
 * An argument from code that the evaluator cannot work with at all: a query that is not an object
 * (`null`, a string), or options that are not an object. Problems inside a query (its filter,
 * groupby, top...) and in rows are diagnostics, never this error (docs/evaluation.md, "The API").
 *
 * @example
 * ```ts
 * try {
 *   compileQuery(JSON.parse('null'));
 * } catch (error) {
 *   if (error instanceof EvaluatorArgumentError) console.error(error.argument, error.message); // 'query' ...
 * }
 * ```
 */
export class EvaluatorArgumentError extends Error {
    argument;
    name = 'EvaluatorArgumentError';
    constructor(
    /** Which argument is wrong: `query`, `options` or `run`. */
    argument, message) {
        super(message);
        this.argument = argument;
    }
}
/**
 * Throws {@link EvaluatorArgumentError} unless `value` is an object (or, when `optional`, undefined or null).
 *
 * @example
 * ```ts
 * requireObject('query', { top: 10 }, false); // returns
 * ```
 */
export function requireObject(argument, value, optional) {
    if (typeof value === 'object' && value !== null)
        return;
    if (optional && value == null)
        return;
    const found = value === null ? 'null' : typeof value;
    throw new EvaluatorArgumentError(argument, `${argument} must be an object${optional ? ' or undefined' : ''}; found ${found}`);
}
//# sourceMappingURL=evaluator-argument-error.js.map