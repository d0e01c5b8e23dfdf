/**
 * Noncharacters (U+FDD0-U+FDEF, U+FFFE, U+FFFF): one that the text does not hold, raw or escaped,
 * stands in for an integer too large for a number while `JSON.parse` runs.
 */
const MARKS = [...Array.from({ length: 32 }, (_, i) => 0xfdd0 + i), 0xfffe, 0xffff];

/**
 * `JSON.parse`, except that integers past 2^53 - 1 (which `pcaq serve` and `pcaq eval` write
 * exactly, docs/evaluation.md) come back as exact `bigint`s instead of rounded numbers, as the
 * evaluator gives them. No string is ever read as a number: the stand-in is a character the text
 * does not contain (a text holding all 34 noncharacters is parsed as `JSON.parse` parses it).
 *
 * @throws SyntaxError as `JSON.parse` does.
 * @example
 * ```ts
 * parseExactJson('{"licensesActive": 9007199254740993}'); // { licensesActive: 9007199254740993n }
 * parseExactJson('[1, "9007199254740993"]');             // [1, '9007199254740993']
 * ```
 */
export function parseExactJson(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  const code = MARKS.find((c) => !text.includes(String.fromCharCode(c)) && !new RegExp(`\\\\u${c.toString(16)}`, 'i').test(text));
  if (code === undefined) return JSON.parse(text);
  const mark = String.fromCharCode(code);
  return JSON.parse(markLargeIntegers(text, mark), (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(mark) ? BigInt(value.slice(1)) : value,
  );
}

/** A number literal at a given place (sticky): its integer part, then any fraction or exponent. */
const NUMBER = /-?\d+([.eE][-+\d.eE]*)?/y;

/** Wraps each integer literal outside strings that is not a safe integer in a marked string. */
function markLargeIntegers(text: string, mark: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const literal = match?.[0] ?? text[i] ?? '';
      if (match && match[1] === undefined && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(from, i)}"${mark}${literal}"`;
        from = i + literal.length;
      }
      i += literal.length;
      continue;
    }
    i++;
  }
  return out + text.slice(from);
}
