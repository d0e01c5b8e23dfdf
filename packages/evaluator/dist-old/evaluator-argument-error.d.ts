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
export declare class EvaluatorArgumentError extends Error {
    /** Which argument is wrong: `query`, `options` or `run`. */
    readonly argument: string;
    readonly name = "EvaluatorArgumentError";
    constructor(
    /** Which argument is wrong: `query`, `options` or `run`. */
    argument: string, message: string);
}
/**
 * Throws {@link EvaluatorArgumentError} unless `value` is an object (or, when `optional`, undefined or null).
 *
 * @example
 * ```ts
 * requireObject('query', { top: 10 }, false); // returns
 * ```
 */
export declare function requireObject(argument: string, value: unknown, optional: boolean): void;
//# sourceMappingURL=evaluator-argument-error.d.ts.map