/**
 * Decodes a byte stream as UTF-8 text, chunk by chunk (a character split across chunks is joined;
 * a byte-order mark at the start is dropped), and counts the bytes consumed for progress reports.
 *
 * @example
 * ```ts
 * const counter = { bytes: 0 };
 * for await (const text of decodeChunks(createReadStream('rows.ndjson'), counter)) console.log(text.length);
 * ```
 */
export async function* decodeChunks(
  stream: AsyncIterable<Uint8Array | string>,
  counter: { bytes: number },
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of stream) {
    let text: string;
    if (typeof chunk === 'string') {
      counter.bytes += Buffer.byteLength(chunk);
      text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    } else {
      counter.bytes += chunk.byteLength;
      text = decoder.decode(chunk, { stream: true });
    }
    first = false;
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * 1-based line and column of a UTF-16 offset into `text`, counting from a known start position.
 *
 * @example
 * ```ts
 * positionIn('{\n  "a": }', 7, 10, 1); // { line: 11, column: 8 }
 * ```
 */
export function positionIn(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  let lineStart = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i;
    }
  }
  return lineStart < 0 ? { line, column: column + offset } : { line, column: offset - lineStart };
}

const POSITION = /at position (\d+)/;

/**
 * The offset `JSON.parse` names in its error message, when it names one.
 *
 * @example
 * ```ts
 * jsonErrorOffset(new SyntaxError("Expected ',' or '}' after property value in JSON at position 9")); // 9
 * ```
 */
export function jsonErrorOffset(error: unknown): number | undefined {
  const match = error instanceof Error ? POSITION.exec(error.message) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * `JSON.parse`'s message without the V8 decorations that quote the whole input back.
 *
 * @example
 * ```ts
 * jsonErrorText(new SyntaxError('Unexpected end of JSON input')); // 'unexpected end of JSON input'
 * ```
 */
export function jsonErrorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const text = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
