import { describe, expect } from 'vitest';
import { it } from '@fast-check/vitest';
import { MAX_JSON_DEPTH, MAX_RECORD_CHARS } from '@pcaq/readers';
import { readChunks, readText } from './read-bytes.js';

const deep = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('JSON counts are read from their text', () => {
  it.each(['json', 'ndjson'] as const)('%s: a count past 2^53 is exact, and so is its sum', async (format) => {
    const rows = '{"licensesActive": 9007199254740993}\n{"licensesActive": 9007199254740993}';
    const { rows: read } = await readText(format === 'json' ? `[${rows.replace('\n', ',')}]` : rows, format);
    expect(read.map((row) => row['licensesActive'])).toEqual([9007199254740993n, 9007199254740993n]);
  });

  it('the number -0 is the count zero, as DuckDB reads it', async () => {
    const { rows, error } = await readText('{"channel": "x", "licensesQualified": -0}\n', 'ndjson');
    expect(error).toBeUndefined();
    expect(rows.map((row) => row['licensesQualified'])).toEqual([0]);
  });

  it.each(['1e3', '1.0', '1.5', '-1', '10E0'])('%s is not a count: an error showing it as written', async (literal) => {
    const { error } = await readText(`{"channel": "x", "licensesQualified": ${literal}}\n`, 'ndjson');
    expect(error).toMatchObject({ line: 1, column: 39, code: 'PCAQ0513', message: `licensesQualified must be a non-negative integer written in digits; found ${literal}` });
  });

  it('a huge fractional count is shown as written, never rounded', async () => {
    const { error } = await readText('[{"licensesActive": 9007199254740993.5}]', 'json');
    expect(error?.message).toContain('found 9007199254740993.5');
  });

  it('a row with escapes, a repeated key or a nested count is read exactly too', async () => {
    const text = '{"customerName": "O\\"Brien", "licensesActive": 12345678901234567890, "x": {"licensesActive": 1.5}, "licensesQualified": 1, "licensesQualified": 2}\n';
    const { rows } = await readText(text, 'ndjson');
    expect(rows).toEqual([{ customerName: 'O"Brien', licensesActive: 12345678901234567890n, x: '{"licensesActive":1.5}', licensesQualified: 2 }]);
  });
});

describe('JSON nesting is bounded', () => {
  it.each(['json', 'ndjson'] as const)('%s: an array nested 5,000 deep in a row is a positioned too-deep problem, not a stack overflow', async (format) => {
    const row = `{"channel": ${deep(5000)}}`;
    const { error } = await readText(format === 'json' ? `[\n${row}\n]` : `\n${row}\n`, format);
    expect(error).toMatchObject({ line: 2, column: 12 + MAX_JSON_DEPTH, code: 'PCAQ0509' });
  });

  it('a row within the bound is kept, its nested value as JSON text', async () => {
    const { rows } = await readText(`{"channel": ${deep(MAX_JSON_DEPTH - 1)}}\n`, 'ndjson');
    expect(rows[0]?.['channel']).toBe(deep(MAX_JSON_DEPTH - 1));
  });

  it('a too-deep row can be skipped', async () => {
    const { rows, skipped } = await readText(`{"channel": ${deep(MAX_JSON_DEPTH)}}\n{"channel": "x"}\n`, 'ndjson', { skipBadRows: true });
    expect(rows).toEqual([{ channel: 'x' }]);
    expect(skipped.map((p) => p.code)).toEqual(['PCAQ0509']);
  });
});

describe('the response body holds one array of rows', () => {
  it.each([
    ['{"value": [{"a": "1"}], "Value": [{"a": "2"}]}', 25, "both a 'value' and a 'Value' member"],
    ['{"Value": [], "Value": [{"a": "2"}]}', 15, "two 'Value' members"],
  ])('%s is an error at the second member', async (text, column, message) => {
    const { error } = await readText(text, 'json');
    expect(error).toMatchObject({ line: 1, column, code: 'PCAQ0512' });
    expect(error?.message).toContain(message);
  });

  it('a Value that is not an array says so, at the value', async () => {
    const { error } = await readText('{"Value": {"a": 1}}', 'json');
    expect(error).toMatchObject({ line: 1, column: 11, code: 'PCAQ0511', message: "the 'Value' member must be an array of rows, found '{'" });
  });
});

describe('NDJSON and JSON errors: exact columns and hints', () => {
  it.each<[string, number, string]>([
    ['{"a":1}x', 8, "unexpected 'x' after the end of the value"],
    ['{"a":', 6, 'expected a value, found the end of the row'],
    ['{"a":tru}', 6, "expected a value, found 't'"],
    ['{"a":1,}', 8, "expected a property name in double quotes, found '}'"],
    ['  {"a" 1}', 8, "expected a property name in double quotes, found '1'"],
  ])('%s: column %i', async (line, column, message) => {
    const { error } = await readText(`{"ok": "x"}\n${line}\n`, 'ndjson');
    expect(error).toMatchObject({ line: 2, column, code: 'PCAQ0506', message: `malformed JSON in a row: ${message}` });
  });

  it('CSV read as JSON hints at --input-format csv', async () => {
    const { error } = await readText('channel,licensesActive\nx,1\n', 'json');
    expect(error).toMatchObject({ line: 1, column: 1, code: 'PCAQ0507', hint: 'it looks like CSV: read it with --input-format csv' });
  });

  it('NDJSON read as JSON hints at --input-format ndjson', async () => {
    const { error } = await readText('{"channel": "x"}\n{"channel": "y"}\n', 'json');
    expect(error?.hint).toContain('--input-format ndjson');
  });
});

describe('a row longer than the limit', () => {
  it('NDJSON: the line is reported and skipped, and the next lines are read', async () => {
    const long = `{"channel": "${'x'.repeat(MAX_RECORD_CHARS)}"}`;
    const { rows, skipped } = await readChunks([`{"channel": "a"}\n${long.slice(0, 70000)}`, long.slice(70000), '\n{"channel": "b"}\n'], { format: 'ndjson', skipBadRows: true });
    expect(rows).toEqual([{ channel: 'a' }, { channel: 'b' }]);
    expect(skipped.map((p) => [p.line, p.column, p.code])).toEqual([[2, 1, 'PCAQ0506']]);
  });

  it('JSON: an unclosed string ends the read at the row it starts, with memory bounded', async () => {
    const text = `[{"channel": "a"},\n {"channel": "${'x'.repeat(MAX_RECORD_CHARS)}`;
    const chunks = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) => text.slice(i * 65536, (i + 1) * 65536));
    const { error } = await readChunks(chunks, { format: 'json' });
    expect(error).toMatchObject({ line: 2, column: 2, code: 'PCAQ0506' });
  });
});
