// Test support (not a test file): the expected answer of a text query, from this package's own
// dependencies. The query is checked once, then the checked query is evaluated, as the umbrella
// package's evaluate does (docs/architecture.md, "The checked query").
import type { Query } from '@pcaq/core';
import { evaluate, type EvaluationOutcome, type EvaluationRunOptions, type EvaluatorOptions, type RowSource } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';

/** Checks `query` and evaluates it over `rows`; a query with errors answers with its diagnostics. */
export function evaluateText(rows: RowSource, query: Query, options: EvaluatorOptions & EvaluationRunOptions = {}): EvaluationOutcome {
  const result = checkQuery(query);
  if (result.checked === undefined) return { ok: false, diagnostics: result.diagnostics };
  return evaluate(rows, result.checked, options);
}
