/**
 * The form two texts are compared in when case does not matter (**Decision**, docs/evaluation.md
 * "What ignoring case means"): each code point mapped by Unicode's simple lower-case mapping (one
 * code point to one, no context, so `İ` becomes `i` and `Σ` becomes `σ` wherever it stands),
 * then the final sigma `ς` written `σ`. This is exactly what SQL's `replace(lower(x), 'ς', 'σ')`
 * computes in DuckDB and in PostgreSQL under a UTF-8 locale (property-tested over arbitrary
 * Unicode text in `packages/engines/test/case-folding.test.ts`), so all engines group and compare
 * alike. Code points whose case pair is newer than Unicode 15.1 are left as they are, because the
 * SQL engines do not know them yet. The fold never changes a string's length in UTF-16 units.
 *
 * @example
 * ```ts
 * foldCase('ΟΔΟΣ') === foldCase('οδος'); // true ('οδοσ')
 * foldCase('İSTANBUL');                  // 'istanbul'
 * ```
 */
export declare function foldCase(text: string): string;
//# sourceMappingURL=case-folding.d.ts.map