/**
 * The pcaq evaluator: runs a Partner Center analytics query over license-usage rows, in memory or
 * streamed, with the service's semantics (docs/evaluation.md, "Semantics"): snapshot selection by processed date,
 * case-insensitive equality, groupby with exact sums, paging and `nextLink`.
 *
 * @packageDocumentation
 */
export { compileQuery, type CompiledQuery } from './compile-query.js';
export { evaluate, evaluateStream } from './evaluate.js';
export type { Evaluation } from './evaluation.js';
export { compileFilter, type RowPredicate } from './compile-filter.js';
export { latestProcessedDay, processedDay } from './processed-date.js';
export { foldCase } from './case-folding.js';
export { EvaluatorArgumentError } from './evaluator-argument-error.js';
export { MAX_ROW_DIAGNOSTICS } from './row-check.js';
export type { RowSource } from './row-source.js';
export { isRowsMember, rowsArrayTwiceMessage } from './row-source.js';
export type {
  EvaluationOutcome,
  EvaluationResult,
  EvaluationRunOptions,
  EvaluatorOptions,
  Row,
  RowValue,
} from './types.js';
