/** A coarse token: enough to tell where a comparison starts and ends, and nothing more. */
export interface Piece {
  readonly kind: 'word' | 'string' | 'open' | 'close' | 'symbol' | 'other';
  readonly start: number;
  readonly end: number;
}

/**
 * Splits filter text into coarse pieces, whitespace dropped, in one linear pass: quoted strings
 * (with `''` inside), words, runs of operator symbols, parentheses. Enough for the linter to find
 * complete comparisons and logical operators in text the parser could not read; the parser's own
 * lexer is not reused, as nothing here needs its precision.
 *
 * @example
 * ```ts
 * scan("a eq 'x'").map((p) => p.kind); // ['word', 'word', 'string']
 * ```
 */
export function scan(text: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const start = i;
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 39 /* ' */) {
      i++;
      while (i < text.length) {
        if (text.charCodeAt(i) !== 39) i++;
        else if (text.charCodeAt(i + 1) === 39) i += 2;
        else {
          i++;
          break;
        }
      }
      pieces.push({ kind: 'string', start, end: i });
    } else if (c === 34 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
      i = Math.min(text.length, i + 1);
      // A double-quoted value is reported (PCAQ0104) and fixed; it is never a value here.
      pieces.push({ kind: 'other', start, end: i });
    } else if (isWordUnit(c)) {
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
      pieces.push({ kind: 'word', start, end: i });
    } else if (isSymbolUnit(c)) {
      while (i < text.length && isSymbolUnit(text.charCodeAt(i))) i++;
      pieces.push({ kind: 'symbol', start, end: i });
    } else {
      i++;
      pieces.push({ kind: c === 40 ? 'open' : c === 41 ? 'close' : 'other', start, end: i });
    }
  }
  return pieces;
}

/** Letters, digits, `_ . - :` and anything past ASCII: the characters the lexer glues into one word. */
function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45 || c >= 0x80;
}

function isSymbolUnit(c: number): boolean {
  return c === 61 || c === 60 || c === 62 || c === 33 || c === 38 || c === 124;
}
