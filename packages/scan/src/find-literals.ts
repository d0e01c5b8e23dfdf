import { HOLE, type DecodedText } from './decoded-text.js';
import type { Language, StringForm } from './languages.js';
import { tryReadLiteral } from './read-literal.js';

/**
 * A string literal of a source file: where it is, its form, and its decoded value mapped back to
 * the file. A literal joined to something at run time (`"a" + x`, `x & "a"`, `"{0}".format(x)`)
 * has a hole at that end.
 *
 * @example
 * ```ts
 * const [literal] = findLiterals('f("a")', languageFor('x.py')!);
 * literal?.decoded.value; // 'a'
 * ```
 */
export interface SourceLiteral {
  /** Offset of the literal's first character (its prefix or opening quote). */
  readonly start: number;
  /** Offset after its closing quote. */
  readonly end: number;
  readonly form: StringForm;
  readonly decoded: DecodedText;
}

const WORD = /[A-Za-z0-9_]/;
/** Method calls and operators that format a literal with run-time values. */
const FORMATTED_AFTER = /^\s*(?:\.\s*(?:format|concat|replace|formatted)\s*\(|-f\b|-replace\b)/i;

/**
 * Every string literal of `text` in `language`, in order, skipping comments. Never throws: an
 * unterminated literal is skipped and reading goes on after its opening quote.
 *
 * @example
 * ```ts
 * findLiterals("$f = 'a ''b'''  # 'c'", languageFor('x.ps1')!).map((l) => l.decoded.value); // ["a 'b'"]
 * ```
 */
export function findLiterals(text: string, language: Language): SourceLiteral[] {
  const literals: SourceLiteral[] = [];
  // Most characters start nothing: test the openers only where one can start.
  const brokenUntil = new Map<StringForm, number>();
  const lastCloses = new Map<string, number>();
  const lastIndexOf = (close: string): number => {
    let last = lastCloses.get(close);
    if (last === undefined) lastCloses.set(close, (last = text.lastIndexOf(close)));
    return last;
  };
  const starters = new Set([...language.strings.map((f) => f.open[0]), ...language.lineComments.map((m) => m[0]), ...language.blockComments.map(([m]) => m[0])]);
  let i = 0;
  while (i < text.length) {
    if (!starters.has(text[i])) {
      i++;
      continue;
    }
    const comment = commentEnd(text, i, language);
    if (comment !== undefined) {
      i = comment;
      continue;
    }
    const form = formAt(text, i, language);
    // An unclosed literal runs to where reading it stopped (the end of its line, or of the text),
    // as a compiler recovers from one: openers of its kind up to there are not read again, which
    // also keeps the time linear (reading each to the same end would be quadratic).
    const canClose = form !== undefined && i >= (brokenUntil.get(form) ?? 0) && lastIndexOf(form.close) >= i + form.open.length;
    const read = canClose ? tryReadLiteral(text, i, form) : text.length;
    if (!form || typeof read === 'number') {
      if (form && canClose) brokenUntil.set(form, read as number);
      else if (form && !brokenUntil.has(form)) brokenUntil.set(form, text.length);
      i++;
      continue;
    }
    const before = joinedBefore(text, i, language);
    const after = joinedAfter(text, read.end, language);
    literals.push({ start: i, end: read.end, form, decoded: withEndHoles(read.decoded, before, after) });
    i = read.end;
  }
  return literals;
}

function commentEnd(text: string, i: number, language: Language): number | undefined {
  for (const marker of language.lineComments) {
    if (text.startsWith(marker, i)) {
      const eol = text.slice(i).search(/[\r\n]/);
      return eol < 0 ? text.length : i + eol;
    }
  }
  for (const [open, close] of language.blockComments) {
    if (text.startsWith(open, i)) {
      const end = text.indexOf(close, i + open.length);
      return end < 0 ? text.length : end + close.length;
    }
  }
  return undefined;
}

function formAt(text: string, i: number, language: Language): StringForm | undefined {
  return language.strings.find((form) => text.startsWith(form.open, i) && !(form.wordStart && i > 0 && WORD.test(text[i - 1]!)));
}

function joinedBefore(text: string, start: number, language: Language): boolean {
  const before = text.slice(Math.max(0, start - 40), start).trimEnd();
  const trimmed = before.endsWith('=') && !before.endsWith('==') ? before.slice(0, -1) : before;
  return language.concatenation.some((op) => trimmed.endsWith(op) && !(op === '+' && trimmed.endsWith('++')));
}

function joinedAfter(text: string, end: number, language: Language): boolean {
  const after = text.slice(end, end + 40);
  if (FORMATTED_AFTER.test(after)) return true;
  const next = after.trimStart();
  return language.concatenation.some((op) => next.startsWith(op) && !next.startsWith(`${op}=`) && !(op === '+' && next.startsWith('++')) && !(op === '&' && next.startsWith('&&')));
}

/** Marks a literal joined at run time: a hole before its first unit and/or after its last. */
function withEndHoles(decoded: DecodedText, before: boolean, after: boolean): DecodedText {
  if (!before && !after) return decoded;
  const first = decoded.offsets[0]!;
  const last = decoded.offsets[decoded.offsets.length - 1]!;
  const value = (before ? HOLE : '') + decoded.value + (after ? HOLE : '');
  const offsets = [...(before ? [first] : []), ...decoded.offsets.slice(0, -1), ...(after ? [last] : []), last];
  const shift = before ? 1 : 0;
  const holes = [...(before ? [0] : []), ...decoded.holes.map((h) => h + shift), ...(after ? [value.length - 1] : [])];
  return { value, offsets, holes };
}
