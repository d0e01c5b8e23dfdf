/**
 * Code points whose lower-case partner was added to Unicode after 15.1: DuckDB's `lower()` and
 * PostgreSQL's (glibc's tables) do not map them yet, so pcaq does not either (docs/evaluation.md,
 * "What ignoring case means"). Pairs of [first, last], inclusive.
 */
const NEWER_CASE_PAIRS = [
    [0x1c89, 0x1c89],
    [0xa7cb, 0xa7cc],
    [0xa7ce, 0xa7ce],
    [0xa7d2, 0xa7d2],
    [0xa7d4, 0xa7d4],
    [0xa7da, 0xa7da],
    [0xa7dc, 0xa7dc],
    [0x10d50, 0x10d65],
    [0x16ea0, 0x16eb8],
];
const CAPITAL_I_WITH_DOT = 0x130;
const FINAL_SIGMA = 'ς';
const SIGMA = 'σ';
function hasNewerCasePair(codePoint) {
    for (const [first, last] of NEWER_CASE_PAIRS)
        if (codePoint >= first && codePoint <= last)
            return true;
    return false;
}
/** One code point's lower case: the simple (one-to-one) Unicode mapping, without context. */
function lowerCodePoint(character, codePoint) {
    if (codePoint === CAPITAL_I_WITH_DOT)
        return 'i';
    if (hasNewerCasePair(codePoint))
        return character;
    const lower = character.toLowerCase();
    return lower === FINAL_SIGMA ? SIGMA : lower;
}
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
export function foldCase(text) {
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) > 0x7f) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLowerCase();
    let folded = '';
    for (const character of text)
        folded += lowerCodePoint(character, character.codePointAt(0));
    return folded;
}
//# sourceMappingURL=case-folding.js.map