import { syntaxDetail } from './syntax-detail.js';

/**
 * How deep a row may nest objects and arrays, the row itself counting one (docs/evaluation.md,
 * "Bad input"). A license-usage row is flat; the bound keeps a hostile row (an array nested
 * thousands deep) from exhausting the stack of any code that walks values.
 *
 * @example
 * ```ts
 * MAX_JSON_DEPTH; // 64: '{"a": [[1]]}' nests 3 deep
 * ```
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The first problem in a JSON text: where (a UTF-16 offset), what, and whether it is the depth
 * bound rather than the syntax.
 *
 * @example
 * ```ts
 * const problem: JsonTextProblem = { offset: 7, message: "expected a property name in double quotes, found '}'", tooDeep: false };
 * ```
 */
export interface JsonTextProblem {
  readonly offset: number;
  readonly message: string;
  readonly tooDeep: boolean;
}

/**
 * What {@link scanJson} found: the first problem, or for a valid object the raw text of each
 * member's value at the top level (the last one wins for a repeated key, as in `JSON.parse`).
 *
 * @example
 * ```ts
 * scanJson('{"a": 1.0}').members?.get('a'); // { offset: 6, text: '1.0' }
 * ```
 */
export interface JsonScan {
  readonly problem?: JsonTextProblem;
  readonly members?: ReadonlyMap<string, { readonly offset: number; readonly text: string }>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/**
 * Checks a JSON text strictly (RFC 8259) without recursion, with nesting bounded by
 * {@link MAX_JSON_DEPTH}, and keeps the source text of the top-level object's member values, so
 * a count is read from what was written (`9007199254740993`, `1e3`), never from a rounded double.
 * It is the readers' slow path: called for the rare row that needs it and to position an error
 * `JSON.parse` found (whose own messages often give no position).
 *
 * @example
 * ```ts
 * scanJson('{"a": [1,]}').problem; // { offset: 9, message: "expected a value, found ']'", tooDeep: false }
 * ```
 */
export function scanJson(text: string): JsonScan {
  const stack: number[] = []; // 0x7b for an object, 0x5b for an array
  const members = new Map<string, { offset: number; text: string }>();
  let key: string | undefined;
  let p = skipSpace(text, 0);
  const fail = (offset: number, message: string, tooDeep = false): JsonScan => ({ problem: { offset, message, tooDeep } });
  const found = (at: number): string => describeAt(text, at);
  // After a value: a ',' or the closing bracket, or the end of the text at the top level.
  for (;;) {
    // A value is expected at p.
    const c = text.charCodeAt(p);
    const start = p;
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= MAX_JSON_DEPTH) return fail(p, syntaxDetail('PCAQ0506', 'nested-too-deep', { limit: MAX_JSON_DEPTH }), true);
      stack.push(c);
      p = skipSpace(text, p + 1);
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(p) === close) {
        stack.pop();
        p++;
      } else {
        if (c === 0x7b) {
          const named = readKey(text, p);
          if (typeof named === 'number') return fail(named, syntaxDetail('PCAQ0506', 'property-name', { found: found(named) }));
          p = named.next;
          if (stack.length === 1) key = named.key;
        }
        continue;
      }
    } else {
      const pattern = c === 0x22 ? STRING : c === 0x74 || c === 0x66 || c === 0x6e ? LITERAL : NUMBER;
      pattern.lastIndex = p;
      if (!pattern.test(text)) return fail(p, c === 0x22 ? stringProblem(text, p) : syntaxDetail('PCAQ0506', 'value', { found: found(p) }));
      p = pattern.lastIndex;
    }
    if (stack.length === 1 && stack[0] === 0x7b && key !== undefined) {
      members.set(key, { offset: start, text: text.slice(start, p) });
      key = undefined;
    }
    // Close what ends here, then expect the next value.
    for (;;) {
      p = skipSpace(text, p);
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (p < text.length) return fail(p, syntaxDetail('PCAQ0506', 'after-value', { found: found(p) }));
        return { members };
      }
      const d = text.charCodeAt(p);
      if (d === 0x2c) {
        p = skipSpace(text, p + 1);
        if (top === 0x7b) {
          const named = readKey(text, p);
          if (typeof named === 'number') return fail(named, syntaxDetail('PCAQ0506', 'property-name', { found: found(named) }));
          p = named.next;
          if (stack.length === 1) key = named.key;
        } else if (text.charCodeAt(p) === 0x5d) {
          return fail(p, syntaxDetail('PCAQ0506', 'value-after-comma'));
        }
        break;
      }
      if (d === (top === 0x7b ? 0x7d : 0x5d)) {
        stack.pop();
        p++;
        continue;
      }
      return fail(p, syntaxDetail('PCAQ0506', top === 0x7b ? 'after-member' : 'after-item', { found: found(p) }));
    }
  }
}

/** Reads `"name" :` at `p`; the offset of the problem when it is not there. */
function readKey(text: string, p: number): { key: string; next: number } | number {
  STRING.lastIndex = p;
  if (!STRING.test(text)) return p;
  const end = STRING.lastIndex;
  const colon = skipSpace(text, end);
  if (text.charCodeAt(colon) !== 0x3a) return colon;
  return { key: JSON.parse(text.slice(p, end)) as string, next: skipSpace(text, colon + 1) };
}

/** What is wrong in a string starting at `p`, named at the string's start. */
function stringProblem(text: string, p: number): string {
  for (let i = p + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) break;
    if (c < 0x20) return syntaxDetail('PCAQ0506', 'control-character', { char: `U+${c.toString(16).toUpperCase().padStart(4, '0')}` });
    if (c === 0x5c) {
      if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i, i + 6))) return syntaxDetail('PCAQ0506', 'bad-escape', { escape: text.slice(i, i + 2) });
      i++;
    }
  }
  return syntaxDetail('PCAQ0506', text.indexOf('"', p + 1) < 0 ? 'unclosed-string' : 'malformed-string');
}

function skipSpace(text: string, p: number): number {
  for (;;) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return p;
    p++;
  }
}

function describeAt(text: string, at: number): string {
  const c = text.codePointAt(at);
  if (c === undefined) return 'the end of the row';
  const char = String.fromCodePoint(c);
  return c < 0x20 ? JSON.stringify(char) : `'${char}'`;
}
