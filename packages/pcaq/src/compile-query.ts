import { isCheckedQuery, type CheckedQuery, type Diagnostic, type Query, type Schema } from '@pcaq/core';
import { EvaluatorArgumentError, compileQuery as compileChecked, type CompiledQuery, type EvaluationOutcome, type EvaluatorOptions } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';

/**
 * Options of the umbrella's {@link compileQuery}, `evaluate` and `evaluateStream`: the evaluator's,
 * plus the schema a text query is checked against (a checked query carries its own).
 *
 * @example
 * ```ts
 * const options: QueryOptions = { caseSensitive: true, schema: LICENSE_USAGE_SCHEMA };
 * ```
 */
export interface QueryOptions extends EvaluatorOptions {
  /** The fields a text query is checked against; default `LICENSE_USAGE_SCHEMA`. */
  readonly schema?: Schema;
}

/**
 * `compileQuery`'s answer: a compiled query, or the diagnostics that stop one (check `ok`).
 *
 * @example
 * ```ts
 * import { compileQuery } from 'pcaq';
 * const compiled: CompileOutcome = compileQuery({ filter: "channel EQ 'x'" });
 * if (!compiled.ok) console.log(compiled.diagnostics[0]?.code); // 'PCAQ0105'
 * ```
 */
export type CompileOutcome = CompiledQuery | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Checks a query (text or trees) with `@pcaq/linter`'s `checkQuery`, then compiles it with
 * `@pcaq/evaluator` once: "check, then call the stage" (docs/architecture.md, "The checked
 * query"). A checked query is compiled as it is. Never throws for a bad query: the outcome then
 * has `ok: false` and the diagnostics; the checker's warnings are in `diagnostics` and in every
 * run's outcome.
 *
 * @throws EvaluatorArgumentError when `query` is not an object (`null`, a string) or `options`
 *   is neither an object nor undefined/null; the same for a run's options.
 * @example
 * ```ts
 * import { compileQuery } from 'pcaq';
 * declare const rows: Row[];
 * const compiled = compileQuery({ filter: "channel eq 'Reseller'", top: 100 });
 * if (compiled.ok) console.log(compiled.evaluate(rows));
 * ```
 */
export function compileQuery(query: Query | CheckedQuery, options?: QueryOptions): CompileOutcome {
  if (isCheckedQuery(query)) return compileChecked(query, options);
  requireObject('query', query, false);
  requireObject('options', options, true);
  const schema = options?.schema;
  const { checked, diagnostics } = checkQuery(query, schema === undefined ? {} : { schema });
  if (checked === undefined) return { ok: false, diagnostics };
  const compiled = compileChecked(checked, options);
  return diagnostics.length === 0 ? compiled : withWarnings(compiled, diagnostics);
}

/** The compiled query with the checker's warnings before every outcome's own diagnostics. */
function withWarnings(compiled: CompiledQuery, warnings: readonly Diagnostic[]): CompiledQuery {
  const warned = (outcome: EvaluationOutcome): EvaluationOutcome => ({ ...outcome, diagnostics: [...warnings, ...outcome.diagnostics] });
  return {
    ok: true,
    diagnostics: warnings,
    query: compiled.query,
    matches: compiled.matches,
    start: compiled.start,
    evaluate: (rows, run) => warned(compiled.evaluate(rows, run)),
    evaluateAsync: async (rows, run) => warned(await compiled.evaluateAsync(rows, run)),
  };
}

function requireObject(argument: string, value: unknown, optional: boolean): void {
  if (typeof value === 'object' && value !== null) return;
  if (optional && value == null) return;
  const found = value === null ? 'null' : typeof value;
  throw new EvaluatorArgumentError(argument, `${argument} must be an object${optional ? ' or undefined' : ''}; found ${found}`);
}
