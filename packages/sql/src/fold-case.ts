/**
 * SQL for pcaq's case folding (docs/evaluation.md, "What ignoring case means"): `lower()`, which
 * DuckDB and PostgreSQL (under a UTF-8 locale) compute with Unicode's simple one-to-one mapping,
 * then the final sigma `ς` written `σ`, so `ΟΔΟΣ` and `οδος` fold alike. The evaluator's `foldCase`
 * computes the same text; `packages/engines/test/case-folding.test.ts` checks all three agree.
 *
 * @example
 * ```ts
 * foldCaseSql('"channel"'); // `replace(lower("channel"), 'ς', 'σ')`
 * ```
 */
export function foldCaseSql(expr: string): string {
  return `replace(lower(${expr}), 'ς', 'σ')`;
}
